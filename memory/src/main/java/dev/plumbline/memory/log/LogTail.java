// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where new entries go in a log file (a JSON array of objects), and the bytes that put them
 * there: everything before the insertion point is kept exactly (a person's formatting
 * included), and the new tail, from the insertion point to the end, holds the new entries in
 * the layout the codec writes, then {@code "\n]\n"}. An append therefore writes only the tail:
 * its cost does not depend on the size of the log.
 *
 * @param offset where the tail starts: right after the last entry, or right after the
 *     {@code [} of an empty array
 * @param empty whether the array has no entries yet
 */
public record LogTail(long offset, boolean empty) {

  private static final int WINDOW = 4096;

  /**
   * Finds the insertion point in a file's content.
   *
   * @param content a JSON array, already parsed and validated
   * @return where new entries go
   */
  public static LogTail locate(byte[] content) {
    int close = lastNonWhitespace(content, content.length - 1);
    if (close < 0 || content[close] != ']') {
      throw new IllegalArgumentException("a validated log must be a JSON array");
    }
    int before = lastNonWhitespace(content, close - 1);
    return new LogTail(before + 1L, content[before] == '[');
  }

  /**
   * Finds the insertion point by reading only the end of a file.
   *
   * @param channel the file, open for reading; its content is a validated JSON array
   * @return where new entries go
   * @throws IOException when the file cannot be read
   */
  public static LogTail locate(FileChannel channel) throws IOException {
    long size = channel.size();
    int window = WINDOW;
    while (true) {
      long start = Math.max(0, size - window);
      ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
      int read = 0;
      while (buffer.hasRemaining() && read >= 0) {
        read = channel.read(buffer, start + buffer.position());
      }
      byte[] end = buffer.array();
      int close = lastNonWhitespace(end, end.length - 1);
      int before = close < 0 ? -1 : lastNonWhitespace(end, close - 1);
      if (before >= 0 || start == 0) {
        if (close < 0 || end[close] != ']' || before < 0) {
          throw new IllegalArgumentException("a validated log must be a JSON array");
        }
        return new LogTail(start + before + 1, end[before] == '[');
      }
      // Only whitespace in this window after the bracket: look further back.
      window *= 2;
    }
  }

  /**
   * Renders the tail that appends {@code entries}.
   *
   * @param entries each entry as the codec serializes an object (ending with a newline); at
   *     least one
   * @return the bytes from {@link #offset()} to the new end of the file
   */
  public byte[] render(List<byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String separator = empty ? "\n" : ",\n";
    for (byte[] entry : entries) {
      out.writeBytes(separator.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(indented(entry));
      separator = ",\n";
    }
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
