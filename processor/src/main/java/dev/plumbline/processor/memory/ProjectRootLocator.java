// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import dev.plumbline.memory.MemoryFile;
import dev.plumbline.processor.report.JsonReport;
import java.io.IOException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Finds the project root (the directory of {@code .claude/}) for a compilation: the
 * {@code plumbline.projectRoot} option when given; else, from the class output directory
 * upwards, the nearest directory that already has {@code .claude/}; else the topmost directory of
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
   * The class output directory, found through the report the verifier already wrote there
   * (asking for a new name would register an empty output file with some file managers).
   */
  static Optional<Path> classOutput(Filer filer) {
    try {
      Path report = Path.of(filer.getResource(StandardLocation.CLASS_OUTPUT, "",
          JsonReport.RESOURCE).toUri()).toAbsolutePath();
      Path directory = report;
      for (int i = 0; i < Path.of(JsonReport.RESOURCE).getNameCount(); i++) {
        directory = directory.getParent();
      }
      return Optional.of(directory);
    } catch (IOException | IllegalArgumentException | FileSystemNotFoundException e) {
      // Not a file-system output (an in-memory file manager): there is no project root to find.
      return Optional.empty();
    }
  }
}
