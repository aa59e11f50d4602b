// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/**
 * Stops training after {@code patience} evaluations in a row that did not improve the best
 * validation loss by at least {@code minDelta}.
 */
public final class EarlyStopping {

  private final int patience;
  private final double minDelta;
  private Double best;
  private int evaluationsWithoutImprovement;

  /**
   * Creates the rule, optionally continuing a resumed run.
   *
   * @param patience evaluations without improvement that stop the run (0 disables stopping)
   * @param minDelta the smallest decrease that counts as an improvement
   * @param best the best loss so far, or null before the first evaluation
   * @param evaluationsWithoutImprovement evaluations since the best one
   */
  public EarlyStopping(int patience, double minDelta, Double best, int evaluationsWithoutImprovement) {
    this.patience = patience;
    this.minDelta = minDelta;
    this.best = best;
    this.evaluationsWithoutImprovement = evaluationsWithoutImprovement;
  }

  /**
   * Records an evaluation.
   *
   * @param validationLoss the loss just measured
   * @return true when it is a new best (the caller saves the best model)
   */
  public boolean observe(double validationLoss) {
    if (best == null || validationLoss <= best - minDelta) {
      best = validationLoss;
      evaluationsWithoutImprovement = 0;
      return true;
    }
    evaluationsWithoutImprovement++;
    return false;
  }

  /** Whether the run should stop now. */
  public boolean shouldStop() {
    return patience > 0 && evaluationsWithoutImprovement >= patience;
  }

  /** The best validation loss so far, or null before the first evaluation. */
  public Double best() {
    return best;
  }

  /** Evaluations since the last improvement. */
  public int evaluationsWithoutImprovement() {
    return evaluationsWithoutImprovement;
  }
}
