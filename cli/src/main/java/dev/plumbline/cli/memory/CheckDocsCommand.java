// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.assistant.docs.ProjectIndex;
import dev.plumbline.assistant.docs.StaleReference;
import dev.plumbline.assistant.docs.StaleReferenceCheck;
import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline memory check-docs}: names in assistant files that the code no longer has. */
@Command(
    name = "check-docs",
    mixinStandardHelpOptions = true,
    description = "Report paths, Java classes and modules named in AGENTS.md, CLAUDE.md and"
        + " .cursor/rules/* that no longer exist in the code, with file, line and column (as"
        + " the build does). Warnings: exit 0 unless --strict.")
final class CheckDocsCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Option(names = "--strict", description = "Exit 1 when any stale reference is found.")
  private boolean strict;

  @Override
  public Integer call() {
    try {
      LoadedFile structure = new MemoryStore(project.root()).read(MemoryFile.STRUCTURE)
          .orElse(null);
      ProjectIndex index = ProjectIndex.of(project.root(),
          structure == null ? null : structure.document());
      List<StaleReference> stale = new StaleReferenceCheck(index).checkAll();
      int documents = StaleReferenceCheck.documents(project.root()).size();
      for (StaleReference reference : stale) {
        System.out.println("[WARN] " + reference.format());
      }
      if (stale.isEmpty()) {
        System.out.println("✓ no stale reference in " + documents + " assistant file(s) ("
            + index.classCount() + " classes in the code)");
      } else {
        System.out.println("[INFO] " + stale.size() + " stale reference(s) in " + documents
            + " assistant file(s)");
      }
      return strict && !stale.isEmpty() ? ExitCodes.INVALID : ExitCodes.OK;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
