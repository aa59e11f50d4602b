// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plumbline memory validate}: checks every memory file against its JSON Schema. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Check every file in .claude/ against UTF-8, JSON syntax and its published"
        + " schema (completing an interrupted Plumbline write first, where the directory is"
        + " writable; nothing else is written). Exit 1 if any is invalid or there is no"
        + " .claude/.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Override
  public Integer call() {
    if (!project.hasMemory()) {
      return project.reportNoMemory("validate");
    }
    MemoryStore store = new MemoryStore(project.root());
    try {
      List<MemoryFileException> problems = store.validate();
      for (MemoryFileException problem : problems) {
        Failures.report(problem);
      }
      for (MemoryFile file : MemoryFile.values()) {
        if (Files.exists(file.in(store.memoryDirectory()))
            && problems.stream().noneMatch(p -> p.file().equals(file.in(store.memoryDirectory())))) {
          System.out.println("✓ " + MemoryFile.DIRECTORY + "/" + file.fileName() + " is valid");
        }
      }
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
