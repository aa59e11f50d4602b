// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TrainingProcess} child JVM whose output lines (standard output and error together) are
 * collected by a reader thread, for the tests that kill or signal a real training run.
 */
final class TrainingChild {

  private static final long TIMEOUT_SECONDS = 180;
  private static final String EXIT = "\u0000exit";

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  /**
   * Starts the child on {@code dir/config.yaml}.
   *
   * @param dir the run's directory
   * @param extraArgs TrainingProcess's optional arguments
   * @throws IOException when the JVM cannot start
   */
  TrainingChild(Path dir, String... extraArgs) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dai.djl.offline=true", "-Dfile.encoding=UTF-8",
        TrainingProcess.class.getName(), dir.resolve("config.yaml").toString()));
    command.addAll(List.of(extraArgs));
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread reader = new Thread(this::pump);
    reader.setDaemon(true);
    reader.start();
  }

  private void pump() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("[ERROR] reading child output failed: " + e.getMessage());
    }
    lines.add(EXIT);
  }

  /** Reads lines until one starts with {@code prefix}; returns every line read so far. */
  List<String> awaitLineStartingWith(String prefix) throws InterruptedException {
    while (true) {
      String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (line == null || EXIT.equals(line)) {
        throw new AssertionError("child ended or hung before printing '" + prefix + "':\n"
            + String.join("\n", seen));
      }
      seen.add(line);
      if (line.startsWith(prefix)) {
        return seen;
      }
    }
  }

  /** Waits for the child to exit with status 0; returns every line it printed. */
  List<String> awaitExit() throws InterruptedException {
    return awaitExit(0);
  }

  /** Waits for the child to exit with {@code status}; returns every line it printed. */
  List<String> awaitExit(int status) throws InterruptedException {
    for (String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS); !EXIT.equals(line);
        line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      if (line == null) {
        process.destroyForcibly();
        throw new AssertionError("child hung:\n" + String.join("\n", seen));
      }
      seen.add(line);
    }
    assertThat(process.waitFor()).as(String.join("\n", seen)).isEqualTo(status);
    return seen;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: Process.destroyForcibly sends SIGKILL on Unix; nothing in the child runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor()).isEqualTo(137);
  }

  /**
   * Sends a signal with {@code kill -<name> <pid>} (SIGTERM is also what Process.destroy sends).
   *
   * @param name the signal's name without SIG: INT, TERM, HUP
   */
  void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid()))
        .redirectErrorStream(true).start();
    assertThat(kill.waitFor()).as("kill -" + name).isZero();
  }

  /**
   * Whether the child ignores a signal (inherited SIG_IGN, as for SIGINT in a job started with
   * {@code &} by a shell without job control): such a signal never reaches the JVM.
   *
   * @param number the signal's number
   */
  boolean ignores(int number) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
        return (mask & (1L << (number - 1))) != 0;
      }
    }
    return false;
  }
}
