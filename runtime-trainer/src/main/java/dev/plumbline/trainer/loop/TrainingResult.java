// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one call that trained (or resumed) a run. The losses are those of the steps and
 * evaluations this call ran; a resumed run's earlier steps are not repeated here (a listener that
 * logs every step keeps the whole curve).
 *
 * @param startStep steps already done when this call started: 0 for a fresh run
 * @param finalStep steps done when it ended ({@code finalStep == startStep}: nothing was left to
 *     train)
 * @param trainLosses the training loss of each step from {@code startStep + 1} to
 *     {@code finalStep}
 * @param validationLosses each evaluation this call ran
 * @param bestValidationLoss the lowest validation loss of the run (resumed evaluations included),
 *     null when never evaluated
 * @param stoppedEarly whether a listener (early stopping) or the user (Ctrl-C, SIGTERM) stopped
 *     the run, now or before
 * @param lastCheckpoint the newest step checkpoint, null when none was written yet
 * @param bestModel the best model file, null when the run was never evaluated
 * @param stepSeconds wall time of each optimizer step run by this call (no eval, no saving)
 * @param tokensPerStep tokens consumed by one optimizer step
 */
public record TrainingResult(
    long startStep,
    long finalStep,
    List<StepLoss> trainLosses,
    List<StepLoss> validationLosses,
    @Nullable Double bestValidationLoss,
    boolean stoppedEarly,
    @Nullable Path lastCheckpoint,
    @Nullable Path bestModel,
    List<Double> stepSeconds,
    long tokensPerStep) {

  /** Copies the lists. */
  public TrainingResult {
    trainLosses = List.copyOf(trainLosses);
    validationLosses = List.copyOf(validationLosses);
    stepSeconds = List.copyOf(stepSeconds);
  }

  /**
   * Steps this call trained.
   *
   * @return {@code finalStep - startStep}
   */
  public long stepsTrained() {
    return finalStep - startStep;
  }
}
