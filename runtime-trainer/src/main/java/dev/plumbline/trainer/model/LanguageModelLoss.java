// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;

/** Mean next-token cross-entropy of logits (batch, time, vocab) against targets (batch, time). */
public final class LanguageModelLoss {

  private LanguageModelLoss() {}

  /**
   * Computes the mean cross-entropy in fp32.
   *
   * @param logits fp32 logits (batch, time, vocab)
   * @param targets int64 target ids (batch, time)
   * @return a scalar loss array, differentiable when the logits are
   */
  public static NDArray crossEntropy(NDArray logits, NDArray targets) {
    long vocab = logits.getShape().tail();
    NDArray logProbs = logits.reshape(-1, vocab).logSoftmax(-1);
    return logProbs.gather(targets.reshape(-1, 1), 1).mean().neg();
  }
}
