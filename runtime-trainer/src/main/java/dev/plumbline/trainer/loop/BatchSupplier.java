// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.data.Batch;

/** Draws the next batch of sequences of one split. */
@FunctionalInterface
interface BatchSupplier {

  /**
   * Draws a batch.
   *
   * @param rows sequences to draw
   * @return inputs and next-token targets, row-major
   */
  Batch next(int rows);
}
