// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.StepLoss;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a training run.
 *
 * @param finalStep steps completed
 * @param trainLosses the training loss of every step, resumed steps included
 * @param validationLosses every evaluation's validation loss
 * @param bestValidationLoss the lowest validation loss, null when never evaluated
 * @param stoppedEarly whether early stopping ended the run
 * @param lastCheckpoint the last step checkpoint written
 * @param bestModel the best model file, null when never evaluated
 * @param stepSeconds wall time of each optimizer step run by this process (no eval, no saving)
 * @param tokensPerStep tokens consumed by one optimizer step
 */
public record TrainingResult(
    long finalStep,
    List<StepLoss> trainLosses,
    List<StepLoss> validationLosses,
    Double bestValidationLoss,
    boolean stoppedEarly,
    Path lastCheckpoint,
    Path bestModel,
    List<Double> stepSeconds,
    long tokensPerStep) {

  /** Copies the lists. */
  public TrainingResult {
    trainLosses = List.copyOf(trainLosses);
    validationLosses = List.copyOf(validationLosses);
    stepSeconds = List.copyOf(stepSeconds);
  }
}
