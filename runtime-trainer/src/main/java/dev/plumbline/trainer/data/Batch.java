// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/**
 * One batch of training sequences, nanoGPT style: {@code y} is {@code x} shifted by one token.
 * Ids are int64 because DJL aborts the JVM on UINT16 and UINT32 tensors. The arrays are handed
 * over, not copied: a batch is built once and read once, and copying 1 MB per step buys nothing.
 */
public final class Batch {

  private final long[] x;
  private final long[] y;
  private final int batchSize;
  private final int blockSize;

  /**
   * Creates a batch.
   *
   * @param x inputs, row-major {@code batchSize * blockSize}
   * @param y targets, row-major {@code batchSize * blockSize}
   * @param batchSize rows
   * @param blockSize tokens per row
   */
  public Batch(long[] x, long[] y, int batchSize, int blockSize) {
    if (x.length != (long) batchSize * blockSize || y.length != x.length) {
      throw new IllegalArgumentException("x and y must hold batchSize * blockSize = "
          + (long) batchSize * blockSize + " ids, got " + x.length + " and " + y.length);
    }
    this.x = x;
    this.y = y;
    this.batchSize = batchSize;
    this.blockSize = blockSize;
  }

  /**
   * Inputs, row-major.
   *
   * @return {@code batchSize * blockSize} token ids
   */
  public long[] x() {
    return x;
  }

  /**
   * Targets, row-major; within a row {@code y[i]} is the token after {@code x[i]}.
   *
   * @return {@code batchSize * blockSize} token ids
   */
  public long[] y() {
    return y;
  }

  /**
   * Rows.
   *
   * @return the batch size
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Tokens per row.
   *
   * @return the block size
   */
  public int blockSize() {
    return blockSize;
  }
}
