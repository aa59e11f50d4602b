// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/**
 * The best validation loss of a run and the evaluations since it: an evaluation improves on the
 * best when it is lower by at least {@code minDelta}. Both the best-model file and early stopping
 * follow this record, and a checkpoint saves it.
 */
final class ValidationProgress {

  private final double minDelta;
  private Double best;
  private int evaluationsWithoutImprovement;

  /**
   * Creates the record, optionally continuing a resumed run.
   *
   * @param minDelta the smallest decrease that counts as an improvement
   * @param best the best loss so far, or null before the first evaluation
   * @param evaluationsWithoutImprovement evaluations since the best one
   */
  ValidationProgress(double minDelta, Double best, int evaluationsWithoutImprovement) {
    this.minDelta = minDelta;
    this.best = best;
    this.evaluationsWithoutImprovement = evaluationsWithoutImprovement;
  }

  /**
   * Records an evaluation.
   *
   * @param validationLoss the loss just measured
   * @return true when it is a new best
   */
  boolean observe(double validationLoss) {
    if (best == null || validationLoss <= best - minDelta) {
      best = validationLoss;
      evaluationsWithoutImprovement = 0;
      return true;
    }
    evaluationsWithoutImprovement++;
    return false;
  }

  /** The best validation loss so far, or null before the first evaluation. */
  Double best() {
    return best;
  }

  /** Evaluations since the last improvement. */
  int evaluationsWithoutImprovement() {
    return evaluationsWithoutImprovement;
  }
}
