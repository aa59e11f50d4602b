// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.nio.file.Path;

/** Told how far an {@link AtomicFileWriter} has got with a file. */
@FunctionalInterface
public interface WriteProgress {

  /**
   * Called after each chunk is written to the temporary file, before the rename.
   *
   * @param target the final path being written
   * @param written bytes written so far
   * @param total bytes the file will have
   */
  void written(Path target, long written, long total);
}
