// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The content fingerprint of a module's source files: {@code "sha256:"} and the SHA-256, in
 * lowercase hex, over the files sorted by their relative path, each contributing its path, its
 * length and its content. Modification times are not part of it: a fresh clone, a {@code touch}
 * or a branch switch that ends on the same content gives the same fingerprint. Line endings are
 * normalised (CR LF counts as LF) so that a checkout with {@code core.autocrlf} does not look like
 * a change either.
 */
public final class SourceFingerprint {

  /** Prefix naming the algorithm, so that another one can be introduced without ambiguity. */
  public static final String PREFIX = "sha256:";

  private static final Pattern FORMAT = Pattern.compile("sha256:[0-9a-f]{64}");

  private SourceFingerprint() {}

  /**
   * Computes the fingerprint of a module's sources.
   *
   * @param files each source file's path as recorded in {@code files} (relative to the project
   *     root, forward slashes) mapped to where it can be read now
   * @return the fingerprint, or empty when a file cannot be read (in-memory or vanished sources):
   *     a fingerprint of part of the files would report changes that did not happen
   */
  public static Optional<String> of(Map<String, Path> files) {
    MessageDigest digest = sha256();
    for (Map.Entry<String, Path> file : new TreeMap<>(files).entrySet()) {
      byte[] content;
      try {
        content = normalisedLineEndings(Files.readAllBytes(file.getValue()));
      } catch (IOException e) {
        return Optional.empty();
      }
      addFile(digest, file.getKey(), content);
    }
    return Optional.of(PREFIX + HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Computes the fingerprint of sources given as text (tests, tools holding sources in memory).
   *
   * @param contents each relative path mapped to the file's content
   * @return the fingerprint
   */
  public static String ofContents(SortedMap<String, String> contents) {
    MessageDigest digest = sha256();
    for (Map.Entry<String, String> file : contents.entrySet()) {
      addFile(digest, file.getKey(),
          normalisedLineEndings(file.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return PREFIX + HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Tells whether a value has the fingerprint's format.
   *
   * @param value the value
   * @return true for {@code "sha256:"} followed by 64 lowercase hex digits
   */
  public static boolean isValid(String value) {
    return FORMAT.matcher(value).matches();
  }

  /** Lengths frame each part, so that no two different file sets feed the digest the same bytes. */
  private static void addFile(MessageDigest digest, String path, byte[] content) {
    byte[] name = path.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
    digest.update(name);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(content.length).array());
    digest.update(content);
  }

  /** Drops each CR that directly precedes an LF. */
  private static byte[] normalisedLineEndings(byte[] content) {
    ByteBuffer out = ByteBuffer.allocate(content.length);
    for (int i = 0; i < content.length; i++) {
      boolean crBeforeLf = content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n';
      if (!crBeforeLf) {
        out.put(content[i]);
      }
    }
    byte[] result = new byte[out.position()];
    out.flip().get(result);
    return result;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
      throw new IllegalStateException("SHA-256 is not available on this Java platform", e);
    }
  }
}
