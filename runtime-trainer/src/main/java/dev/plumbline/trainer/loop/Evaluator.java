// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.ndarray.NDScope;
import dev.plumbline.trainer.data.Batch;

/** The mean validation loss over a fixed number of batches, without gradients or dropout. */
final class Evaluator {

  private final TrainableModel model;
  private final int iterations;

  Evaluator(TrainableModel model, int iterations) {
    this.model = model;
    this.iterations = iterations;
  }

  /** Measures the validation loss. */
  double evaluate(BatchSupplier validationBatches, int rows) {
    double sum = 0;
    for (int i = 0; i < iterations; i++) {
      Batch batch = validationBatches.next(rows);
      try (NDScope scope = new NDScope()) {
        sum += model.loss(batch.x(), batch.y(), rows, false).getFloat();
      }
    }
    return sum / iterations;
  }
}
