// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.bench;

import dev.plumbline.trainer.data.Batch;
import dev.plumbline.trainer.data.DatasetPreparer;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.data.Tokenizer;
import dev.plumbline.trainer.data.Tokenizers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Java side of bench/trainer-data: getBatch latency (B=64, T=1024) on a token file, and
 * byte-level tokenizer throughput. Run by run.sh with the runtime-trainer class path.
 */
public final class DataBench {

  private static final int BATCH = 64;
  private static final int BLOCK = 1024;

  private DataBench() {
  }

  /**
   * Entry point.
   *
   * @param args {@code getbatch <binDir> <warmup> <measured>} or
   *     {@code tokenize <corpusDir> <workDir> <rounds>}
   * @throws IOException when the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && "getbatch".equals(args[0])) {
      getBatch(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    } else if (args.length == 4 && "tokenize".equals(args[0])) {
      tokenize(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
    } else {
      System.err.println("[ERROR] usage: DataBench getbatch <binDir> <warmup> <measured>"
          + " | tokenize <corpusDir> <workDir> <rounds>");
      System.exit(2);
    }
  }

  private static void getBatch(Path binDir, int warmup, int measured) {
    TokenDataset dataset = TokenDataset.open(binDir, 1337);
    long checksum = 0;
    for (int i = 0; i < warmup; i++) {
      checksum += dataset.getBatch(Split.TRAIN, BATCH, BLOCK).x()[0];
    }
    long[] nanos = new long[measured];
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      Batch batch = dataset.getBatch(Split.TRAIN, BATCH, BLOCK);
      nanos[i] = System.nanoTime() - start;
      checksum += batch.y()[batch.y().length - 1];
    }
    System.out.printf(Locale.ROOT, "[INFO] RESULT java_median_us=%.1f checksum=%d%n",
        median(nanos) / 1e3, checksum);
  }

  private static void tokenize(Path corpus, Path work, int rounds) throws IOException {
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
        bytes += Files.size(file);
      }
    }
    Tokenizer tokenizer = Tokenizers.open("byte");
    long[] encodeNanos = new long[rounds];
    long[] pipelineNanos = new long[rounds];
    long tokens = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (String text : texts) {
        tokens += tokenizer.encode(text).length;
      }
      encodeNanos[round] = System.nanoTime() - start;
      deleteTree(work);
      start = System.nanoTime();
      new DatasetPreparer().prepare(corpus, work.resolve("bin"), tokenizer, 0.1);
      pipelineNanos[round] = System.nanoTime() - start;
    }
    System.out.printf(Locale.ROOT, "[INFO] RESULT corpus_mb=%.1f encode_mb_s=%.1f"
        + " pipeline_mb_s=%.1f tokens=%d%n", bytes / 1e6, bytes / 1e6 / (median(encodeNanos) / 1e9),
        bytes / 1e6 / (median(pipelineNanos) / 1e9), tokens / rounds);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
