// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Where the batch sampler stands: the seed and the generator state of each split. Train and
 * validation draw from separate streams so that evaluating never shifts the training sequence.
 *
 * @param seed the seed the sampler started from ({@code training.seed})
 * @param trainState generator state of the training stream
 * @param valState generator state of the validation stream
 */
public record SamplerState(long seed, long trainState, long valState) {

  private static final int MAGIC = 0x504C5353;
  private static final int VERSION = 1;
  private static final int LENGTH = 4 + 4 + 3 * Long.BYTES;

  /**
   * The state as 32 bytes: magic, version, seed, train state, val state (little-endian).
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putInt(MAGIC).putInt(VERSION).putLong(seed).putLong(trainState).putLong(valState);
    return buffer.array();
  }

  /**
   * Reads the bytes written by {@link #toBytes()}.
   *
   * @param bytes the stored state
   * @return the state
   * @throws IllegalArgumentException when the bytes are not a sampler state
   */
  public static SamplerState fromBytes(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("sampler state must be " + LENGTH + " bytes, got "
          + bytes.length + "; the checkpoint is damaged or from another format");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int magic = buffer.getInt();
    int version = buffer.getInt();
    if (magic != MAGIC || version != VERSION) {
      throw new IllegalArgumentException("not a sampler state (magic " + Integer.toHexString(magic)
          + ", version " + version + "); the checkpoint is damaged or from another format");
    }
    return new SamplerState(buffer.getLong(), buffer.getLong(), buffer.getLong());
  }
}
