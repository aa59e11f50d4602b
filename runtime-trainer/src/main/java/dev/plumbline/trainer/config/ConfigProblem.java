// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;

/**
 * One thing wrong with a configuration file, located for the person who has to fix it.
 *
 * @param file the YAML file
 * @param line 1-based line of the offending key (or of its section when the key is missing)
 * @param key the dotted key, for example {@code training.batch_size}
 * @param message what is wrong and what would be right
 */
public record ConfigProblem(Path file, int line, String key, String message) {

  /**
   * The problem as one line: {@code file:line: key: message}.
   *
   * @return the formatted problem
   */
  public String describe() {
    return file + ":" + line + ": " + key + ": " + message;
  }
}
