/**
 * Optimisation: {@link dev.plumbline.trainer.optim.AdamW} (with its settings and the contiguous
 * parameter buffer it updates), the learning-rate schedule and the dynamic loss scaler (with its
 * saved state) are public on purpose. {@link dev.plumbline.trainer.optim.GradientClipping} is
 * public only because the training loop, in another package, folds clipping into the update with
 * it.
 */
package dev.plumbline.trainer.optim;
