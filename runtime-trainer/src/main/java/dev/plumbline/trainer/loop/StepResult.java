// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/**
 * What one optimizer step did.
 *
 * @param loss the mean training loss over its micro-batches
 * @param gradientNorm the global gradient norm before clipping (inf/NaN on overflow)
 * @param applied whether the update was applied (false when the loss scaler skipped it)
 */
record StepResult(double loss, double gradientNorm, boolean applied) {}
