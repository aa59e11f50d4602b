// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a Maven build leaves what {@code verify} reads, per Maven module ({@code DIR/target}).
 *
 * @param directory the Maven module's directory
 */
record BuildOutputs(Path directory) {

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", ".claude", ".mvn", "node_modules", "src");

  /** The main compilation's wiring report. */
  Path wiringReport() {
    return target().resolve("classes/META-INF/plumbline/wiring.json");
  }

  /** The main compilation's class output. */
  Path classes() {
    return target().resolve("classes");
  }

  /** What the test compilation recorded: the modules each test class references. */
  Path testReferences() {
    return target().resolve("test-classes/META-INF/plumbline/test-references.json");
  }

  /** Surefire's and Failsafe's report directories. */
  List<Path> testReportDirectories() {
    return List.of(target().resolve("surefire-reports"), target().resolve("failsafe-reports"));
  }

  /** Where the agent writes by default when a program runs in this directory. */
  Path activityDirectory() {
    return target().resolve("plumbline/activity");
  }

  private Path target() {
    return directory.resolve("target");
  }

  /**
   * Every directory below the root (the root included) that has a {@code target} directory.
   *
   * @param root the project root
   * @return in path order
   * @throws IOException when a directory cannot be listed
   */
  static List<BuildOutputs> find(Path root) throws IOException {
    List<BuildOutputs> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(name)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (name.equals("target")) {
          found.add(new BuildOutputs(Objects.requireNonNull(dir.getParent(),
              "a directory named target is never the file-system root")));
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort((one, other) -> one.directory().compareTo(other.directory()));
    return found;
  }
}
