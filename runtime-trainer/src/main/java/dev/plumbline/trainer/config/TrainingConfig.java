// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

/**
 * The {@code training:} section: optimisation, evaluation, early stopping, seed and precision.
 *
 * @param batchSize sequences per micro-batch ({@code batch_size})
 * @param gradientAccumulationSteps micro-batches per optimizer step
 * @param maxSteps optimizer steps of the whole run
 * @param learningRate peak learning rate after warm-up
 * @param minLearningRate floor of the decay, at most {@code learning_rate}
 * @param warmupSteps linear warm-up steps, at most {@code lr_decay_steps}
 * @param lrDecaySteps step at which the cosine decay reaches {@code min_learning_rate}
 * @param weightDecay AdamW decoupled weight decay
 * @param beta1 AdamW first-moment decay in [0, 1)
 * @param beta2 AdamW second-moment decay in [0, 1)
 * @param gradClip global-norm clip threshold; 0 turns clipping off
 * @param evalInterval optimizer steps between evaluations
 * @param evalIters validation batches per evaluation
 * @param earlyStoppingPatience evaluations without improvement before stopping; 0 turns it off
 * @param earlyStoppingMinDelta smallest validation-loss decrease that counts as improvement
 * @param seed seed of every random source (sampler, weights, dropout)
 * @param precision {@code auto}, {@code fp32}, {@code fp16} or {@code bf16}
 * @param logInterval optimizer steps between progress lines
 */
public record TrainingConfig(
    int batchSize,
    int gradientAccumulationSteps,
    int maxSteps,
    double learningRate,
    double minLearningRate,
    int warmupSteps,
    int lrDecaySteps,
    double weightDecay,
    double beta1,
    double beta2,
    double gradClip,
    int evalInterval,
    int evalIters,
    int earlyStoppingPatience,
    double earlyStoppingMinDelta,
    long seed,
    String precision,
    int logInterval) {
}
