// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code plumbline:memory-archive}: applies the archive rule now (more than 200 log entries:
 * those older than 30 days move to {@code project_log_archive.json}), as {@code plumbline memory
 * archive} does.
 */
@Mojo(name = "memory-archive", aggregator = true, threadSafe = true)
public final class MemoryArchiveMojo extends MemoryMojo {

  /** Creates the goal; Maven calls this. */
  public MemoryArchiveMojo() {
    // Maven injects the parameters.
  }

  @Override
  String command() {
    return "archive";
  }

  @Override
  List<String> arguments() {
    return List.of();
  }
}
