// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space of the file system holding a directory. An interface so that tests can simulate a
 * disk that is or becomes full without filling a real one.
 */
@FunctionalInterface
public interface DiskSpace {

  /** The real file system's usable space. */
  DiskSpace SYSTEM = directory -> Files.getFileStore(directory).getUsableSpace();

  /**
   * Bytes that can still be written.
   *
   * @param directory an existing directory on the file system in question
   * @return usable bytes
   * @throws IOException when the file system cannot be queried
   */
  long usableBytes(Path directory) throws IOException;
}
