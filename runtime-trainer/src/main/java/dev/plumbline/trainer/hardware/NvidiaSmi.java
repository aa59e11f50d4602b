// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * GPU names from {@code nvidia-smi}: DJL's CudaUtils gives count, capability and memory but not
 * the name, and the precision table is keyed by name (an A100 40GB and 80GB share capability 8.0).
 */
final class NvidiaSmi {

  /**
   * One GPU as nvidia-smi reports it.
   *
   * @param name device name
   * @param memoryMib total memory in MiB
   * @param computeCapability for example {@code 9.0}
   */
  record Row(String name, long memoryMib, String computeCapability) {
  }

  static final List<String> COMMAND = List.of("nvidia-smi",
      "--query-gpu=name,memory.total,compute_cap", "--format=csv,noheader,nounits");

  private NvidiaSmi() {
  }

  /**
   * Runs nvidia-smi.
   *
   * @return its rows, or empty when it is missing, fails or does not answer within 10 s
   */
  static Optional<List<Row>> query() {
    try {
      Process process = new ProcessBuilder(COMMAND).redirectErrorStream(true).start();
      String output;
      try (InputStream stdout = process.getInputStream()) {
        output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroy();
        return Optional.empty();
      }
      List<Row> rows = parse(output);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * Parses {@code name, memory MiB, capability} lines; malformed lines are skipped.
   *
   * @param output nvidia-smi's CSV output
   * @return the rows
   */
  static List<Row> parse(String output) {
    List<Row> rows = new ArrayList<>();
    for (String line : output.lines().toList()) {
      parseRow(line).ifPresent(rows::add);
    }
    return rows;
  }

  private static Optional<Row> parseRow(String line) {
    String[] fields = line.split(",", -1);
    if (fields.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Row(fields[0].strip(), Long.parseLong(fields[1].strip()),
          fields[2].strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
