// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.CheckpointMetadata;
import dev.plumbline.trainer.checkpoint.StepLoss;
import java.util.ArrayList;
import java.util.List;

/** The counters and histories of a run that go into every checkpoint. */
final class RunState {

  long step;
  MicroBatchPlan microBatches;
  final List<StepLoss> trainLosses = new ArrayList<>();
  final List<StepLoss> validationLosses = new ArrayList<>();
  final ValidationProgress validation;

  RunState(MicroBatchPlan microBatches, ValidationProgress validation) {
    this.microBatches = microBatches;
    this.validation = validation;
  }

  /** The state saved in a checkpoint. */
  static RunState restored(CheckpointMetadata saved, double minDelta) {
    RunState state = new RunState(
        new MicroBatchPlan(saved.microBatchSize(), saved.accumulationSteps()),
        new ValidationProgress(minDelta, saved.bestValidationLoss(),
            saved.evaluationsWithoutImprovement()));
    state.step = saved.step();
    state.trainLosses.addAll(saved.trainLosses());
    state.validationLosses.addAll(saved.validationLosses());
    return state;
  }
}
