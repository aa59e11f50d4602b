// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.assistant.digest.DigestGenerator;
import dev.plumbline.assistant.digest.DigestOutcome;
import dev.plumbline.assistant.digest.DigestSettings;
import dev.plumbline.assistant.tokens.TokenEstimate;
import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline memory digest}: regenerates the project-memory section of AGENTS.md. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = "Write the project-memory section of AGENTS.md (created when missing) and of"
        + " CLAUDE.md (when the project has one that does not import AGENTS.md) from .claude/,"
        + " as every build does. Text outside the section's markers is never touched; an"
        + " unchanged memory leaves the files byte-identical.")
final class DigestCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Option(names = "--tokens", defaultValue = "2000", paramLabel = "N",
      description = "The section's token budget (default: ${DEFAULT-VALUE}, at least "
          + DigestSettings.MIN_TOKENS + ").")
  private int tokens;

  @Option(names = "--command", defaultValue = "plumbline", paramLabel = "NAME",
      description = "How the project runs this command line, shown in the section's protocol"
          + " (default: ${DEFAULT-VALUE}).")
  private String command;

  @Override
  public Integer call() {
    DigestSettings settings;
    try {
      settings = new DigestSettings(tokens, command, DigestSettings.DEFAULT_LOG_ENTRIES);
    } catch (IllegalArgumentException e) {
      System.err.println("[ERROR] " + e.getMessage() + ".");
      return ExitCodes.USAGE;
    }
    MemoryStore store = new MemoryStore(project.root());
    try {
      DigestGenerator generator = new DigestGenerator(settings);
      List<DigestOutcome> outcomes = generator.generate(project.root(), store);
      int size = TokenEstimate.of(generator.render(store));
      int exit = ExitCodes.OK;
      for (DigestOutcome outcome : outcomes) {
        String name = project.root().relativize(outcome.file()).toString();
        switch (outcome.result()) {
          case REFUSED -> {
            System.err.println("[ERROR] " + outcome.detail());
            exit = ExitCodes.INVALID;
          }
          case SKIPPED -> System.out.println("[INFO] " + name + " left as it is: "
              + outcome.detail());
          default -> System.out.println("✓ " + name + ": project-memory section "
              + outcome.result().name().toLowerCase(Locale.ROOT) + " (about " + size + " of "
              + tokens + " tokens)");
        }
      }
      return exit;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
