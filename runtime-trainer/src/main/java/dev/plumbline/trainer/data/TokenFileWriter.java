// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;

/**
 * Appends token ids to a {@code .bin} file as little-endian uint16 or uint32, hashing the bytes as
 * they go. Before every flush it asks {@link DiskSpace} whether the buffer still fits, so that a
 * disk filling up during tokenization stops the run with a clear message instead of a
 * half-written file (the caller deletes the temporary file).
 */
final class TokenFileWriter implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 20;

  private final Path file;
  private final TokenDtype dtype;
  private final int vocabSize;
  private final DiskSpace disk;
  private final FileChannel channel;
  private final ByteBuffer buffer;
  private final MessageDigest digest = FileHashes.newDigest();
  private long tokens;
  private short[] shortScratch = new short[0];

  TokenFileWriter(Path file, TokenDtype dtype, int vocabSize, DiskSpace disk) throws IOException {
    this.file = file;
    this.dtype = dtype;
    this.vocabSize = vocabSize;
    this.disk = disk;
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    this.buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  }

  void write(int[] ids, int from, int to) throws IOException {
    int next = from;
    while (next < to) {
      if (!buffer.hasRemaining()) {
        flush();
      }
      int count = Math.min(to - next, buffer.remaining() / dtype.bytes());
      checkIds(ids, next, count);
      // Bulk puts through a typed view: one bounds check per block instead of one per token.
      if (dtype == TokenDtype.UINT16) {
        if (shortScratch.length < count) {
          shortScratch = new short[count];
        }
        for (int i = 0; i < count; i++) {
          shortScratch[i] = (short) ids[next + i];
        }
        buffer.asShortBuffer().put(shortScratch, 0, count);
      } else {
        buffer.asIntBuffer().put(ids, next, count);
      }
      buffer.position(buffer.position() + count * dtype.bytes());
      next += count;
    }
    tokens += to - from;
  }

  private void checkIds(int[] ids, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (ids[i] < 0 || ids[i] >= vocabSize) {
        throw new DatasetException("token id " + ids[i] + " is outside the tokenizer's vocabulary"
            + " of " + vocabSize + "; the tokenizer file is inconsistent");
      }
    }
  }

  long tokens() {
    return tokens;
  }

  /**
   * Flushes and returns the hex SHA-256 of everything written; call once, at the end.
   *
   * @return the file's hash
   * @throws IOException when the last write fails
   */
  String finish() throws IOException {
    flush();
    channel.force(true);
    return FileHashes.hex(digest);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void flush() throws IOException {
    buffer.flip();
    long needed = buffer.remaining();
    long usable = disk.usableBytes(Objects.requireNonNull(file.toAbsolutePath().getParent(),
        "a token file lies in a directory"));
    if (usable < needed) {
      throw new DatasetException(String.format(Locale.ROOT, "disk full while writing %s: %d bytes"
          + " to write, %d usable; free space on that disk or point data.cache_dir at another"
          + " one (nothing was kept from this attempt)", file, needed, usable));
    }
    digest.update(buffer.duplicate());
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }
}
