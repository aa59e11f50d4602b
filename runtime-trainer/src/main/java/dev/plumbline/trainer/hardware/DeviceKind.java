// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

/** Where training runs. */
public enum DeviceKind {
  /** The host CPU through DJL's PyTorch CPU engine. */
  CPU,
  /** The first CUDA GPU. */
  GPU
}
