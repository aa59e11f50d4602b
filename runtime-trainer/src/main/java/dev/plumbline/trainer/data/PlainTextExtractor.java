// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text, Markdown and source code: the file as it is, streamed in chunks of about
 * {@value #CHUNK_CHARS} characters cut at line ends, so that a file of many gigabytes never has
 * to fit in memory (a single line longer than a chunk is cut inside it). Bytes that are not
 * UTF-8 become U+FFFD instead of failing the file.
 */
final class PlainTextExtractor implements TextExtractor {

  static final int CHUNK_CHARS = 1 << 20;
  // The rulebook's 64 MB read buffer for tokenizing from local disk.
  private static final int READ_BUFFER_CHARS = 64 << 20 >> 1;

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    // Buffers sized to the file: most sources are small, and 16 MB per file would dominate.
    long size = Files.size(file);
    int bufferChars = (int) Math.min(READ_BUFFER_CHARS, Math.max(8192, size));
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), decoder), bufferChars)) {
      char[] buffer = new char[(int) Math.min(CHUNK_CHARS, Math.max(8192, size + 1))];
      StringBuilder carry = new StringBuilder();
      int read;
      while ((read = reader.read(buffer, 0, buffer.length)) > 0) {
        carry.append(buffer, 0, read);
        if (carry.length() >= CHUNK_CHARS) {
          int cut = cutPoint(carry);
          sink.accept(carry.substring(0, cut));
          carry.delete(0, cut);
        }
      }
      if (carry.length() > 0) {
        sink.accept(carry.toString());
      }
    }
  }

  /**
   * After the last line end; in a single line longer than a chunk (minified code), at the chunk
   * size, moved back one char rather than splitting a surrogate pair.
   */
  private static int cutPoint(StringBuilder carry) {
    int lineEnd = carry.lastIndexOf("\n") + 1;
    if (lineEnd > 0) {
      return lineEnd;
    }
    int cut = CHUNK_CHARS;
    return Character.isHighSurrogate(carry.charAt(cut - 1)) ? cut - 1 : cut;
  }
}
