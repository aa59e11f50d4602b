// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The directory SARIF locations are relative to ({@code %SRCROOT%}): the top of the project, the
 * topmost of the unbroken chain of directories with a build file above the class output (the
 * reactor root, which is the repository root code-scanning uploads resolve against). {@code
 * plumbline verify} finds the same directory, so both reports name a file the same way.
 */
final class SourceRoot {

  private static final List<String> BUILD_FILES = List.of(
      "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  private SourceRoot() {}

  /**
   * Finds the root.
   *
   * @param outputDirectory the compilation's class output, when it is a directory
   * @return the root; empty when no build file is above the output (URIs stay absolute then)
   */
  static Optional<Path> of(Optional<Path> outputDirectory) {
    Optional<Path> top = Optional.empty();
    for (Path dir = outputDirectory.map(path -> path.toAbsolutePath().normalize()).orElse(null);
        dir != null; dir = dir.getParent()) {
      if (hasBuildFile(dir)) {
        top = Optional.of(dir);
      } else if (top.isPresent()) {
        break;
      }
    }
    return top;
  }

  private static boolean hasBuildFile(Path dir) {
    return BUILD_FILES.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
  }
}
