// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.AppendOutcome;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.TerminalText;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline memory log}: appends one validated police-report entry. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Append one entry to .claude/project_log.json (date and time are now), then"
        + " apply the archive rule. Existing entries are never changed.")
final class LogCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Option(names = {"-r", "--requested"}, required = true, paramLabel = "TEXT",
      description = "What was asked for.")
  private String requested;

  @Option(names = {"-e", "--executed"}, required = true, paramLabel = "TEXT",
      description = "What was done.")
  private String executed;

  @Option(names = {"-f", "--file"}, paramLabel = "PATH",
      description = "A file touched, relative to the project root (repeatable).")
  private List<String> files = new ArrayList<>();

  @Option(names = {"-s", "--status"}, defaultValue = "success", paramLabel = "STATUS",
      description = "success, partial or failed (default: ${DEFAULT-VALUE}).")
  private String status;

  @Option(names = {"-n", "--notes"}, defaultValue = "", paramLabel = "TEXT",
      description = "Anything a later reader needs to know.")
  private String notes;

  // The [INFO] line after reportNoMemory is the refusal's own advice: kept on the error's stream.
  @Override
  @SuppressWarnings("StatusPrefix")
  public Integer call() {
    LogEntry entry;
    try {
      entry = LogEntry.at(LocalDateTime.now(ZoneId.systemDefault()), requested, executed, files,
          LogStatus.parse(status), notes);
    } catch (IllegalArgumentException e) {
      System.err.println("[ERROR] entry refused: " + e.getMessage()
          + ". Nothing was written; see 'plumbline memory log --help'.");
      return ExitCodes.INVALID;
    }
    if (!project.mayStartMemoryHere()) {
      project.reportNoMemory("log");
      System.err.println("[INFO] Or pass -p . to start a new project memory in "
          + project.root() + ". Nothing was written.");
      return ExitCodes.INVALID;
    }
    try {
      AppendOutcome outcome = new MemoryStore(project.root()).appendLog(entry);
      System.out.println("✓ appended to .claude/project_log.json: " + entry.date() + " "
          + entry.time() + " " + entry.status().jsonValue() + ": "
          + TerminalText.escape(entry.executed()));
      if (outcome.archivedEntries() > 0) {
        System.out.println("[INFO] archive rule moved " + outcome.archivedEntries()
            + " entries to project_log_archive.json");
      }
      if (outcome.completionDeferred()) {
        System.out.println("[WARN] the entry is committed, but the last step of the write could"
            + " not be done now; the next plumbline command completes it (do not log it again)");
      }
      return ExitCodes.OK;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
