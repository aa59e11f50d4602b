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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plumbline memory validate}: checks every memory file against its JSON Schema. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check every file in .claude/ against JSON syntax and its published schema"
        + " (completing an interrupted Plumbline write first). Exit 1 if any is invalid.")
public final class ValidateCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Override
  public Integer call() {
    MemoryStore store = new MemoryStore(project.root());
    try {
      List<MemoryFileException> problems = store.validate();
      for (MemoryFileException problem : problems) {
        System.err.println("[ERROR] " + problem.getMessage());
      }
      for (MemoryFile file : MemoryFile.values()) {
        if (Files.exists(file.in(store.memoryDirectory()))
            && problems.stream().noneMatch(p -> p.file().equals(file.in(store.memoryDirectory())))) {
          System.out.println("✓ " + MemoryFile.DIRECTORY + "/" + file.fileName() + " is valid");
        }
      }
      if (problems.isEmpty() && !Files.isDirectory(store.memoryDirectory())) {
        System.out.println("[INFO] no " + MemoryFile.DIRECTORY + "/ directory in "
            + project.root() + ": nothing to validate");
      }
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
