// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import java.nio.file.Path;

/** What a compilation's output directory tells about the compilation. */
public final class OutputDirectories {

  private OutputDirectories() {}

  /**
   * Whether the output belongs to a test compilation: Maven's {@code
   * target/generated-test-sources/...} or {@code target/test-classes}, Gradle's {@code .../test}
   * output directories.
   *
   * @param output an output directory of the compilation
   * @return true for a test compilation's output
   */
  public static boolean isTestOutput(Path output) {
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
}
