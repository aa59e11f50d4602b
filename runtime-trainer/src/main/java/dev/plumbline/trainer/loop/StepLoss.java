// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/**
 * A loss measured at a step.
 *
 * @param step the one-based step after which the loss was measured
 * @param loss the mean loss
 */
public record StepLoss(long step, double loss) {}
