// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import dev.plumbline.memory.MemoryFile;
import java.io.IOException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Finds the project root (the directory of {@code .claude/}) for a compilation, so that one
 * project keeps one memory however it is built.
 *
 * <p>The search looks only at the project's own directories: from the start directory upwards,
 * the unbroken chain of directories that hold a build file ({@code pom.xml}, or Gradle's
 * {@code build.gradle[.kts]} / {@code settings.gradle[.kts]}). It never climbs out of the
 * project: a {@code .claude/} above it (an assistant's own settings in the home directory, say)
 * is not a project memory.
 *
 * <ul>
 *   <li>With {@code plumbline.projectRoot}: that directory, unless it lies inside a project whose
 *       root already keeps the memory (a module built from its own folder, where
 *       {@code ${maven.multiModuleProjectDirectory}} names the module when there is no
 *       {@code .mvn/}): then that root's memory.
 *   <li>Without it, from the compilation's output directory: the nearest directory of the chain
 *       that already has {@code .claude/}, else the topmost one (the reactor root).
 * </ul>
 */
final class ProjectRootLocator {

  private static final List<String> BUILD_FILES = List.of(
      "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  private ProjectRootLocator() {}

  static Optional<Path> locate(MemoryOptions options, Optional<Path> output) {
    if (options.projectRoot().isPresent()) {
      Path configured = options.projectRoot().get();
      return Optional.of(withMemory(projectChain(configured)).orElse(configured));
    }
    if (output.isEmpty()) {
      return Optional.empty();
    }
    List<Path> chain = projectChain(output.get());
    return withMemory(chain).or(() -> chain.isEmpty()
        ? Optional.empty() : Optional.of(chain.get(chain.size() - 1)));
  }

  /**
   * From {@code start} upwards: the first directory with a build file and every parent that has
   * one too, nearest first.
   */
  static List<Path> projectChain(Path start) {
    List<Path> chain = new ArrayList<>();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (hasBuildFile(dir)) {
        chain.add(dir);
      } else if (!chain.isEmpty()) {
        break;
      }
    }
    return chain;
  }

  private static Optional<Path> withMemory(List<Path> chain) {
    return chain.stream()
        .filter(dir -> Files.isDirectory(dir.resolve(MemoryFile.DIRECTORY)))
        .findFirst();
  }

  private static boolean hasBuildFile(Path dir) {
    for (String name : BUILD_FILES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the output belongs to a test compilation: Maven's
   * {@code target/generated-test-sources/...} or {@code target/test-classes}, Gradle's
   * {@code .../test} output directories.
   */
  static boolean isTestOutput(Path output) {
    for (Path element : output) {
      String name = element.toString();
      if (name.equals("generated-test-sources") || name.equals("test-classes")) {
        return true;
      }
    }
    Path last = output.getFileName();
    return last != null && last.toString().equals("test") && output.getParent() != null
        && output.getParent().getFileName() != null
        && output.getParent().getFileName().toString().equals("java");
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
