// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** What a path in the configuration must point to, and what is wrong when it does not. */
enum PathKind {
  /** An existing directory. */
  EXISTING_DIRECTORY,
  /** An existing regular file. */
  EXISTING_FILE,
  /** A directory that exists or can be created (its nearest existing ancestor is one). */
  CREATABLE_DIRECTORY;

  /**
   * Checks a resolved path.
   *
   * @param resolved an absolute path
   * @return what is wrong with it, or null when it is what this kind asks for
   */
  String problemWith(Path resolved) {
    return switch (this) {
      case EXISTING_DIRECTORY -> Files.isDirectory(resolved) ? null
          : "directory " + resolved + " does not exist; create it (paths are relative to the"
              + " YAML file's directory)";
      case EXISTING_FILE -> Files.isRegularFile(resolved) ? null
          : "file " + resolved + " does not exist (paths are relative to the YAML file's"
              + " directory)";
      case CREATABLE_DIRECTORY -> creatableProblem(resolved);
    };
  }

  private static String creatableProblem(Path resolved) {
    if (Files.exists(resolved)) {
      return Files.isDirectory(resolved) ? null
          : resolved + " exists but is not a directory; point the key at a directory";
    }
    Path ancestor = resolved.getParent();
    while (ancestor != null && !Files.exists(ancestor)) {
      ancestor = ancestor.getParent();
    }
    if (ancestor == null || !Files.isDirectory(ancestor) || !Files.isWritable(ancestor)) {
      return "directory " + resolved + " cannot be created: "
          + (ancestor == null ? "no existing parent" : ancestor + " is not a writable directory");
    }
    return null;
  }
}
