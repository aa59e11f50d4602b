// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/** A checkpoint file that is truncated, damaged or not a checkpoint at all. */
public final class CorruptCheckpointException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the checkpoint file
   * @param reason what is wrong with it
   */
  public CorruptCheckpointException(Path file, String reason) {
    super(file + " is not a usable checkpoint: " + reason);
  }
}
