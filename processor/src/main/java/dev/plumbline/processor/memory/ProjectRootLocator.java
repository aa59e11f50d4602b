// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import dev.plumbline.memory.MemoryFile;
import java.io.IOException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Finds the project root (the directory of {@code .claude/}) for a compilation: the
 * {@code plumbline.projectRoot} option when given; else, from the compilation's output
 * directory upwards, the nearest directory that already has {@code .claude/}; else the topmost directory of
 * the unbroken chain of directories holding a {@code pom.xml} (the reactor root in a standard
 * Maven layout).
 */
final class ProjectRootLocator {

  private ProjectRootLocator() {}

  static Optional<Path> locate(MemoryOptions options, Optional<Path> output) {
    if (options.projectRoot().isPresent()) {
      return options.projectRoot();
    }
    if (output.isEmpty()) {
      return Optional.empty();
    }
    for (Path dir = output.get(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(MemoryFile.DIRECTORY))) {
        return Optional.of(dir);
      }
    }
    Path top = null;
    for (Path dir = output.get(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))) {
        top = dir;
      } else if (top != null) {
        break;
      }
    }
    return Optional.ofNullable(top);
  }

  /**
   * The compilation's output directory for generated sources (javac uses the class output when no
   * {@code -s} is given), found through a file object that is never opened. The class output
   * cannot be asked for a file the processor already wrote (javac refuses to reopen it), and a
   * new class-output name would register an empty output file with in-memory file managers.
   */
  static Optional<Path> outputDirectory(Filer filer) {
    try {
      Path probe = Path.of(filer.getResource(StandardLocation.SOURCE_OUTPUT, "",
          "plumbline-memory-probe").toUri()).toAbsolutePath();
      return Optional.ofNullable(probe.getParent());
    } catch (IOException | IllegalArgumentException | FileSystemNotFoundException e) {
      // Not a file-system output (an in-memory file manager): there is no project root to find.
      return Optional.empty();
    }
  }

}
