// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only, memory-mapped token file of any size. {@code FileChannel.map} maps at most 2^31-1
 * bytes, so the file is mapped as consecutive 1 GiB windows; because 1 GiB is a multiple of every
 * token width, no token straddles two windows, and a read that crosses a window boundary is split
 * in two bulk copies. Not thread-safe: reads share a scratch array.
 */
final class MappedTokenFile {

  /** Window size of production mappings. */
  static final long DEFAULT_WINDOW_BYTES = 1L << 30;

  private final Path path;
  private final TokenDtype dtype;
  private final long length;
  private final long windowTokens;
  private final ShortBuffer[] shortWindows;
  private final IntBuffer[] intWindows;
  private short[] shortScratch = new short[0];
  private int[] intScratch = new int[0];

  private MappedTokenFile(Path path, TokenDtype dtype, long length, long windowTokens,
      ShortBuffer[] shortWindows, IntBuffer[] intWindows) {
    this.path = path;
    this.dtype = dtype;
    this.length = length;
    this.windowTokens = windowTokens;
    this.shortWindows = shortWindows;
    this.intWindows = intWindows;
  }

  /**
   * Maps a token file.
   *
   * @param path the {@code .bin} file
   * @param dtype its token width
   * @return the mapped file
   * @throws IOException when the file cannot be opened or mapped
   */
  public static MappedTokenFile open(Path path, TokenDtype dtype) throws IOException {
    return open(path, dtype, DEFAULT_WINDOW_BYTES);
  }

  /**
   * Maps a token file with a given window size (tests use small windows to cross many boundaries).
   *
   * @param path the {@code .bin} file
   * @param dtype its token width
   * @param windowBytes bytes per mapping, a positive multiple of 4 up to 2^30
   * @return the mapped file
   * @throws IOException when the file cannot be opened or mapped
   */
  static MappedTokenFile open(Path path, TokenDtype dtype, long windowBytes) throws IOException {
    if (windowBytes <= 0 || windowBytes % 4 != 0 || windowBytes > DEFAULT_WINDOW_BYTES) {
      throw new IllegalArgumentException("window must be a positive multiple of 4 up to 1 GiB");
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size % dtype.bytes() != 0) {
        throw new DatasetException(path + " has " + size + " bytes, not a whole number of "
            + dtype.label() + " tokens; the file is damaged: delete the bin directory and"
            + " tokenize again");
      }
      int windows = (int) ((size + windowBytes - 1) / windowBytes);
      ShortBuffer[] shorts = new ShortBuffer[dtype == TokenDtype.UINT16 ? windows : 0];
      IntBuffer[] ints = new IntBuffer[dtype == TokenDtype.UINT32 ? windows : 0];
      for (int w = 0; w < windows; w++) {
        long start = w * windowBytes;
        MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, start,
            Math.min(windowBytes, size - start));
        ByteBuffer ordered = mapped.order(ByteOrder.LITTLE_ENDIAN);
        if (dtype == TokenDtype.UINT16) {
          shorts[w] = ordered.asShortBuffer();
        } else {
          ints[w] = ordered.asIntBuffer();
        }
      }
      return new MappedTokenFile(path, dtype, size / dtype.bytes(), windowBytes / dtype.bytes(),
          shorts, ints);
    }
  }

  /**
   * Number of tokens.
   *
   * @return tokens in the file
   */
  public long length() {
    return length;
  }

  /**
   * The file.
   *
   * @return its path
   */
  public Path path() {
    return path;
  }

  /**
   * One token id.
   *
   * @param index token index
   * @return the id, unsigned
   */
  public long get(long index) {
    checkRange(index, 1);
    int window = (int) (index / windowTokens);
    int offset = (int) (index % windowTokens);
    return dtype == TokenDtype.UINT16 ? Short.toUnsignedLong(shortWindows[window].get(offset))
        : Integer.toUnsignedLong(intWindows[window].get(offset));
  }

  /**
   * Copies {@code count} consecutive token ids, widened to int64, into {@code target}.
   *
   * @param start first token index
   * @param count number of tokens
   * @param target destination
   * @param targetOffset first destination index
   */
  public void read(long start, int count, long[] target, int targetOffset) {
    checkRange(start, count);
    long index = start;
    int done = 0;
    while (done < count) {
      int window = (int) (index / windowTokens);
      int offset = (int) (index % windowTokens);
      int n = (int) Math.min(count - done, windowTokens - offset);
      copyWindow(window, offset, n, target, targetOffset + done);
      done += n;
      index += n;
    }
  }

  // Bulk copy into a scratch array, then widen: much faster than one buffer access per token.
  private void copyWindow(int window, int offset, int n, long[] target, int at) {
    if (dtype == TokenDtype.UINT16) {
      if (shortScratch.length < n) {
        shortScratch = new short[n];
      }
      shortWindows[window].get(offset, shortScratch, 0, n);
      for (int i = 0; i < n; i++) {
        target[at + i] = shortScratch[i] & 0xFFFFL;
      }
    } else {
      if (intScratch.length < n) {
        intScratch = new int[n];
      }
      intWindows[window].get(offset, intScratch, 0, n);
      for (int i = 0; i < n; i++) {
        target[at + i] = intScratch[i] & 0xFFFF_FFFFL;
      }
    }
  }

  private void checkRange(long start, long count) {
    if (start < 0 || count < 0 || start + count > length) {
      throw new IndexOutOfBoundsException("tokens [" + start + ", " + (start + count) + ") outside"
          + " " + path + " with " + length + " tokens");
    }
  }
}
