package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real text for tests: this module's own Java sources, copied into a training_data tree. */
final class RealText {

  static final Path SOURCES = Path.of("src/main/java/dev/plumbline/trainer");

  private RealText() {
  }

  static List<Path> javaSources() throws IOException {
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Copies one real source file to {@code target/name}. */
  static Path copyOne(Path targetDir, String fileName, String name) throws IOException {
    Files.createDirectories(targetDir);
    return Files.copy(SOURCES.resolve("data").resolve(fileName), targetDir.resolve(name));
  }

  /** Copies every Java source of the module into {@code targetDir}, keeping the package tree. */
  static long copyAll(Path targetDir) throws IOException {
    long bytes = 0;
    for (Path source : javaSources()) {
      Path target = targetDir.resolve(SOURCES.relativize(source).toString());
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
      bytes += Files.size(source);
    }
    return bytes;
  }
}
