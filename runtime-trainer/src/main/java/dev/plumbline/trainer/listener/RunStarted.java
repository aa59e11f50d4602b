// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.model.GptShape;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A run is about to train: what it trains, on what, and where it starts (a fresh run at step 0, or
 * a resumed one at the step of the checkpoint it found).
 *
 * @param config the validated configuration
 * @param plan the precision plan
 * @param shape the model's size
 * @param step optimizer steps already done: 0 for a fresh run
 * @param microBatchSize sequences per forward pass
 * @param accumulationSteps forward passes per optimizer step
 * @param resumedFrom the checkpoint the run continues from, empty for a fresh run
 * @param resumedFromBestModel whether that is {@code best_model.ckpt}, because no step checkpoint
 *     was usable
 * @param optimizerStepCount AdamW's step count (below {@code step} when fp16 steps were skipped)
 * @param lossScale the loss scale the run continues with (1 without a scaler)
 * @param removedTemporaryFiles temporary files of killed checkpoint writes, deleted at start
 * @param unusableCheckpoints why each damaged checkpoint was passed over, newest first
 * @param bestValidationLoss the best validation loss so far, of this run or of the best model
 *     found in the checkpoint directory; empty before the first evaluation
 * @param evaluationsWithoutImprovement evaluations since the best one (early stopping's count)
 * @param nativeHeapTuned whether glibc was told to keep freed tensor memory for reuse
 */
public record RunStarted(
    TrainerConfig config,
    PrecisionPlan plan,
    GptShape shape,
    long step,
    int microBatchSize,
    int accumulationSteps,
    Optional<Path> resumedFrom,
    boolean resumedFromBestModel,
    long optimizerStepCount,
    double lossScale,
    List<Path> removedTemporaryFiles,
    List<String> unusableCheckpoints,
    Optional<Double> bestValidationLoss,
    int evaluationsWithoutImprovement,
    boolean nativeHeapTuned) {

  /** Copies the lists. */
  public RunStarted {
    removedTemporaryFiles = List.copyOf(removedTemporaryFiles);
    unusableCheckpoints = List.copyOf(unusableCheckpoints);
  }

  /**
   * The step the run ends at unless it stops earlier.
   *
   * @return {@code training.max_steps}
   */
  public long maxSteps() {
    return config.training().maxSteps();
  }

  /**
   * Tokens one optimizer step consumes.
   *
   * @return micro-batch × accumulation × block size
   */
  public long tokensPerStep() {
    return (long) microBatchSize * accumulationSteps * shape.blockSize();
  }
}
