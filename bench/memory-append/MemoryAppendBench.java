// Copyright (c) 2026 The Plumbline Authors

import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.schema.SchemaCheck;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.stream.Stream;

/**
 * Times `plumbline memory log`'s work, a complete locked, validated, journaled, fsynced append
 * with the archive rule, onto logs of several sizes, in one JVM. Every log is seeded directly on
 * disk, appended to once (the first append meets a log that Plumbline has never seen and checks
 * it in full), then the timed rounds alternate the sizes, each round in a rotated order, so that
 * machine noise spreads evenly over them. Prints every round, the medians and the ratio of the
 * largest log's median to the smallest's. Beside the wall time, the appending thread's CPU time:
 * on a machine shared with other work the wall time mostly measures waiting for a core.
 */
public final class MemoryAppendBench {

  private static final int WARM_UP_APPENDS = 150;

  private MemoryAppendBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args runs (default 9), then the log sizes (default 1000 10000 100000 1000000)
   * @throws Exception when the store fails
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    int[] sizes = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {1_000, 10_000, 100_000, 1_000_000};
    SchemaCheck schemas = new SchemaCheck();
    List<Path> roots = new ArrayList<>();
    List<MemoryStore> stores = new ArrayList<>();
    for (int size : sizes) {
      Path root = Files.createTempDirectory("plumbline-bench-append-" + size);
      seedLog(root, size);
      roots.add(root);
      stores.add(new MemoryStore(root, Clock.systemDefaultZone(), schemas));
    }
    try {
      for (int i = 0; i < sizes.length; i++) {
        long start = System.nanoTime();
        stores.get(i).appendLog(entry(-1));
        System.out.printf("[INFO] %,d entries (%,d bytes): first append %.1f ms (the log is new"
            + " to Plumbline: checked in full)%n", sizes[i],
            Files.size(MemoryFile.LOG.in(stores.get(i).memoryDirectory())),
            (System.nanoTime() - start) / 1e6);
      }
      // Compile the append path first, on a log of its own: the rounds then time the append, not
      // the JIT (a build or an MCP server appends from a warm JVM; a CLI start costs ~0.5 s more).
      Path scratch = Files.createTempDirectory("plumbline-bench-warm-up");
      roots.add(scratch);
      MemoryStore warm = new MemoryStore(scratch, Clock.systemDefaultZone(), schemas);
      for (int i = 0; i < WARM_UP_APPENDS; i++) {
        warm.appendLog(entry(-2));
      }
      long[][] nanos = new long[sizes.length][runs];
      long[][] cpu = new long[sizes.length][runs];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int run = 0; run < runs; run++) {
        StringBuilder line = new StringBuilder("[INFO] round " + (run + 1) + ":");
        for (int k = 0; k < sizes.length; k++) {
          int i = (k + run) % sizes.length;
          long cpuStart = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          stores.get(i).appendLog(entry(run));
          nanos[i][run] = System.nanoTime() - start;
          cpu[i][run] = threads.getCurrentThreadCpuTime() - cpuStart;
          line.append(String.format(" %,d: %.2f ms;", sizes[i], nanos[i][run] / 1e6));
        }
        System.out.println(line);
      }
      for (int i = 0; i < sizes.length; i++) {
        System.out.printf("✓ median append onto %,d entries: %.2f ms (min %.2f, max %.2f);"
            + " CPU time median %.2f ms%n", sizes[i], median(nanos[i]) / 1e6,
            Arrays.stream(nanos[i]).min().orElse(0) / 1e6,
            Arrays.stream(nanos[i]).max().orElse(0) / 1e6, median(cpu[i]) / 1e6);
      }
      int last = sizes.length - 1;
      System.out.printf("✓ ratio of medians, %,d entries over %,d entries: %.2f%n", sizes[last],
          sizes[0], (double) median(nanos[last]) / median(nanos[0]));
    } finally {
      for (Path root : roots) {
        deleteTree(root);
      }
    }
  }

  /** Writes the log directly: appending a million times through the store would take hours. */
  private static void seedLog(Path root, int entries) throws IOException {
    Path claude = Files.createDirectories(root.resolve(MemoryFile.DIRECTORY));
    LocalDate today = LocalDate.now();
    try (BufferedWriter out = Files.newBufferedWriter(MemoryFile.LOG.in(claude),
        StandardCharsets.UTF_8)) {
      out.write("[\n");
      for (int i = 0; i < entries; i++) {
        // Dated within the last 30 days: the archive rule finds nothing to move, as in a busy
        // project whose log grows faster than entries age.
        out.write("  {\"date\": \"" + today.minusDays(i % 30) + "\", \"time\": \"10:00\","
            + " \"requested\": \"bench\", \"executed\": \"entry " + i + "\", \"files_touched\":"
            + " [\"a/B.java\"], \"status\": \"success\", \"notes\": \"\"}"
            + (i + 1 < entries ? ",\n" : "\n"));
      }
      out.write("]\n");
    }
  }

  private static LogEntry entry(int run) {
    return LogEntry.at(LocalDateTime.now(), "bench", "appended in round " + run, List.of(),
        LogStatus.SUCCESS, "");
  }

  private static long median(long[] nanos) {
    long[] sorted = Arrays.copyOf(nanos, nanos.length);
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
