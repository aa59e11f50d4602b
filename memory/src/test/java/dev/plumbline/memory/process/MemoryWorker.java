package dev.plumbline.memory.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A separate JVM that writes into a project's memory, for the concurrency and SIGKILL tests.
 *
 * <p>Modes: {@code merge ROOT PREFIX COUNT} merges COUNT partial snapshots, each adding module
 * PREFIX-i, then exits; {@code merge-forever ROOT} keeps adding modules m-N; {@code
 * archive-forever ROOT} keeps appending old log entries "id-N" (each one triggers an archive
 * move once the log holds 200 recent entries); {@code append-once ROOT} appends one entry dated
 * today and prints how many entries the archive rule moved, or the error and exits with 1.
 * "ready" is printed once the JVM is warm (not by append-once).
 */
public final class MemoryWorker {

  private MemoryWorker() {}

  /**
   * Runs one worker until the test kills it.
   *
   * @param args the mode and the project root, as described on the class
   * @throws Exception when the memory store fails; the test then sees the process exit
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[1]);
    MemoryStore store = new MemoryStore(root);
    switch (args[0]) {
      case "merge" -> {
        System.out.println("ready");
        for (int i = 0; i < Integer.parseInt(args[3]); i++) {
          store.update(oneModule(args[2] + "-" + i), null);
        }
      }
      case "merge-forever" -> {
        int next = moduleCount(store);
        System.out.println("ready");
        while (true) {
          store.update(oneModule("m-" + next++), null);
        }
      }
      case "archive-forever" -> {
        int next = KillSafetyTest.allIds(store).size();
        System.out.println("ready");
        while (true) {
          store.appendLog(entry(next++, LocalDate.now(ZoneId.systemDefault()).minusDays(60)));
        }
      }
      case "append-once" -> {
        try {
          System.out.println("archived " + store.appendLog(entry(-1,
              LocalDate.now(ZoneId.systemDefault()))).archivedEntries());
        } catch (java.io.IOException | dev.plumbline.memory.io.MemoryFileException e) {
          System.out.println("[ERROR] " + e.getMessage());
          System.exit(1);
        }
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  static StructureSnapshot oneModule(String name) {
    return new StructureSnapshot(List.of(new ModuleSnapshot(name, ModuleStatus.ACTIVE,
        IntegrationLevel.EXISTS, false, List.of(), List.of(name + "/X.java"), Map.of(), null)),
        true);
  }

  static LogEntry entry(int id, LocalDate date) {
    return new LogEntry(date, LocalDateTime.now(ZoneId.systemDefault()).toLocalTime(),
        "kill test", "appended id-" + id, List.of(), LogStatus.SUCCESS, "id-" + id);
  }

  private static int moduleCount(MemoryStore store) throws Exception {
    Optional<LoadedFile> structure = store.read(MemoryFile.STRUCTURE);
    if (structure.isEmpty()) {
      return 0;
    }
    JsonNode modules = structure.get().document().path("modules");
    return modules.size();
  }
}
