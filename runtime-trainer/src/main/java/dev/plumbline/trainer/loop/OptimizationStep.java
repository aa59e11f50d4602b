// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import dev.plumbline.trainer.data.Batch;
import dev.plumbline.trainer.optim.AdamW;
import dev.plumbline.trainer.optim.DynamicLossScaler;
import dev.plumbline.trainer.optim.GradientClipping;

/**
 * One optimizer step: accumulate gradients over the micro-batches (each loss scaled by the loss
 * scale and divided by the accumulation count), unscale, clip to the global norm, and update
 * unless the loss scaler saw an overflow.
 */
final class OptimizationStep {

  private final TrainableModel model;
  private final AdamW optimizer;
  private final DynamicLossScaler scaler;
  private final double gradientClip;

  OptimizationStep(TrainableModel model, AdamW optimizer, DynamicLossScaler scaler,
      double gradientClip) {
    this.model = model;
    this.optimizer = optimizer;
    this.scaler = scaler;
    this.gradientClip = gradientClip;
  }

  /**
   * Runs the step.
   *
   * @param plan how the step's sequences are split into micro-batches
   * @param batches where sequences come from
   * @param learningRate this step's rate
   * @return the loss and whether the update was applied
   */
  StepResult run(MicroBatchPlan plan, BatchSupplier batches, double learningRate) {
    model.zeroGradients();
    double lossSum = 0;
    double backwardFactor = scaler.scale() / plan.accumulationSteps();
    for (int micro = 0; micro < plan.accumulationSteps(); micro++) {
      Batch rows = batches.next(plan.microBatchSize());
      try (NDScope scope = new NDScope();
          GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray loss = model.loss(rows.x(), rows.y(), plan.microBatchSize(), true);
        lossSum += loss.getFloat();
        collector.backward(backwardFactor == 1.0 ? loss : loss.mul(backwardFactor));
      }
    }
    model.collectGradients();
    try (NDScope scope = new NDScope()) {
      // One flat copy of all gradients: unscaling, the norm and the update each take one
      // operation on it instead of one per parameter.
      NDArray gradients = model.masterWeights().gatherGradients();
      if (scaler.scale() != 1.0) {
        gradients.muli(1.0 / scaler.scale());
      }
      double norm = GradientClipping.globalNorm(gradients);
      double meanLoss = lossSum / plan.accumulationSteps();
      boolean finite = Double.isFinite(norm) && Double.isFinite(meanLoss);
      boolean apply = scaler.update(finite);
      if (apply) {
        // Clipping is folded into the update: no pass that rewrites the gradients first.
        optimizer.step(learningRate, gradients, GradientClipping.factor(norm, gradientClip));
        model.publishMasterWeights();
      }
      return new StepResult(meanLoss, norm, apply);
    }
  }
}
