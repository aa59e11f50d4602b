// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The id of a compilation's index and the name of the class that carries it.
 *
 * <p>The id is {@code -Aplumbline.library} (the artifactId, or {@code groupId:artifactId} in a
 * reactor of several groups), or else one derived from the class output directory, which is
 * stable per module. The class is named {@code Wiring_<encoded id>_<packages>}:
 *
 * <ul>
 *   <li>the id is encoded without collapsing distinct ids: an id of letters, digits and inner
 *       hyphens (the common artifactId) keeps its letters and digits and turns each hyphen into
 *       {@code _}; any other id starts with {@code _} and turns each character other than a
 *       letter or digit into {@code _} and four hex digits. So {@code foo-bar}, {@code foo.bar}
 *       and {@code foo_bar} are {@code foo_bar}, {@code _foo_002ebar} and {@code _foo_005fbar};
 *   <li>the suffix is eight hex digits of a hash of the compiled packages. Two libraries that
 *       use the same id (two {@code core} modules of different groups) thus still get two
 *       classes: javac would otherwise see only the first on the class path, and the second
 *       library would vanish from every report without a word. The reader finds both and reports
 *       the collision.
 * </ul>
 */
public final class LibraryId {

  /** Characters of the derived id: hex of the output directory's hash. */
  private static final int DERIVED_BYTES = 6;
  private static final int SUFFIX_BYTES = 4;

  private final String id;
  private final String simpleClassName;

  private LibraryId(String id, String simpleClassName) {
    this.id = id;
    this.simpleClassName = simpleClassName;
  }

  /**
   * The id of a compilation.
   *
   * @param configured {@code -Aplumbline.library}, empty when not set
   * @param classOutput the class output directory's URI (the default id's source)
   * @param packages the packages the compilation compiles
   * @return the id and its class name
   */
  public static LibraryId of(
      Optional<String> configured, String classOutput, Collection<String> packages) {
    String id = configured.orElseGet(() -> hex(sha256(classOutput), DERIVED_BYTES));
    String suffix = hex(sha256(String.join("\n", new TreeSet<>(packages))), SUFFIX_BYTES);
    return new LibraryId(id, IndexClassWriter.CLASS_PREFIX + encode(id) + "_" + suffix);
  }

  /**
   * The id as given or derived.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The simple name of the index class.
   *
   * @return e.g. {@code Wiring_text_lib_0a1b2c3d}
   */
  public String simpleClassName() {
    return simpleClassName;
  }

  /**
   * The qualified name of the index class, as messages name it.
   *
   * @return the class name in {@value IndexClassWriter#INDEX_PACKAGE}
   */
  public String className() {
    return IndexClassWriter.INDEX_PACKAGE + "." + simpleClassName;
  }

  /**
   * Encodes an id as the middle of a Java identifier, one id to one text (see the class
   * comment).
   *
   * @param id a library id
   * @return its encoding
   */
  static String encode(String id) {
    if (id.matches("[A-Za-z0-9]+(-+[A-Za-z0-9]+)*")) {
      return id.replace('-', '_');
    }
    StringBuilder encoded = new StringBuilder("_");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        encoded.append(c);
      } else {
        encoded.append('_').append(String.format("%04x", (int) c));
      }
    }
    return encoded.toString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static String hex(byte[] digest, int bytes) {
    return HexFormat.of().formatHex(digest, 0, bytes);
  }
}
