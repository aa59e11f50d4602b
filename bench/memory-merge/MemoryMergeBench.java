// Copyright (c) 2026 The Plumbline Authors

import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the two heavy memory operations on real files: a build's structure merge into a project
 * of 10,000 modules (one module changed), and a log append (with the archive rule) onto a log of
 * 100,000 entries. Each run is a complete locked, validated, journaled, fsynced update.
 */
public final class MemoryMergeBench {

  private MemoryMergeBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args modules, log entries, runs (defaults 10000, 100000, 7)
   * @throws Exception when the store fails
   */
  public static void main(String[] args) throws Exception {
    int modules = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int entries = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    SchemaCheck schemas = new SchemaCheck();
    Path structureRoot = Files.createTempDirectory("plumbline-bench-structure");
    Path logRoot = Files.createTempDirectory("plumbline-bench-log");
    MemoryStore structureStore = new MemoryStore(structureRoot, Clock.systemUTC(), schemas);
    MemoryStore logStore = new MemoryStore(logRoot, Clock.systemUTC(), schemas);
    structureStore.update(snapshot(modules, 0), null);
    seedLog(logRoot, entries);
    System.out.printf("[INFO] structure file %,d bytes, log file %,d bytes%n",
        Files.size(MemoryFile.STRUCTURE.in(structureStore.memoryDirectory())),
        Files.size(MemoryFile.LOG.in(logStore.memoryDirectory())));
    long[] merge = new long[runs];
    long[] append = new long[runs];
    for (int run = 0; run < runs; run++) {
      StructureSnapshot changed = snapshot(modules, run + 1);
      long start = System.nanoTime();
      structureStore.update(changed, null);
      merge[run] = System.nanoTime() - start;
      start = System.nanoTime();
      logStore.appendLog(entry(entries + run, LocalDate.now()));
      append[run] = System.nanoTime() - start;
      System.out.printf("[INFO] run %d: merge %d ms, log append %d ms%n", run + 1,
          merge[run] / 1_000_000, append[run] / 1_000_000);
    }
    System.out.printf("✓ median merge of %,d modules: %d ms%n", modules, median(merge));
    System.out.printf("✓ median append to a log of %,d entries: %d ms%n", entries, median(append));
    System.out.printf("[INFO] first run (cold JIT; the seeded log not yet known valid): merge %d"
        + " ms, log append %d ms%n", merge[0] / 1_000_000, append[0] / 1_000_000);
    deleteTree(structureRoot);
    deleteTree(logRoot);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** All modules; module 0's file list grows with each run, so every merge has one real change. */
  private static StructureSnapshot snapshot(int modules, int version) {
    List<ModuleSnapshot> list = new ArrayList<>(modules);
    for (int i = 0; i < modules; i++) {
      List<String> files = new ArrayList<>();
      files.add("m" + i + "/src/main/java/dev/x/m" + i + "/Service.java");
      files.add("m" + i + "/src/main/java/dev/x/m" + i + "/Model.java");
      if (i == 0) {
        for (int v = 0; v < version; v++) {
          files.add("m0/src/main/java/dev/x/m0/Added" + v + ".java");
        }
      }
      list.add(new ModuleSnapshot("m" + i, ModuleStatus.ACTIVE, IntegrationLevel.WIRED,
          i % 10 == 0, i == 0 ? List.of() : List.of("m" + (i - 1)), files,
          Map.of("dev.x.m" + i + ".Service", List.of("void run()", "int size(String)")),
          LocalDate.of(2026, 11, 1)));
    }
    return new StructureSnapshot(list, false);
  }

  /** Writes the big log directly: appending 100,000 times through the store would take hours. */
  private static void seedLog(Path root, int entries) throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    LocalDate today = LocalDate.now();
    for (int i = 0; i < entries; i++) {
      json.append("  {\"date\": \"").append(today.minusDays(i % 30)).append("\", \"time\":")
          .append(" \"10:00\", \"requested\": \"bench\", \"executed\": \"entry ").append(i)
          .append("\", \"files_touched\": [\"a/B.java\"], \"status\": \"success\", \"notes\": \"\"}")
          .append(i + 1 < entries ? ",\n" : "\n");
    }
    json.append("]\n");
    Path claude = Files.createDirectories(root.resolve(MemoryFile.DIRECTORY));
    Files.writeString(MemoryFile.LOG.in(claude), json, StandardCharsets.UTF_8);
  }

  private static LogEntry entry(int id, LocalDate date) {
    return LogEntry.at(LocalDateTime.now(), "bench", "entry " + id, List.of(), LogStatus.SUCCESS,
        "");
  }

  private static long median(long[] nanos) {
    long[] sorted = Arrays.copyOf(nanos, nanos.length);
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000;
  }
}
