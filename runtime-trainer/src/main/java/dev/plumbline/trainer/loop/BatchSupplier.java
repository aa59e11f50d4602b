// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/** Draws the next batch of training sequences. */
@FunctionalInterface
public interface BatchSupplier {

  /**
   * Draws a batch.
   *
   * @param rows sequences to draw
   * @return inputs and next-token targets, row-major
   */
  TokenRows next(int rows);

  /**
   * Inputs and targets of a batch.
   *
   * @param inputs token ids, rows × block length, row-major
   * @param targets the inputs shifted by one token
   */
  record TokenRows(long[] inputs, long[] targets) {}
}
