// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code plumbline:memory-show}: prints the project memory (the concept, every module with its
 * status and integration level, the latest log entries), as {@code plumbline memory show} does.
 */
@Mojo(name = "memory-show", aggregator = true, threadSafe = true)
public final class MemoryShowMojo extends MemoryMojo {

  /** How many of the latest log entries to print. */
  @Parameter(property = "plumbline.last", defaultValue = "10")
  private int last;

  /** Creates the goal; Maven calls this. */
  public MemoryShowMojo() {
    // Maven injects the parameters.
  }

  @Override
  String command() {
    return "show";
  }

  @Override
  List<String> arguments() {
    return List.of("--last", Integer.toString(last));
  }
}
