// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.trainer.optim.LossScalerState;

/**
 * Everything in a checkpoint besides the tensors and the sampler state, stored as JSON: what a
 * resumed run needs to continue exactly, and no more. The loss curve is not kept here (a checkpoint
 * would grow with every step); listeners that want it record it as the run goes.
 *
 * @param step optimizer steps completed; a resumed run continues with this step
 * @param epoch passes over the training tokens completed (tokens seen / training tokens)
 * @param optimizerStepCount the AdamW step count (differs from step when fp16 steps were skipped)
 * @param lossScaler the dynamic loss scaler's state
 * @param microBatchSize sequences per forward pass (smaller than configured after an OOM)
 * @param accumulationSteps micro-batches per optimizer step
 * @param bestValidationLoss the best validation loss so far, null before the first evaluation; in
 *     {@code best_model.ckpt}, the validation loss of that model
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
    Double bestValidationLoss,
    int evaluationsWithoutImprovement,
    JsonNode config) {
}
