// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

/**
 * Linear warmup, then cosine decay to a floor, keyed to the global step (nanoGPT's schedule), so a
 * resumed run continues on exactly the learning rate it would have had.
 *
 * @param maxLearningRate the peak rate reached at the end of the warmup
 * @param minLearningRate the floor the cosine decays to and stays at
 * @param warmupSteps steps of linear warmup
 * @param decaySteps the step at which the decay reaches the floor
 */
public record LearningRateSchedule(
    double maxLearningRate, double minLearningRate, long warmupSteps, long decaySteps) {

  /** Validates the schedule so that a bad config fails before training starts. */
  public LearningRateSchedule {
    if (maxLearningRate <= 0 || minLearningRate < 0 || minLearningRate > maxLearningRate) {
      throw new IllegalArgumentException("learning rates must satisfy 0 <= min_learning_rate ("
          + minLearningRate + ") <= learning_rate (" + maxLearningRate + ") and learning_rate > 0");
    }
    if (warmupSteps < 0 || decaySteps < warmupSteps) {
      throw new IllegalArgumentException("lr_decay_steps (" + decaySteps
          + ") must be >= warmup_steps (" + warmupSteps + ") >= 0");
    }
  }

  /**
   * The learning rate for a step.
   *
   * @param step the zero-based global optimizer step
   * @return the rate to use for that step's update
   */
  public double at(long step) {
    if (step < warmupSteps) {
      return maxLearningRate * (step + 1) / (warmupSteps + 1);
    }
    if (step >= decaySteps) {
      return minLearningRate;
    }
    double progress = (double) (step - warmupSteps) / (decaySteps - warmupSteps);
    double coefficient = 0.5 * (1.0 + Math.cos(Math.PI * progress));
    return minLearningRate + coefficient * (maxLearningRate - minLearningRate);
  }
}
