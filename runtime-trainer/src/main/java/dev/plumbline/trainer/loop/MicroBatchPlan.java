// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/**
 * How one optimizer step's sequences are split: {@code accumulationSteps} forward/backward passes
 * of {@code microBatchSize} sequences each.
 *
 * @param microBatchSize sequences per forward pass
 * @param accumulationSteps passes per optimizer step
 */
record MicroBatchPlan(int microBatchSize, int accumulationSteps) {

  /** Validates the plan. */
  public MicroBatchPlan {
    if (microBatchSize < 1 || accumulationSteps < 1) {
      throw new IllegalArgumentException("micro-batch size (" + microBatchSize
          + ") and accumulation steps (" + accumulationSteps + ") must be at least 1");
    }
  }

  /**
   * The plan for a configured batch under a precision plan that asks for smaller micro-batches.
   *
   * @param batchSize training.batch_size
   * @param accumulationSteps training.gradient_accumulation_steps
   * @param divisor the precision plan's micro-batch divisor
   * @return the plan with the same effective batch
   */
  public static MicroBatchPlan of(int batchSize, int accumulationSteps, int divisor) {
    if (divisor > 1 && batchSize % divisor == 0) {
      return new MicroBatchPlan(batchSize / divisor, accumulationSteps * divisor);
    }
    return new MicroBatchPlan(batchSize, accumulationSteps);
  }

  /** Sequences per optimizer step. */
  public int effectiveBatchSize() {
    return microBatchSize * accumulationSteps;
  }

  /** Whether the micro-batch can be halved without changing the effective batch. */
  public boolean canHalve() {
    return microBatchSize % 2 == 0;
  }

  /** Half the micro-batch, twice the accumulation: the same effective batch, less memory. */
  public MicroBatchPlan halved() {
    if (!canHalve()) {
      throw new IllegalStateException("micro-batch " + microBatchSize + " cannot be halved");
    }
    return new MicroBatchPlan(microBatchSize / 2, accumulationSteps * 2);
  }
}
