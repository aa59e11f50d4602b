// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

/**
 * Dynamic loss scaling for fp16 training, with PyTorch GradScaler's constants: the scale starts at
 * 65536, doubles after 2000 consecutive finite steps, and halves (skipping the step) whenever a
 * gradient overflows. A disabled scaler has scale 1 and never skips.
 */
public final class DynamicLossScaler {

  /** The initial scale, as in PyTorch's GradScaler. */
  public static final double INITIAL_SCALE = 65536.0;
  /** Finite steps in a row after which the scale doubles. */
  public static final int GROWTH_INTERVAL = 2000;

  private static final double GROWTH_FACTOR = 2.0;
  private static final double BACKOFF_FACTOR = 0.5;

  private final boolean enabled;
  private double scale;
  private int growthTracker;

  private DynamicLossScaler(boolean enabled, double scale, int growthTracker) {
    this.enabled = enabled;
    this.scale = scale;
    this.growthTracker = growthTracker;
  }

  /** A scaler for fp16 plans, starting at {@link #INITIAL_SCALE}. */
  public static DynamicLossScaler enabled() {
    return new DynamicLossScaler(true, INITIAL_SCALE, 0);
  }

  /** A pass-through scaler for fp32 and bf16 plans: scale 1, never skips. */
  public static DynamicLossScaler disabled() {
    return new DynamicLossScaler(false, 1.0, 0);
  }

  /** Whether this scaler scales at all. */
  public boolean isEnabled() {
    return enabled;
  }

  /** The factor the loss is multiplied by before backward. */
  public double scale() {
    return scale;
  }

  /**
   * Records the outcome of a backward pass and says whether the optimizer may step.
   *
   * @param gradientsFinite whether every unscaled gradient was finite
   * @return true to apply the update, false to skip it (the scale was halved)
   */
  public boolean update(boolean gradientsFinite) {
    if (!enabled) {
      return gradientsFinite;
    }
    if (!gradientsFinite) {
      scale *= BACKOFF_FACTOR;
      growthTracker = 0;
      return false;
    }
    growthTracker++;
    if (growthTracker == GROWTH_INTERVAL) {
      scale *= GROWTH_FACTOR;
      growthTracker = 0;
    }
    return true;
  }

  /** The state to put into a checkpoint. */
  public LossScalerState state() {
    return new LossScalerState(scale, growthTracker);
  }

  /**
   * Restores the state of a checkpoint.
   *
   * @param state what {@link #state()} returned before
   */
  public void restore(LossScalerState state) {
    if (!enabled) {
      return;
    }
    this.scale = state.scale();
    this.growthTracker = state.growthTracker();
  }
}
