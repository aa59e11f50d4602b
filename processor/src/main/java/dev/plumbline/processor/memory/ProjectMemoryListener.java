// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import com.google.auto.service.AutoService;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.UpdateOutcome;
import dev.plumbline.memory.concept.PomFacts;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.processor.model.OutputDirectories;
import dev.plumbline.processor.report.DiagnosticId;
import dev.plumbline.processor.report.DiagnosticMessages;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringResultListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * Keeps {@code .claude/} current on every build: merges the wiring result into
 * project_structure.json, validates (or creates) project_concept.json, appends to
 * project_log.json when the structure changed, applies the archive rule. An invalid memory file
 * fails the build with its position and is left as it is. Off with {@code -Aplumbline.memory=off}.
 */
@AutoService(WiringResultListener.class)
public final class ProjectMemoryListener implements WiringResultListener {

  /** Creates the listener; {@link java.util.ServiceLoader} calls this. */
  public ProjectMemoryListener() {
    // Stateless: everything comes with each result.
  }

  @Override
  public void onResult(WiringResult result, ProcessingEnvironment environment)
      throws IOException {
    Messager messager = environment.getMessager();
    MemoryOptions options = MemoryOptions.parse(environment.getOptions());
    for (String problem : options.problems()) {
      messager.printMessage(Diagnostic.Kind.ERROR, DiagnosticMessages.invalidOption(problem));
    }
    if (!options.enabled()) {
      return;
    }
    Optional<Path> output = ProjectRootLocator.outputDirectory(environment.getFiler());
    if (output.isEmpty() && options.projectRoot().isEmpty()) {
      // Output held in memory (a test harness, an IDE's in-memory build): no project on disk.
      return;
    }
    if (output.isPresent() && OutputDirectories.isTestOutput(output.get())) {
      // The memory describes the program; test sources (often in the same packages) are not
      // modules of it, and merging them would make each main compile tombstone them again.
      return;
    }
    Optional<Path> root = ProjectRootLocator.locate(options, output);
    if (root.isEmpty()) {
      messager.printMessage(Diagnostic.Kind.NOTE, DiagnosticId.MEMORY_NO_ROOT.tag()
          + "Project memory not updated: no project root found from the class output; set -A"
          + MemoryOptions.PROJECT_ROOT + "=DIR.");
      return;
    }
    String javaVersion = environment.getSourceVersion().name().replace("RELEASE_", "");
    Optional<ProjectFacts> facts = PomFacts.read(root.get(), javaVersion);
    try {
      MemoryStore store = new MemoryStore(root.get());
      UpdateOutcome outcome =
          store.update(new SnapshotMapper(root.get()).map(result), facts.orElse(null));
      messager.printMessage(
          Diagnostic.Kind.NOTE, DiagnosticId.MEMORY_UPDATED.tag() + describe(root.get(), outcome));
      AssistantDocsHook.run(root.get(), store,
          AssistantDocsOptions.parse(environment.getOptions()), messager);
    } catch (MemoryFileException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, DiagnosticId.MEMORY_FILE_INVALID.tag()
          + "Project memory: " + e.getMessage()
          + " (or build with -A" + MemoryOptions.MEMORY + "=off to skip the memory update)");
    }
  }

  @Override
  public boolean needsPublicApi(ProcessingEnvironment environment) {
    return MemoryOptions.parse(environment.getOptions()).enabled();
  }

  private static String describe(Path root, UpdateOutcome outcome) {
    String where = root.resolve(MemoryFile.DIRECTORY).toString();
    StringBuilder text = new StringBuilder("Project memory " + where + ": ");
    if (outcome.logAppended()) {
      // Build output names at most 10 modules per kind; the log entry has them all.
      text.append("structure updated (").append(outcome.changes().describe(10))
          .append("), 1 log entry appended");
    } else if (outcome.structureWritten()) {
      // Entries written before fingerprints existed: recording them is not a code change.
      text.append("code unchanged; source fingerprints recorded for ")
          .append(String.join(", ", outcome.fingerprinted())).append(", no log entry");
    } else {
      text.append("structure unchanged");
    }
    if (outcome.conceptCreated()) {
      text.append("; project_concept.json created from the pom");
    }
    if (outcome.conceptMissing()) {
      text.append("; project_concept.json missing (no readable pom.xml at the project root)");
    }
    if (outcome.archivedEntries() > 0) {
      text.append("; ").append(outcome.archivedEntries()).append(" log entries archived");
    }
    if (outcome.recoveredInterruptedWrite()) {
      text.append("; an interrupted earlier write was completed first");
    }
    if (outcome.completionDeferred()) {
      text.append("; the update is committed and its last step is left to the next build");
    }
    return text.append('.').toString();
  }
}
