// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a checkpoint directory held at the start of a run: the temporary files of killed writes
 * (deleted), the checkpoints that could not be used and why, and the one the run continues from:
 * the newest usable step checkpoint, or the best model when no step checkpoint is usable.
 *
 * @param removedTemporaryFiles {@code *.tmp} files deleted because no write can still be running
 * @param unusableCheckpoints the messages of the damaged checkpoints passed over, newest first
 * @param source the file the checkpoint was read from, empty when none is usable
 * @param checkpoint the newest usable checkpoint, empty when none is usable
 */
public record Recovery(
    List<Path> removedTemporaryFiles,
    List<String> unusableCheckpoints,
    Optional<Path> source,
    Optional<Checkpoint> checkpoint) {

  /** Copies the lists. */
  public Recovery {
    removedTemporaryFiles = List.copyOf(removedTemporaryFiles);
    unusableCheckpoints = List.copyOf(unusableCheckpoints);
  }

  /**
   * Whether the run continues from the best model because no step checkpoint was usable.
   *
   * @return true when {@link #source()} is {@code best_model.ckpt}
   */
  public boolean fromBestModel() {
    return source.map(file -> file.getFileName().toString()
        .equals(CheckpointStore.BEST_MODEL_FILE)).orElse(false);
  }
}
