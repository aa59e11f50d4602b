// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code plumbline:memory-log}: appends one validated entry to {@code project_log.json}, as
 * {@code plumbline memory log} does, e.g. {@code mvn plumbline:memory-log
 * -Dplumbline.requested="..." -Dplumbline.executed="..." -Dplumbline.files=a.java,b.java}.
 */
@Mojo(name = "memory-log", aggregator = true, threadSafe = true)
public final class MemoryLogMojo extends MemoryMojo {

  /** What was asked. */
  @Parameter(property = "plumbline.requested", required = true)
  private String requested;

  /** What was done. */
  @Parameter(property = "plumbline.executed", required = true)
  private String executed;

  /** The files touched (comma-separated on the command line). */
  @Parameter(property = "plumbline.files")
  private List<String> files = new ArrayList<>();

  /** success, partial or failed. */
  @Parameter(property = "plumbline.status", defaultValue = "success")
  private String status;

  /** Free notes. */
  @Parameter(property = "plumbline.notes", defaultValue = "")
  private String notes;

  /** Creates the goal; Maven calls this. */
  public MemoryLogMojo() {
    // Maven injects the parameters.
  }

  @Override
  String command() {
    return "log";
  }

  @Override
  List<String> arguments() {
    List<String> arguments = new ArrayList<>(List.of("--requested", requested,
        "--executed", executed, "--status", status));
    for (String file : files) {
      arguments.add("--file");
      arguments.add(file);
    }
    if (notes != null && !notes.isEmpty()) {
      arguments.add("--notes");
      arguments.add(notes);
    }
    return arguments;
  }
}
