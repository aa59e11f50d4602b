// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

import ai.djl.ndarray.NDArray;

/**
 * Global-norm gradient clipping, as torch.nn.utils.clip_grad_norm_ does it, on gradients gathered
 * into one array ({@link ContiguousParameters#gatherGradients()}). Instead of rewriting every
 * gradient, it gives the factor the optimizer multiplies them by within its update.
 */
public final class GradientClipping {

  private GradientClipping() {}

  /**
   * The L2 norm of all gradients taken together; infinite or NaN when any gradient is.
   *
   * @param gradients the gathered gradients
   * @return the global norm
   */
  public static double globalNorm(NDArray gradients) {
    try (NDArray norm = gradients.norm()) {
      return norm.getFloat();
    }
  }

  /**
   * The factor that brings gradients of global norm {@code norm} down to {@code maxNorm}:
   * {@code maxNorm / (norm + 1e-6)} as in torch.nn.utils.clip_grad_norm_; 1 when the norm is
   * within the limit, clipping is off or the norm is not finite.
   *
   * @param norm the global norm of the gradients
   * @param maxNorm the largest global norm allowed; 0 or less disables clipping
   * @return the factor, at most 1
   */
  public static double factor(double norm, double maxNorm) {
    if (maxNorm <= 0 || !Double.isFinite(norm)) {
      return 1.0;
    }
    return Math.min(1.0, maxNorm / (norm + 1e-6));
  }
}
