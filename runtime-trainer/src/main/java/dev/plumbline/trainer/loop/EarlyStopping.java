// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;

/**
 * Stops a run after {@code patience} evaluations in a row that did not improve the best validation
 * loss by at least {@code training.early_stopping_min_delta}; patience 0 never stops. A resumed run
 * that had already stopped is stopped again before its first step.
 */
final class EarlyStopping implements RunListener {

  private final int patience;
  private final double minDelta;

  EarlyStopping(int patience, double minDelta) {
    this.patience = patience;
    this.minDelta = minDelta;
  }

  @Override
  public void onRunStart(RunStarted start, RunControl control) {
    if (shouldStop(start.evaluationsWithoutImprovement())) {
      control.requestStop(reason(start.evaluationsWithoutImprovement()));
    }
  }

  @Override
  public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
    if (shouldStop(evaluation.evaluationsWithoutImprovement())) {
      control.requestStop(reason(evaluation.evaluationsWithoutImprovement()));
    }
  }

  /**
   * Whether a run with this many evaluations since its best one should stop.
   *
   * @param evaluationsWithoutImprovement evaluations since the best one
   * @return true when patience is on and used up
   */
  boolean shouldStop(int evaluationsWithoutImprovement) {
    return patience > 0 && evaluationsWithoutImprovement >= patience;
  }

  private String reason(int evaluationsWithoutImprovement) {
    return "early stopping: " + evaluationsWithoutImprovement
        + " evaluations without an improvement of at least " + minDelta;
  }
}
