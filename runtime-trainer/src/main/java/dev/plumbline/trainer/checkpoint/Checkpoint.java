// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The complete state of a training run at a step: metadata, tensors (model weights under
 * {@code param/}, optimizer moments under {@code m/} and {@code v/}, each in DJL's exact
 * {@code NDArray.encode()} form) and the data sampler's state.
 *
 * @param metadata step, epoch, losses, scaler state, config
 * @param tensors encoded arrays by name, in a stable order
 * @param samplerState the batch sampler's serialized state
 */
public record Checkpoint(CheckpointMetadata metadata, Map<String, byte[]> tensors, byte[] samplerState) {

  /** Keeps the tensor order and makes the map read-only. */
  public Checkpoint {
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    samplerState = samplerState.clone();
  }

  /** A copy of the sampler state, so the checkpoint stays unchanged. */
  @Override
  public byte[] samplerState() {
    return samplerState.clone();
  }
}
