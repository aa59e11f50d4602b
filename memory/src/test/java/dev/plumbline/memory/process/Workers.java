package dev.plumbline.memory.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Starts {@link MemoryWorker} JVMs with this test's class path, tuned for a fast start. */
final class Workers {

  private Workers() {}

  /** A short-lived worker: the C1 compiler only, which starts fastest. */
  static Process start(String... args) throws IOException {
    return start(List.of("-XX:TieredStopAtLevel=1"), args);
  }

  /** A long-running worker: the full tiered compiler. */
  static Process startLongRunning(String... args) throws IOException {
    return start(List.of(), args);
  }

  /**
   * A short-lived worker that may not grow any file beyond {@code bytes} (RLIMIT_FSIZE, set by
   * util-linux's prlimit): a write past it is cut at the limit and the next one fails with "File
   * too large", the way a write on a full disk fails with "No space left on device". The JVM
   * ignores SIGXFSZ, so the write returns the error, unless the worker restores the signal's
   * default action (mode argument {@code sigxfsz}): then the kernel kills it right there, after
   * exactly the bytes the limit allows.
   */
  static Process startWithFileSizeLimit(long bytes, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("prlimit", "--fsize=" + bytes + ":" + bytes,
        "--"));
    command.addAll(javaCommand(List.of("-XX:TieredStopAtLevel=1"), args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static Process start(List<String> jvmOptions, String... args) throws IOException {
    return new ProcessBuilder(javaCommand(jvmOptions, args)).redirectErrorStream(true).start();
  }

  private static List<String> javaCommand(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m", "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), MemoryWorker.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Workers of one mode handed on like a relay baton: the next one is started (a JVM start, its
   * classes loaded) while the current one runs; {@link #go} lets the started one write. Each
   * worker writes into every one of the given project roots at once.
   */
  static final class Relay {

    private final String[] args;
    private @Nullable Process next;

    Relay(String mode, List<Path> roots) throws IOException {
      List<String> all = new ArrayList<>(List.of(mode));
      roots.forEach(root -> all.add(root.toString()));
      this.args = all.toArray(String[]::new);
      this.next = start(args);
    }

    /**
     * Waits until the next worker is ready, tells it to write, and starts the one after it when
     * {@code more} are needed.
     */
    Running go(boolean more) throws IOException {
      Process current = next;
      if (current == null) {
        throw new AssertionError("the relay was told that no worker follows");
      }
      BufferedReader out = awaitReady(current);
      current.getOutputStream().write('\n');
      current.getOutputStream().flush();
      next = more ? start(args) : null;
      return new Running(current, out);
    }
  }

  /**
   * A worker that is writing, and its output.
   *
   * @param process the worker
   * @param out what it prints, after "ready"
   */
  record Running(Process process, BufferedReader out) {

    /**
     * Blocks until the worker reported at least one completed update ("done INDEX NANOS") in
     * every one of its {@code roots} roots since it started, and {@code count} in root
     * {@code aimed}; fails with its output if it died first.
     *
     * @return how long the last update of root {@code aimed} took, in nanoseconds
     */
    long awaitUpdates(int roots, int aimed, int count) throws IOException {
      StringBuilder seen = new StringBuilder();
      int[] done = new int[roots];
      long lastNanos = 0;
      int waitingFor = roots;
      while (waitingFor > 0 || done[aimed] < count) {
        String next = out.readLine();
        if (next == null) {
          throw new IllegalStateException("worker exited:\n" + seen);
        }
        seen.append(next).append('\n');
        if (next.startsWith("done ")) {
          String[] fields = next.split(" ", -1);
          int root = Integer.parseInt(fields[1]);
          waitingFor -= done[root]++ == 0 ? 1 : 0;
          if (root == aimed) {
            lastNanos = Long.parseLong(fields[2]);
          }
        }
      }
      return lastNanos;
    }
  }

  /** Blocks until the worker printed "ready"; fails with its output if it died first. */
  static BufferedReader awaitReady(Process process) throws IOException {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line = out.readLine();
    while (line != null && !line.equals("ready")) {
      seen.append(line).append('\n');
      line = out.readLine();
    }
    if (line == null) {
      throw new IllegalStateException("worker exited before it was ready:\n" + seen);
    }
    return out;
  }

  static String drain(BufferedReader out) throws IOException {
    StringBuilder rest = new StringBuilder();
    String line = out.readLine();
    while (line != null) {
      rest.append(line).append('\n');
      line = out.readLine();
    }
    return rest.toString();
  }
}
