// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;

/** {@code plumbline memory}: the project memory files in {@code .claude/}. */
@Command(
    name = "memory",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Read and maintain the project memory in .claude/ (concept, structure, log).",
    subcommands = {ShowCommand.class, LogCommand.class, ArchiveCommand.class,
        ValidateCommand.class, DigestCommand.class, CheckDocsCommand.class,
        ConceptCommand.class})
public final class MemoryCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("[INFO] Usage: plumbline memory show | log | archive | validate | digest"
        + " | check-docs | concept"
        + " (plumbline memory --help for details)");
  }
}
