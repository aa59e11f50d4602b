// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;

/**
 * The gradients of a set of trainable arrays: zeroing, in-place scaling and the global L2 norm.
 * Gradients accumulate across backward passes, which is what gradient accumulation relies on.
 */
public final class Gradients {

  private final List<NDArray> parameters;

  /**
   * Wraps the trainable arrays.
   *
   * @param parameters arrays that have gradients attached
   */
  public Gradients(List<NDArray> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  /**
   * Sets every gradient to exactly zero. DJL's {@code zeroGradients()} subtracts the gradient from
   * itself, which turns an inf left by an overflowed fp16 step into NaN forever; libtorch's
   * zero_() does not.
   */
  public void zero() {
    for (NDArray parameter : parameters) {
      JniUtils.zeroGrad((PtNDArray) parameter);
    }
  }

  /**
   * Multiplies every gradient in place ({@code getGradient()} aliases the gradient tensor).
   *
   * @param factor the factor; 1 is a no-op
   */
  public void scale(double factor) {
    if (factor == 1.0) {
      return;
    }
    try (NDScope scope = new NDScope()) {
      for (NDArray parameter : parameters) {
        parameter.getGradient().muli(factor);
      }
    }
  }

  /**
   * The L2 norm of all gradients taken together; infinite or NaN when any gradient is.
   *
   * @return the global norm
   */
  public double globalNorm() {
    try (NDScope scope = new NDScope()) {
      NDList squares = new NDList(parameters.size());
      for (NDArray parameter : parameters) {
        squares.add(parameter.getGradient().square().sum());
      }
      return Math.sqrt(NDArrays.stack(squares).sum().getFloat());
    }
  }

  /**
   * Clips the gradients to a maximum global norm, as torch.nn.utils.clip_grad_norm_ does.
   *
   * @param maxNorm the largest global norm allowed; 0 or less disables clipping
   * @return the global norm before clipping (inf or NaN when a gradient overflowed)
   */
  public double clipToGlobalNorm(double maxNorm) {
    double norm = globalNorm();
    if (maxNorm > 0 && Double.isFinite(norm)) {
      double coefficient = maxNorm / (norm + 1e-6);
      if (coefficient < 1.0) {
        scale(coefficient);
      }
    }
    return norm;
  }
}
