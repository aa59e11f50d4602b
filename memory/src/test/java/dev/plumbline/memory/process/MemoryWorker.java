package dev.plumbline.memory.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.AppendOutcome;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A separate JVM that writes into a project's memory, for the concurrency and SIGKILL tests.
 *
 * <p>Modes: {@code merge ROOT PREFIX COUNT} makes COUNT updates, one in {@value #MERGE_EVERY} a
 * merge of a partial snapshot adding module PREFIX-i, the others log appends, then exits;
 * {@code merge-forever ROOT...} keeps adding modules m-N in each root; {@code archive-forever
 * ROOT...} keeps appending old log entries "id-N" in each root (each one triggers an archive
 * move once the log holds 200 recent entries). These two write into every root at once, one
 * thread per root (see {@link #forever}), print "ready" once started and wait for a line on
 * standard input before they write, and print "done INDEX NANOS" after each update of root
 * INDEX, with the time it took (the kill test aims its kill with it); {@code append-once ROOT}
 * appends one entry dated
 * today and prints how many entries the archive rule moved, or the error and exits with 1;
 * {@code append-fixed ROOT [sigxfsz]} appends {@link #FIXED_ENTRY} (with {@code sigxfsz}, a
 * write past the file size limit kills it); {@code full-disk-sweep ROOT OFFSET K,K,...} is
 * described at {@link #fullDiskSweep}.
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
    if (args[0].endsWith("-forever")) {
      forever(args[0], Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Path root = Path.of(args[1]);
    MemoryStore store = new MemoryStore(root);
    switch (args[0]) {
      case "merge" -> {
        System.out.println("ready");
        for (int i = 0; i < Integer.parseInt(args[3]); i++) {
          if (i % MERGE_EVERY == 0) {
            store.update(oneModule(args[2] + "-" + i), null);
          } else {
            store.appendLog(entry(i, LocalDate.now(ZoneId.systemDefault())));
          }
        }
      }
      case "append-once" -> {
        try {
          System.out.println("archived " + store.appendLog(entry(-1,
              LocalDate.now(ZoneId.systemDefault()))).archivedEntries());
        } catch (IOException | MemoryFileException e) {
          System.out.println("[ERROR] " + e.getMessage());
          System.exit(1);
        }
      }
      case "append-fixed" -> {
        if (args.length > 2 && args[2].equals("sigxfsz")) {
          // The JVM ignores SIGXFSZ so that writes past the file size limit fail with an
          // IOException; restored to its default, the kernel kills the process right there.
          Signal.handle(new Signal("XFSZ"), SignalHandler.SIG_DFL);
        }
        AppendOutcome outcome = store.appendLog(FIXED_ENTRY);
        System.out.println(outcome.completionDeferred() ? "deferred" : "appended");
      }
      case "full-disk-sweep" -> fullDiskSweep(Path.of(args[1]), Long.parseLong(args[2]),
          args[3]);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  /**
   * Modes {@code merge-forever} and {@code archive-forever}: one thread per project root, each
   * writing into its own root until the process is killed, so that one SIGKILL interrupts as
   * many updates (each at its own point) as there are roots. Prints "ready" once every store is
   * open, waits for the go, then "done INDEX NANOS" after each update of root INDEX.
   */
  private static void forever(String mode, String[] roots) throws IOException {
    List<Thread> writers = new ArrayList<>();
    for (int index = 0; index < roots.length; index++) {
      MemoryStore store = new MemoryStore(Path.of(roots[index]));
      int root = index;
      Thread writer = new Thread(() -> {
        try {
          writeForever(mode, store, root);
        } catch (IOException | MemoryFileException e) {
          // The test sees the line and the process exit: a worker that cannot write has failed.
          System.out.println("[ERROR] root " + root + ": " + e);
          System.exit(1);
        }
      }, "writer-" + index);
      writers.add(writer);
    }
    System.out.println("ready");
    awaitGo();
    writers.forEach(Thread::start);
  }

  private static void writeForever(String mode, MemoryStore store, int root)
      throws IOException, MemoryFileException {
    boolean merge = mode.equals("merge-forever");
    int next = merge ? moduleCount(store) : KillSafetyTest.allIds(store).size();
    while (true) {
      long start = System.nanoTime();
      if (merge) {
        store.update(oneModule("m-" + next++), null);
      } else {
        store.appendLog(entry(next++, LocalDate.now(ZoneId.systemDefault()).minusDays(60)));
      }
      System.out.println("done " + root + " " + (System.nanoTime() - start));
    }
  }

  /** In mode {@code merge}, one operation in this many is a merge, the others appends. */
  static final int MERGE_EVERY = 4;

  /**
   * Blocks until the test writes a line: started ahead, the worker waits for its turn. Exits
   * when the test is gone (its end of the pipe closed) instead of writing for nobody.
   */
  private static void awaitGo() throws IOException {
    if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        .readLine() == null) {
      System.exit(0);
    }
  }

  /** The entry of the crash tests: the same bytes in every process. */
  static final LogEntry FIXED_ENTRY = new LogEntry(LocalDate.of(2026, 11, 25),
      LocalTime.of(12, 0), "crash test", "appended once", List.of(), LogStatus.SUCCESS, "fixed");

  /**
   * In each directory {@code ROOT/k} (k from the comma-separated {@code bytes}), with the file
   * size limit of this very process lowered to {@code offset + k} bytes, appends
   * {@link #FIXED_ENTRY}: the tail write fails at its byte k, as on a disk that fills up there.
   * Prints one line per directory: {@code k appended|deferred|failed: message}.
   */
  private static void fullDiskSweep(Path root, long offset, String bytes) throws Exception {
    String pid = String.valueOf(ProcessHandle.current().pid());
    for (String byteIndex : bytes.split(",", -1)) {
      int k = Integer.parseInt(byteIndex);
      setFileSizeLimit(pid, String.valueOf(offset + k));
      String result;
      try {
        AppendOutcome outcome = new MemoryStore(root.resolve(String.valueOf(k)))
            .appendLog(FIXED_ENTRY);
        result = outcome.completionDeferred() ? "deferred" : "appended";
      } catch (IOException e) {
        result = "failed: " + e.getMessage();
      } finally {
        setFileSizeLimit(pid, "unlimited");
      }
      System.out.println(k + " " + result);
    }
  }

  /** Sets this process's soft limit on file size (the hard limit stays unlimited). */
  private static void setFileSizeLimit(String pid, String bytes) throws Exception {
    Process prlimit = new ProcessBuilder("prlimit", "--pid", pid, "--fsize=" + bytes + ":")
        .inheritIO().start();
    if (prlimit.waitFor() != 0) {
      throw new IllegalStateException("prlimit failed");
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

  private static int moduleCount(MemoryStore store) throws IOException, MemoryFileException {
    Optional<LoadedFile> structure = store.read(MemoryFile.STRUCTURE);
    if (structure.isEmpty()) {
      return 0;
    }
    JsonNode modules = structure.get().document().path("modules");
    return modules.size();
  }
}
