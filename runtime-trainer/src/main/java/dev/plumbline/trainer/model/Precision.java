// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Data type casts used by the layers; DJL has no autocast, so each layer casts at use. */
final class Precision {

  private Precision() {}

  /** Returns {@code array} in the data type of {@code like}, casting only when they differ. */
  static NDArray castLike(NDArray array, NDArray like) {
    return castTo(array, like.getDataType());
  }

  /** Returns {@code array} in {@code type}, casting only when it differs. */
  static NDArray castTo(NDArray array, DataType type) {
    return array.getDataType() == type ? array : array.toType(type, false);
  }
}
