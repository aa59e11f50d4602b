// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.trainer.optim.LossScalerState;
import java.util.List;

/**
 * Everything in a checkpoint besides the tensors and the sampler state, stored as JSON.
 *
 * @param step optimizer steps completed; a resumed run continues with this step
 * @param epoch passes over the training tokens completed (tokens seen / training tokens)
 * @param optimizerStepCount the AdamW step count (differs from step when fp16 steps were skipped)
 * @param lossScaler the dynamic loss scaler's state
 * @param microBatchSize sequences per forward pass (smaller than configured after an OOM)
 * @param accumulationSteps micro-batches per optimizer step
 * @param trainLosses the training loss of every step so far
 * @param validationLosses the validation loss of every evaluation so far
 * @param bestValidationLoss the best validation loss so far, null before the first evaluation
 * @param evaluationsWithoutImprovement evaluations since the last improvement (early stopping)
 * @param config the training configuration the run was started with
 */
public record CheckpointMetadata(
    long step,
    long epoch,
    long optimizerStepCount,
    LossScalerState lossScaler,
    int microBatchSize,
    int accumulationSteps,
    List<StepLoss> trainLosses,
    List<StepLoss> validationLosses,
    Double bestValidationLoss,
    int evaluationsWithoutImprovement,
    JsonNode config) {

  /** Copies the lists so that a checkpoint never changes after it was taken. */
  public CheckpointMetadata {
    trainLosses = List.copyOf(trainLosses);
    validationLosses = List.copyOf(validationLosses);
  }
}
