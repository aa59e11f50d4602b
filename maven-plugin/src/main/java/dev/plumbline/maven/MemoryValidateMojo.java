// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code plumbline:memory-validate}: checks every {@code .claude/} file against JSON syntax and
 * its published schema, as {@code plumbline memory validate} does, and fails the build on an
 * invalid file (with file, line and column).
 */
@Mojo(name = "memory-validate", aggregator = true, threadSafe = true)
public final class MemoryValidateMojo extends MemoryMojo {

  /** Creates the goal; Maven calls this. */
  public MemoryValidateMojo() {
    // Maven injects the parameters.
  }

  @Override
  String command() {
    return "validate";
  }

  @Override
  List<String> arguments() {
    return List.of();
  }
}
