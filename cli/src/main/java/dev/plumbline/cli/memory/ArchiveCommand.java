// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.log.ArchiveRule;
import java.io.IOException;
import java.util.concurrent.Callable;
import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plumbline memory archive}: applies the archive rule now. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Apply the archive rule: when project_log.json holds more than "
        + ArchiveRule.MAX_ENTRIES + " entries, move those older than " + ArchiveRule.MAX_AGE_DAYS
        + " days to project_log_archive.json, order kept. Safe if interrupted at any point.")
final class ArchiveCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Override
  public Integer call() {
    if (!project.hasMemory()) {
      return project.reportNoMemory("archive");
    }
    try {
      int moved = new MemoryStore(project.root()).archive();
      System.out.println(moved == 0
          ? "✓ nothing to archive (at most " + ArchiveRule.MAX_ENTRIES
              + " entries, or none older than " + ArchiveRule.MAX_AGE_DAYS + " days)"
          : "✓ moved " + moved + " entries to project_log_archive.json");
      return ExitCodes.OK;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
