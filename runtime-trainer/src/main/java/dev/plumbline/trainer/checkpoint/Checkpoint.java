// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The complete state of a training run at a step: metadata, tensors (model weights under
 * {@code param/}, optimizer moments under {@code m/} and {@code v/}, each in DJL's exact
 * {@code NDArray.encode()} form) and the data sampler's state.
 */
public final class Checkpoint {

  private final CheckpointMetadata metadata;
  private final Map<String, byte[]> tensors;
  private final byte[] samplerState;

  /**
   * Creates a checkpoint.
   *
   * @param metadata step, epoch, losses, scaler state, config
   * @param tensors encoded arrays by name, in a stable order
   * @param samplerState the batch sampler's serialized state
   */
  public Checkpoint(CheckpointMetadata metadata, Map<String, byte[]> tensors, byte[] samplerState) {
    this.metadata = metadata;
    this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    this.samplerState = samplerState.clone();
  }

  /** Step, epoch, losses, scaler state and config. */
  public CheckpointMetadata metadata() {
    return metadata;
  }

  /** Encoded arrays by name, in the order they were saved; read-only. */
  public Map<String, byte[]> tensors() {
    return tensors;
  }

  /** A copy of the sampler state, so the checkpoint stays unchanged. */
  public byte[] samplerState() {
    return samplerState.clone();
  }
}
