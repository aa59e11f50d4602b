package dev.plumbline.memory.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
   * A short-lived worker that may not grow any file beyond {@code kilobytes} (RLIMIT_FSIZE, as
   * bash's ulimit -f sets it): a write past it fails with "File too large", the way a write on a
   * full disk fails with "No space left on device". The JVM ignores SIGXFSZ, so the write
   * returns the error instead of killing the process.
   */
  static Process startWithFileSizeLimit(int kilobytes, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "ulimit -f " + kilobytes + " && exec \"$@\"", "worker"));
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
