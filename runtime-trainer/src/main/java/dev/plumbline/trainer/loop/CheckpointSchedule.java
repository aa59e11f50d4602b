// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.StepCompleted;

/**
 * When to write checkpoints: a step checkpoint every {@code checkpoint.interval} steps and at the
 * last step, and the best model after every evaluation that improved on the best. (A stopped run
 * writes its last step in any case; see {@link RunControl}.)
 */
final class CheckpointSchedule implements RunListener {

  private final int interval;

  CheckpointSchedule(int interval) {
    this.interval = interval;
  }

  @Override
  public void onStep(StepCompleted step, RunControl control) {
    if (step.step() % interval == 0 || step.isLast()) {
      control.requestCheckpoint();
    }
  }

  @Override
  public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
    if (evaluation.improved()) {
      control.requestBestModel();
    }
  }
}
