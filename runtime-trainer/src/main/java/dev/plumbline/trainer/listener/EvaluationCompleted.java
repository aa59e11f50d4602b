// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

/**
 * The validation loss was measured after a step.
 *
 * @param step the step the evaluation follows
 * @param validationLoss the mean loss over {@code training.eval_iters} validation batches
 * @param bestValidationLoss the best validation loss so far, this one included
 * @param improved whether this loss beats the previous best by at least
 *     {@code training.early_stopping_min_delta} (it is then the new best)
 * @param evaluationsWithoutImprovement evaluations in a row without an improvement, this one
 *     included (0 when it improved)
 */
public record EvaluationCompleted(
    long step,
    double validationLoss,
    double bestValidationLoss,
    boolean improved,
    int evaluationsWithoutImprovement) {
}
