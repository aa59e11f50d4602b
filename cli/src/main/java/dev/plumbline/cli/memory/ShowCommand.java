// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.TerminalText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plumbline memory show}: what the project memory says, in a few lines. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Print the project memory: the concept, every module with its status,"
        + " integration level and dependencies, and the latest log entries. Read-only.")
final class ShowCommand implements Callable<Integer> {

  private static final int DEFAULT_LAST = 10;

  @Mixin private ProjectOption project;

  @Spec private CommandSpec spec;

  private int last = DEFAULT_LAST;

  /**
   * Sets how many log entries to print; picocli calls this for {@code --last N}.
   *
   * @param count 0 or more
   */
  @Option(names = "--last", paramLabel = "N",
      description = "How many of the latest log entries to print, 0 or more (default: "
          + DEFAULT_LAST + ").")
  public void setLast(int count) {
    if (count < 0) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--last': " + count + " (it must be 0 or more)");
    }
    this.last = count;
  }

  @Override
  public Integer call() {
    if (!project.hasMemory()) {
      return project.reportNoMemory("show");
    }
    MemoryStore store = new MemoryStore(project.root());
    try {
      System.out.println("[INFO] project memory in "
          + TerminalText.escape(store.memoryDirectory().toString()));
      showConcept(store.read(MemoryFile.CONCEPT));
      showStructure(store.read(MemoryFile.STRUCTURE));
      showLog(store.read(MemoryFile.LOG), store.read(MemoryFile.ARCHIVE));
      return ExitCodes.OK;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }

  private static void showConcept(Optional<LoadedFile> concept) {
    if (concept.isEmpty()) {
      System.out.println("[WARN] no project_concept.json yet: a build with the Plumbline"
          + " processor creates it from the pom's name and description");
      return;
    }
    JsonNode document = concept.get().document();
    System.out.println("[INFO] concept: " + text(document.path("name")) + " ("
        + text(document.path("platform")) + ")");
    if (document.has("vision")) {
      System.out.println("[INFO]   vision: " + text(document.path("vision")));
    }
  }

  private static void showStructure(Optional<LoadedFile> structure) {
    if (structure.isEmpty()) {
      System.out.println("[WARN] no project_structure.json yet: build the project once");
      return;
    }
    JsonNode modules = structure.get().document().path("modules");
    System.out.println("[INFO] structure: " + modules.size()
        + (modules.size() == 1 ? " module" : " modules"));
    for (Map.Entry<String, JsonNode> module : modules.properties()) {
      System.out.println("[INFO]   " + describe(TerminalText.escape(module.getKey()),
          module.getValue()));
    }
  }

  private static String describe(String name, JsonNode module) {
    List<String> parts = new ArrayList<>();
    parts.add(text(module.path("status")));
    if (module.has("integration")) {
      parts.add(text(module.path("integration")));
    }
    if (module.path("critical").asBoolean()) {
      parts.add("critical");
    }
    if (isRemoved(module)) {
      parts.add("REMOVED since " + text(module.path("removed")));
    }
    List<String> dependencies = new ArrayList<>();
    module.path("dependencies").forEach(dependency -> dependencies.add(text(dependency)));
    String uses = dependencies.isEmpty() ? "" : ", uses " + String.join(", ", dependencies);
    return name + ": " + String.join(" ", parts) + ", " + module.path("files").size()
        + (module.path("files").size() == 1 ? " file" : " files")
        + uses;
  }

  /** Stored text as it may be printed: control characters shown as escapes, never acted on. */
  private static String text(JsonNode value) {
    return TerminalText.escape(value.asText());
  }

  private static boolean isRemoved(JsonNode module) {
    String removed = module.path("removed").asText(null);
    String restored = module.path("restored").asText(null);
    return removed != null && (restored == null || restored.compareTo(removed) < 0);
  }

  private void showLog(Optional<LoadedFile> log, Optional<LoadedFile> archive) {
    int archived = archive.map(file -> file.document().size()).orElse(0);
    if (log.isEmpty()) {
      System.out.println("[WARN] no project_log.json yet (archived entries: " + archived + ")");
      return;
    }
    JsonNode entries = log.get().document();
    System.out.println("[INFO] log: " + entries.size() + " entries, " + archived + " archived");
    for (int i = Math.max(0, entries.size() - last); i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      System.out.println("[INFO]   " + text(entry.path("date")) + " "
          + text(entry.path("time")) + " " + text(entry.path("status")) + ": "
          + text(entry.path("executed")));
    }
  }
}
