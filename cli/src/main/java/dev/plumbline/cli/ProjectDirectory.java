// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one rule for {@code -p/--project} on every command: the directory must exist. A mistyped
 * path is wrong usage (exit 2, with the reason), never an empty result and never a directory
 * created on the spot.
 */
public final class ProjectDirectory {

  private ProjectDirectory() {}

  /**
   * Checks a {@code --project} value.
   *
   * @param spec the command being parsed, for the usage error
   * @param value the value as given
   * @return the directory, absolute and normalized
   * @throws ParameterException when it is not an existing directory
   */
  public static Path existing(CommandSpec spec, String value) {
    Path directory;
    try {
      directory = Path.of(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw invalid(spec, value, "is not a valid path");
    }
    if (!Files.exists(directory)) {
      throw invalid(spec, value, "does not exist");
    }
    if (!Files.isDirectory(directory)) {
      throw invalid(spec, value, "is not a directory");
    }
    return directory;
  }

  private static ParameterException invalid(CommandSpec spec, String value, String problem) {
    return new ParameterException(spec.commandLine(),
        "Invalid value for option '--project': " + value + " " + problem);
  }
}
