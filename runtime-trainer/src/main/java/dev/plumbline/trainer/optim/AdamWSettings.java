// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

/**
 * Hyper-parameters of {@link AdamW}.
 *
 * @param beta1 decay of the first moment
 * @param beta2 decay of the second moment
 * @param epsilon added to the denominator for stability
 * @param weightDecay decoupled weight decay, applied to matrices and embeddings only
 */
public record AdamWSettings(double beta1, double beta2, double epsilon, double weightDecay) {

  /** PyTorch's default epsilon. */
  public static final double DEFAULT_EPSILON = 1e-8;

  /** Validates the settings. */
  public AdamWSettings {
    if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1) {
      throw new IllegalArgumentException(
          "beta1 (" + beta1 + ") and beta2 (" + beta2 + ") must be in [0, 1)");
    }
    if (epsilon <= 0 || weightDecay < 0) {
      throw new IllegalArgumentException(
          "epsilon (" + epsilon + ") must be > 0 and weight_decay (" + weightDecay + ") >= 0");
    }
  }
}
