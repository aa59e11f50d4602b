// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a checkpoint directory held at the start of a run: the temporary files of killed writes
 * (deleted), the checkpoints that could not be used and why, and the newest usable one.
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
}
