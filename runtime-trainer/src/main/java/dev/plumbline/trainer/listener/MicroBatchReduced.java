// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

/**
 * A step ran out of memory and is retried with half the micro-batch and twice the accumulation
 * steps, so the effective batch stays the same.
 *
 * @param step the step being retried, 1-based
 * @param previousMicroBatchSize the micro-batch that did not fit
 * @param microBatchSize the micro-batch the step is retried with
 * @param accumulationSteps the accumulation steps it is retried with
 */
public record MicroBatchReduced(
    long step, int previousMicroBatchSize, int microBatchSize, int accumulationSteps) {

  /**
   * Sequences per optimizer step, unchanged by the retry.
   *
   * @return micro-batch × accumulation steps
   */
  public int effectiveBatchSize() {
    return microBatchSize * accumulationSteps;
  }
}
