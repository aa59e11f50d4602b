// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a library index as a class in the fixed package {@value #INDEX_PACKAGE}.
 *
 * <p>Why a class and not a resource: {@code Filer.getResource(CLASS_PATH, ...)} sees only the
 * first match on the class path and fails inside jars, while listing a package finds a class in
 * every jar. The index text is split into {@code public static final String} constants, which
 * javac reads back from the class file ({@code VariableElement.getConstantValue}) without loading
 * the class.
 *
 * <p>Why the class file is written directly, not generated as source: the graph exists only after
 * attribution, when javac compiles no new source any more. Compiling a generated source would
 * take an extra processing round (javac enters every file again) or a nested compiler; on Guava
 * the nested compiler and the source generation together took about 90 ms of javac's main thread
 * and 250 ms of CPU, a fifth of the verifier's whole budget. A class with only constant fields is
 * a few dozen bytes of structure around the text, written here.
 */
public final class IndexClassWriter {

  /** The package every Plumbline index class lives in. */
  public static final String INDEX_PACKAGE = "dev.plumbline.index";

  /** The simple-name prefix of index classes. */
  public static final String CLASS_PREFIX = "Wiring_";

  /** The prefix of the string constants that hold the index text. */
  public static final String FIELD_PREFIX = "INDEX_";

  /** Characters per constant: at most 3 bytes each in modified UTF-8, under the 65535 limit. */
  private static final int CHUNK_CHARS = 16_000;

  /** Class file version 52 (Java 8): every javac that runs Plumbline reads it. */
  private static final int MAJOR_VERSION = 52;

  private static final int ACC_PUBLIC = 0x0001;
  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_FINAL = 0x0010;
  private static final int ACC_SUPER = 0x0020;
  private static final int CONSTANT_UTF8 = 1;
  private static final int CONSTANT_CLASS = 7;
  private static final int CONSTANT_STRING = 8;

  /**
   * Writes the index class into the class output.
   *
   * <p>The file is created with {@code Filer.createResource} on the class output rather than
   * {@code Filer.createClassFile}: after the rounds javac warns that a class created in the last
   * round is not processed. The index needs no processing, so a plain output file is honest.
   *
   * @param simpleName the index class's simple name ({@link LibraryId#simpleClassName()})
   * @param json the index text
   * @param filer the processor's Filer
   * @throws IOException when the class cannot be written
   */
  public void write(String simpleName, String json, Filer filer) throws IOException {
    byte[] bytes = classFile(simpleName, json);
    FileObject target =
        filer.createResource(StandardLocation.CLASS_OUTPUT, INDEX_PACKAGE, simpleName + ".class");
    try (OutputStream out = target.openOutputStream()) {
      out.write(bytes);
    }
  }

  /**
   * The class file of a library's index: {@code public final class Wiring_<...>} with one
   * {@code public static final String INDEX_<n>} per chunk of the text, and nothing else.
   *
   * @param simpleName the index class's simple name
   * @param json the index text
   * @return the class file's bytes
   */
  public byte[] classFile(String simpleName, String json) {
    List<String> chunks = chunks(json);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(json.length() + 512);
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(0xCAFEBABE);
      out.writeShort(0);
      out.writeShort(MAJOR_VERSION);
      // Constant pool: 1 this-name, 2 this, 3 Object-name, 4 Object, 5 descriptor,
      // 6 "ConstantValue", then per chunk: field name, text, string constant.
      out.writeShort(7 + 3 * chunks.size());
      utf8(out, INDEX_PACKAGE.replace('.', '/') + "/" + simpleName);
      classEntry(out, 1);
      utf8(out, "java/lang/Object");
      classEntry(out, 3);
      utf8(out, "Ljava/lang/String;");
      utf8(out, "ConstantValue");
      for (int i = 0; i < chunks.size(); i++) {
        int first = 7 + 3 * i;
        utf8(out, FIELD_PREFIX + i);
        utf8(out, chunks.get(i));
        out.writeByte(CONSTANT_STRING);
        out.writeShort(first + 1);
      }
      out.writeShort(ACC_PUBLIC | ACC_FINAL | ACC_SUPER);
      out.writeShort(2);
      out.writeShort(4);
      out.writeShort(0); // interfaces
      out.writeShort(chunks.size());
      for (int i = 0; i < chunks.size(); i++) {
        int first = 7 + 3 * i;
        out.writeShort(ACC_PUBLIC | ACC_STATIC | ACC_FINAL);
        out.writeShort(first);
        out.writeShort(5);
        out.writeShort(1); // one attribute: ConstantValue
        out.writeShort(6);
        out.writeInt(2);
        out.writeShort(first + 2);
      }
      out.writeShort(0); // methods: the class is never loaded, javac only reads its constants
      out.writeShort(0); // attributes
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return buffer.toByteArray();
  }

  private static void utf8(DataOutputStream out, String text) throws IOException {
    out.writeByte(CONSTANT_UTF8);
    // ASCII without NUL is its own modified UTF-8: bulk copies instead of writeUTF's character
    // by character encoding (an index is ~100 KB of text). Any other character, a lone surrogate
    // included, becomes '?' in the ASCII bytes, so the round trip tells.
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    if (text.indexOf('\0') < 0 && text.equals(new String(ascii, StandardCharsets.US_ASCII))) {
      out.writeShort(ascii.length);
      out.write(ascii);
    } else {
      out.writeUTF(text); // modified UTF-8 with its length, as class files store text
    }
  }

  private static void classEntry(DataOutputStream out, int nameIndex) throws IOException {
    out.writeByte(CONSTANT_CLASS);
    out.writeShort(nameIndex);
  }

  private static List<String> chunks(String json) {
    List<String> chunks = new ArrayList<>();
    for (int start = 0; start < json.length(); start += CHUNK_CHARS) {
      chunks.add(json.substring(start, Math.min(json.length(), start + CHUNK_CHARS)));
    }
    if (chunks.isEmpty()) {
      chunks.add("");
    }
    return chunks;
  }
}
