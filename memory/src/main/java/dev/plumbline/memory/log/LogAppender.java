// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Appends one entry to a log file's bytes without re-serializing the entries before it: the
 * existing bytes are kept exactly (a person's formatting included), the entry is added before the
 * closing bracket in the same layout the codec writes. On a 100,000-entry log this saves a full
 * serialization per append.
 */
public final class LogAppender {

  private LogAppender() {}

  /**
   * Returns the log's bytes with one entry appended.
   *
   * @param log the current log: a JSON array, already parsed and validated
   * @param entry the entry as serialized by the codec (an object, ending with a newline)
   * @return the new bytes, ending with {@code "]\n"}
   */
  public static byte[] append(byte[] log, byte[] entry) {
    int close = lastNonWhitespace(log, log.length - 1);
    if (close < 0 || log[close] != ']') {
      throw new IllegalArgumentException("a validated log must be a JSON array");
    }
    int beforeClose = lastNonWhitespace(log, close - 1);
    boolean empty = log[beforeClose] == '[';
    ByteArrayOutputStream out = new ByteArrayOutputStream(log.length + entry.length * 2);
    out.write(log, 0, beforeClose + 1);
    out.writeBytes((empty ? "\n" : ",\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(indented(entry));
    out.writeBytes("\n]\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Indents every line by two spaces, dropping the entry's final newline. */
  private static byte[] indented(byte[] entry) {
    String text = new String(entry, StandardCharsets.UTF_8).stripTrailing();
    return ("  " + text.replace("\n", "\n  ")).getBytes(StandardCharsets.UTF_8);
  }

  private static int lastNonWhitespace(byte[] bytes, int from) {
    int i = from;
    while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r'
        || bytes[i] == '\t')) {
      i--;
    }
    return i;
  }
}
