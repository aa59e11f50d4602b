// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

import java.nio.file.Path;

/**
 * A checkpoint file was written completely: renamed into place and synced.
 *
 * @param kind a step checkpoint or the best model
 * @param file the file
 * @param step the step whose state it holds
 */
public record CheckpointWritten(Kind kind, Path file, long step) {

  /** Which of the checkpoint directory's files was written. */
  public enum Kind {
    /** {@code checkpoint_step<N>.ckpt}, the state to resume from. */
    STEP,
    /** {@code best_model.ckpt}, the state with the lowest validation loss so far. */
    BEST_MODEL
  }
}
