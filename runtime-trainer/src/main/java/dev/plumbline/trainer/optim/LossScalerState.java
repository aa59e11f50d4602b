// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

/**
 * The saveable state of a {@link DynamicLossScaler}.
 *
 * @param scale the current loss scale
 * @param growthTracker consecutive finite steps since the last change of scale
 */
public record LossScalerState(double scale, int growthTracker) {}
