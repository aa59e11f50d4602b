// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides a memory file's encoding once, before it is parsed: UTF-8, with or without a byte
 * order mark, is accepted; anything else is refused, so that Plumbline never splices UTF-8 bytes
 * onto a file in another encoding. JSON parsers (Jackson included) detect UTF-16 and UTF-32 by
 * themselves, which is exactly what must not happen here: the file would validate and the next
 * append would corrupt it.
 */
public final class Utf8Check {

  /** The UTF-8 byte order mark. */
  public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final String REMEDY = "Nothing was written: Plumbline reads and writes the"
      + " memory files as UTF-8 only. Convert the file to UTF-8 (for example with iconv -f %s -t"
      + " UTF-8, or in PowerShell Set-Content -Encoding utf8) and run the command again";

  private Utf8Check() {}

  /**
   * Checks that {@code content} is UTF-8.
   *
   * @param file the file named in errors
   * @param content the file's bytes
   * @return the length of the UTF-8 byte order mark at the start: 3, or 0 when there is none
   * @throws MemoryFileException naming the encoding the file is in, or the position of the first
   *     byte that is not UTF-8
   */
  public static int check(Path file, byte[] content) throws MemoryFileException {
    String foreign = foreignEncoding(content);
    if (foreign != null) {
      throw new MemoryFileException(file, 0, 0, "is encoded as " + foreign + ", not UTF-8",
          String.format(Locale.ROOT, REMEDY, foreign.replaceAll(" .*", "")));
    }
    int start = hasBom(content) ? BOM.length : 0;
    int invalid = firstInvalid(content, start);
    if (invalid >= 0) {
      int[] position = position(content, start, invalid);
      throw new MemoryFileException(file, position[0], position[1], String.format(Locale.ROOT,
          "is not UTF-8: the byte 0x%02X starts no valid UTF-8 character (the file looks like"
              + " Latin-1 or Windows-1252)", content[invalid] & 0xFF),
          String.format(Locale.ROOT, REMEDY, "WINDOWS-1252"));
    }
    return start;
  }

  /**
   * Whether the content starts with the UTF-8 byte order mark.
   *
   * @param content the bytes
   * @return true when the first three bytes are EF BB BF
   */
  public static boolean hasBom(byte[] content) {
    return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1]
        && content[2] == BOM[2];
  }

  /**
   * Recognizes UTF-16 and UTF-32 by their byte order marks, and without one by the zero bytes a
   * JSON text in them starts with (RFC 4627, section 3): a UTF-8 JSON text never holds a zero
   * byte.
   */
  private static @Nullable String foreignEncoding(byte[] c) {
    if (startsWith(c, 0x00, 0x00, 0xFE, 0xFF)) {
      return "UTF-32BE (byte order mark 00 00 FE FF)";
    }
    if (startsWith(c, 0xFF, 0xFE, 0x00, 0x00)) {
      return "UTF-32LE (byte order mark FF FE 00 00)";
    }
    if (startsWith(c, 0xFE, 0xFF)) {
      return "UTF-16BE (byte order mark FE FF)";
    }
    if (startsWith(c, 0xFF, 0xFE)) {
      return "UTF-16LE (byte order mark FF FE)";
    }
    if (c.length >= 4) {
      boolean[] zero = {c[0] == 0, c[1] == 0, c[2] == 0, c[3] == 0};
      if (zero[0] && zero[1] && zero[2] && !zero[3]) {
        return "UTF-32BE (no byte order mark)";
      }
      if (!zero[0] && zero[1] && zero[2] && zero[3]) {
        return "UTF-32LE (no byte order mark)";
      }
      if (zero[0] && !zero[1] && zero[2] && !zero[3]) {
        return "UTF-16BE (no byte order mark)";
      }
      if (!zero[0] && zero[1] && !zero[2] && zero[3]) {
        return "UTF-16LE (no byte order mark)";
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the index of the first byte that does not begin a well-formed UTF-8 sequence
   * (Unicode's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
   */
  static int firstInvalid(byte[] c, int from) {
    int i = from;
    while (i < c.length) {
      int b = c[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + length > c.length) {
        return i;
      }
      int second = c[i + 1] & 0xFF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((c[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /** Line and column (1-based, counted in characters) of the byte at {@code index}. */
  private static int[] position(byte[] c, int from, int index) {
    int line = 1;
    int column = 1;
    for (int i = from; i < index; i++) {
      if (c[i] == '\n') {
        line++;
        column = 1;
      } else if ((c[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
