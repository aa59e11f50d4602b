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
  final EarlyStopping earlyStopping;

  RunState(MicroBatchPlan microBatches, EarlyStopping earlyStopping) {
    this.microBatches = microBatches;
    this.earlyStopping = earlyStopping;
  }

  /** The state saved in a checkpoint, with the early-stopping rule rebuilt around it. */
  static RunState restored(CheckpointMetadata saved, int patience, double minDelta) {
    RunState state = new RunState(
        new MicroBatchPlan(saved.microBatchSize(), saved.accumulationSteps()),
        new EarlyStopping(patience, minDelta, saved.bestValidationLoss(),
            saved.evaluationsWithoutImprovement()));
    state.step = saved.step();
    state.trainLosses.addAll(saved.trainLosses());
    state.validationLosses.addAll(saved.validationLosses());
    return state;
  }
}
