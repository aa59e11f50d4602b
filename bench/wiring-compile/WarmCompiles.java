// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles the same sources again and again in one JVM, alternating two javac option sets, and
 * prints what the second costs over the first in javac's main-thread CPU time.
 *
 * <p>Why: on a small shared machine the same cold compilation of Guava takes anywhere from 10.5
 * to 15 s, more than the verifier's whole cost. Once javac's own code is compiled by the JIT its
 * time is steadier, and main-thread CPU time leaves out the JIT and GC threads (single rounds
 * still differ by a few hundred milliseconds: take the median of several). The verifier still
 * runs cold in every round: javac loads plugins through a new class loader per compilation. So
 * the difference is the verifier's own cost, on code as cold as in a real build, against a warm
 * javac (about a quarter of a cold javac's time, so the ratio printed is not the cold one).
 *
 * <p>Usage: {@code java WarmCompiles WARMUP ROUNDS SOURCE_LIST CLASSPATH OUTPUT_DIR -- A... -- B...}
 *
 * <p>The report calls A "without" and B "plugin" (the goal's pair); {@code -Dwarm.first=...} and
 * {@code -Dwarm.second=...} name them otherwise (run.sh's warm-processor pair: a do-nothing
 * processor and the verifier as processor).
 */
public final class WarmCompiles {

  private WarmCompiles() {}

  /**
   * Runs the rounds.
   *
   * @param args see the class comment
   * @throws IOException when the source list cannot be read
   */
  public static void main(String[] args) throws IOException {
    int warmup = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<String> sources = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
    List<String> common = List.of("-encoding", "UTF-8", "-Xmaxwarns", "1", "-cp", args[3],
        "-d", args[4]);
    List<List<String>> variants = variants(args);
    double[][] seconds = new double[2][rounds];
    for (int round = -warmup; round < rounds; round++) {
      for (int i = 0; i < 2; i++) {
        // Alternate which variant goes first, so that drift within a round favours neither.
        int variant = Math.floorMod(round, 2) == 0 ? i : 1 - i;
        double cpu = compile(common, variants.get(variant), sources);
        if (round >= 0) {
          seconds[variant][round] = cpu;
        }
      }
    }
    report(seconds, rounds);
  }

  private static List<List<String>> variants(String[] args) {
    List<List<String>> variants = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      if (args[i].equals("--")) {
        variants.add(new ArrayList<>());
      } else {
        variants.get(variants.size() - 1).add(args[i]);
      }
    }
    if (variants.size() != 2) {
      throw new IllegalArgumentException("expected two option sets, each after --");
    }
    return variants;
  }

  /** One compilation; returns the main thread's CPU seconds. Fails on a compilation error. */
  private static double compile(List<String> common, List<String> variant, List<String> sources)
      throws IOException {
    List<String> options = new ArrayList<>(common);
    options.addAll(variant);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.gc(); // the previous round's garbage is not this round's cost
    long start = threads.getCurrentThreadCpuTime();
    boolean compiled = ToolsJavac.compile(options, sources, new StringWriter(), diagnostic -> { });
    if (!compiled) {
      throw new IllegalStateException("the compilation failed with options " + variant);
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e9;
  }

  private static void report(double[][] seconds, int rounds) {
    double[] differences = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      differences[round] = seconds[1][round] - seconds[0][round];
    }
    double first = median(seconds[0]);
    double second = median(seconds[1]);
    String firstName = System.getProperty("warm.first", "without");
    String secondName = System.getProperty("warm.second", "plugin");
    System.out.printf(
        "✓ warm javac, main-thread CPU over %d rounds: median %s %.3f s, %s %.3f s;"
            + " the %s costs %.0f ms per compilation (median of the rounds' differences),"
            + " %.3f of %s%n",
        rounds, firstName, first, secondName, second, secondName, median(differences) * 1000,
        second / first, "without".equals(firstName) ? "a warm javac" : "the " + firstName);
    double[] sorted = differences.clone();
    Arrays.sort(sorted);
    StringBuilder spread = new StringBuilder("[INFO] the rounds' differences, sorted (ms):");
    for (double difference : sorted) {
      spread.append(' ').append(Math.round(difference * 1000));
    }
    System.out.println(spread);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
