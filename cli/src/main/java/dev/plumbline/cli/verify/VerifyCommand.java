// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.UpdateOutcome;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.structure.IntegrationLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline verify}: the rulebook's "run the verifier before reporting any progress
 * percentage". Measures the five integration levels of every module of a built project from their
 * sources of truth (wiring reports, test references with Surefire/Failsafe reports, the agent's
 * activity records), prints the table and counts, writes JSON, Markdown and SARIF, and records
 * each module's level in the project memory.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Measure the integration levels (EXISTS, TESTED, WIRED, ACTIVE, COMPLETE) of"
        + " every module of a built project; write target/plumbline/levels.{json,md,sarif} and"
        + " the 'integration' field of .claude/project_structure.json.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no @Critical module is NOT WIRED (or below --require)",
      "1:a @Critical module is NOT WIRED, or below --require; or a report is invalid",
      "2:wrong usage",
      "3:a file could not be read or written"
    })
public final class VerifyCommand implements Callable<Integer> {

  /** Where the reports go, below the project root. */
  static final Path OUTPUT = Path.of("target", "plumbline");

  @Option(
      names = {"-p", "--project"},
      paramLabel = "DIR",
      description = "Project root (the reactor's top directory). Default: the current directory.")
  private Path project;

  @Option(
      names = "--require",
      paramLabel = "LEVEL",
      description = "Also fail when a @Critical module is below LEVEL (one of ${COMPLETION-"
          + "CANDIDATES}); SARIF lists every module below it. Default: WIRED, failing only on"
          + " NOT WIRED.")
  private IntegrationLevel require;

  @Option(
      names = "--activity",
      paramLabel = "DIR",
      description = "More directories of agent records (activity-*.json), besides each Maven"
          + " module's target/plumbline/activity.")
  private List<Path> activity = new ArrayList<>();

  @Option(
      names = "--no-memory",
      description = "Do not write the levels into .claude/project_structure.json.")
  private boolean noMemory;

  @Override
  public Integer call() {
    Path root = (project == null ? Path.of("") : project).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      System.err.println("[ERROR] No such project directory: " + root + ". Give the project root"
          + " with -p DIR.");
      return ExitCodes.USAGE;
    }
    IntegrationLevel required = require == null ? IntegrationLevel.WIRED : require;
    Verification verification;
    try {
      verification = new LevelCalculator(root, activity).compute();
    } catch (LevelCalculator.InvalidInputException e) {
      System.err.println("[ERROR] " + e.getMessage());
      return ExitCodes.INVALID;
    } catch (IOException e) {
      System.err.println("[ERROR] Cannot read the build outputs under " + root + ": "
          + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    if (verification.wiringReports().isEmpty()) {
      System.err.println("[ERROR] No wiring report under " + root + " (looked for */target/classes"
          + "/META-INF/plumbline/wiring.json). Build the project first (mvn verify) with the"
          + " Plumbline processor or plugin.");
      return ExitCodes.INVALID;
    }
    new LevelTable(verification).print();
    int written = writeReports(root, verification, required);
    if (written != ExitCodes.OK) {
      return written;
    }
    int memory = noMemory ? ExitCodes.OK : updateMemory(root, verification);
    return Math.max(memory, verdict(verification, required));
  }

  private static int writeReports(Path root, Verification verification,
      IntegrationLevel required) {
    Path out = root.resolve(OUTPUT);
    LevelReports reports = new LevelReports();
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("levels.json"), reports.json(verification, required),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve("levels.md"), reports.markdown(verification),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve("levels.sarif"), reports.sarif(verification, required),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("[ERROR] Cannot write the reports into " + out + ": " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    System.out.println("[INFO] Reports: " + verification.relative(out.resolve("levels.json"))
        + ", levels.md (Mermaid graph), levels.sarif (SARIF 2.1.0)");
    return ExitCodes.OK;
  }

  private static int updateMemory(Path root, Verification verification) {
    try {
      Optional<UpdateOutcome> outcome = MemoryLevels.update(root, verification);
      if (outcome.isEmpty()) {
        System.out.println("[INFO] No .claude/project_structure.json: the project memory was"
            + " not updated.");
      } else if (outcome.get().logAppended()) {
        System.out.println("[INFO] Project memory: 'integration' updated for "
            + String.join(", ", outcome.get().changes().changed())
            + " (.claude/project_structure.json, with a log entry).");
      } else {
        System.out.println("[INFO] Project memory: every module's 'integration' already says"
            + " its level.");
      }
      return ExitCodes.OK;
    } catch (MemoryFileException e) {
      System.err.println("[ERROR] " + e.getMessage() + " The levels were not written into the"
          + " project memory; the reports were.");
      return ExitCodes.INVALID;
    } catch (IOException e) {
      System.err.println("[ERROR] Cannot update the project memory: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
  }

  private static int verdict(Verification verification, IntegrationLevel required) {
    int failures = 0;
    for (ModuleLevels module : verification.criticalNotWired()) {
      System.err.println("[ERROR] @Critical module '" + module.name() + "' ("
          + module.declaration() + ") is NOT WIRED"
          + (module.criticalReason().isEmpty() ? "" : ". Critical because: "
              + module.criticalReason()) + ".");
      failures++;
    }
    if (required != IntegrationLevel.WIRED) {
      for (ModuleLevels module : verification.modules()) {
        if (module.critical() && module.below(required)) {
          System.err.println("[ERROR] " + LevelReports.message(module, required));
          failures++;
        }
      }
    }
    if (failures > 0) {
      return ExitCodes.INVALID;
    }
    System.out.println("✓ No @Critical module is below " + required.name() + ".");
    return ExitCodes.OK;
  }
}
