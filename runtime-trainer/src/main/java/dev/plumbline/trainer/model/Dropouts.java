// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;

/** Dropout that costs nothing when the rate is zero or the model is evaluating. */
final class Dropouts {

  private Dropouts() {}

  /** Applies dropout with {@code rate} in training mode, otherwise returns {@code x}. */
  static NDArray apply(NDArray x, float rate, boolean training) {
    if (!training || rate == 0f) {
      return x;
    }
    return x.getNDArrayInternal().dropout(x, rate, true).singletonOrThrow();
  }
}
