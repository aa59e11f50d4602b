// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.memory.MemoryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project} option every memory command shares. */
public final class ProjectOption {

  @Option(
      names = {"-p", "--project"},
      paramLabel = "DIR",
      description = "Project root (the directory that holds .claude/). Default: the nearest"
          + " directory, from the current one upwards, that has a .claude/ directory; else the"
          + " current directory.")
  private Path project;

  /**
   * Returns the project root to work on.
   *
   * @return the given root, or the one found from the current directory
   */
  public Path root() {
    if (project != null) {
      return project.toAbsolutePath().normalize();
    }
    Path current = Path.of("").toAbsolutePath();
    for (Path dir = current; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(MemoryFile.DIRECTORY))) {
        return dir;
      }
    }
    return current;
  }
}
