// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * How per-class scores become one number, as scikit-learn's {@code average=} parameter.
 */
public enum Average {
  /** The unweighted mean over the classes: every class counts the same, however rare. */
  MACRO,
  /**
   * The score of the pooled counts (true positives, false positives and false negatives summed
   * over the classes); for single-label classification over all classes it equals accuracy.
   */
  MICRO,
  /** The mean over the classes weighted by each class's support (its count in the truth). */
  WEIGHTED
}
