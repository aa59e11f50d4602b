// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

/**
 * One optimizer step is done: the figures a progress line or a metrics log needs.
 *
 * @param step the step just completed, 1-based (the run's global step, resumed steps included)
 * @param maxSteps the step the run ends at unless it stops earlier
 * @param loss the mean training loss of the step's micro-batches
 * @param gradientNorm the global L2 norm of the gradients before clipping (inf or NaN on overflow)
 * @param learningRate the rate the update used
 * @param lossScale the loss scale after the step (1 without a scaler)
 * @param applied whether the update was applied; false when the loss scaler skipped it
 * @param seconds wall time of the step's forward, backward and update (no evaluation, no saving)
 * @param tokens tokens the step consumed
 */
public record StepCompleted(
    long step,
    long maxSteps,
    double loss,
    double gradientNorm,
    double learningRate,
    double lossScale,
    boolean applied,
    double seconds,
    long tokens) {

  /**
   * Whether this is the run's last planned step.
   *
   * @return true when {@code step == maxSteps}
   */
  public boolean isLast() {
    return step == maxSteps;
  }
}
