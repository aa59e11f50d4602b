// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Mean next-token cross-entropy of logits (batch, time, vocab) against targets (batch, time),
 * always computed in fp32.
 */
public final class LanguageModelLoss {

  private LanguageModelLoss() {}

  /**
   * Computes the mean cross-entropy in fp32.
   *
   * @param logits fp32 or fp16 logits (batch, time, vocab)
   * @param targets int64 target ids (batch, time)
   * @return a scalar loss array, differentiable when the logits are
   */
  public static NDArray crossEntropy(NDArray logits, NDArray targets) {
    long vocab = logits.getShape().tail();
    NDArray logProbs = toFloat32(logits).reshape(-1, vocab).logSoftmax(-1);
    return logProbs.gather(targets.reshape(-1, 1), 1).mean().neg();
  }

  // DJL's toType() detaches from autograd; multiplying by a one-element fp32 array promotes the
  // half-precision logits to fp32 and keeps the gradient path.
  private static NDArray toFloat32(NDArray logits) {
    if (logits.getDataType() == DataType.FLOAT32) {
      return logits;
    }
    return logits.mul(logits.getManager().ones(new Shape(1), DataType.FLOAT32));
  }
}
