// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.CheckpointMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The counters of a run that go into every checkpoint, and the losses of the steps and
 * evaluations this process ran (for its {@link TrainingResult}; checkpoints do not keep them).
 */
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
    return state;
  }
}
