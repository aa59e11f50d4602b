// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import dev.plumbline.trainer.data.SamplerState;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.listener.MicroBatchReduced;
import dev.plumbline.trainer.optim.LearningRateSchedule;

/**
 * Runs one optimizer step of a run with its fixed parts (seed, schedule, data): reseeds the engine
 * so that dropout masks depend only on the step, and when the engine runs out of memory clears the
 * gradients, rewinds the sampler, halves the micro-batch (doubling the accumulation, so the
 * effective batch stays) and tries the same step again.
 */
final class StepRunner {

  private final OptimizationStep optimizationStep;
  private final TrainableModel model;
  private final TokenDataset data;
  private final LearningRateSchedule schedule;
  private final long seed;
  private final int blockSize;

  StepRunner(OptimizationStep optimizationStep, TrainableModel model, TokenDataset data,
      LearningRateSchedule schedule, long seed, int blockSize) {
    this.optimizationStep = optimizationStep;
    this.model = model;
    this.data = data;
    this.schedule = schedule;
    this.seed = seed;
    this.blockSize = blockSize;
  }

  /**
   * Runs the step after {@code state.step} steps, halving {@code state.microBatches} as needed.
   *
   * @param state the run's counters
   * @param events told about every halving
   * @return what the step did
   */
  StepResult run(RunState state, ListenerChain events) {
    // Reseeding per step makes dropout masks a function of the step, so a resumed run draws
    // the same masks as the uninterrupted one.
    Engine.getInstance().setRandomSeed((int) (seed + state.step));
    SamplerState before = data.state();
    while (true) {
      try {
        return optimizationStep.run(state.microBatches,
            rows -> data.getBatch(Split.TRAIN, rows, blockSize), schedule.at(state.step));
      } catch (EngineException e) {
        if (!OutOfMemoryDetector.isOutOfMemory(e) || !state.microBatches.canHalve()) {
          throw e;
        }
        model.zeroGradients();
        data.restore(before);
        System.gc();
        MicroBatchPlan smaller = state.microBatches.halved();
        events.microBatchReduced(new MicroBatchReduced(state.step + 1,
            state.microBatches.microBatchSize(), smaller.microBatchSize(),
            smaller.accumulationSteps()));
        state.microBatches = smaller;
      }
    }
  }

  /** The learning rate of the step after {@code step} steps. */
  double learningRate(long step) {
    return schedule.at(step);
  }
}
