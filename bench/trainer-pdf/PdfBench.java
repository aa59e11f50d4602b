// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The measuring side of bench/trainer-pdf: alternates rounds of {@link PdfTextExtractor} (in this
 * JVM, after one warm-up round) and of {@code pdftotext} (one process per file, as it is used),
 * over the same PDFs, and prints the medians in MB of PDF per second and their ratio.
 */
public final class PdfBench {

  private PdfBench() {
  }

  /**
   * Runs it.
   *
   * @param args the folder of PDFs, and the number of rounds
   * @throws Exception when a file cannot be read or pdftotext fails
   */
  public static void main(String[] args) throws Exception {
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    int rounds = Integer.parseInt(args[1]);
    long bytes = 0;
    for (Path pdf : pdfs) {
      bytes += Files.size(pdf);
    }
    System.out.printf(Locale.ROOT, "[INFO] %d PDFs, %.2f MB, %d alternating rounds%n",
        pdfs.size(), bytes / 1e6, rounds);
    long[] chars = {0};
    double cold = bytes / 1e6 / seconds(() -> extractAll(pdfs, chars));
    System.out.printf(Locale.ROOT, "[INFO] PDFBox warm-up round (cold JVM): %.2f MB/s, %,d chars"
        + " of text%n", cold, chars[0]);
    List<Double> java = new ArrayList<>();
    List<Double> poppler = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      boolean javaFirst = round % 2 == 1;
      for (int side = 0; side < 2; side++) {
        if ((side == 0) == javaFirst) {
          java.add(bytes / 1e6 / seconds(() -> extractAll(pdfs, new long[1])));
        } else {
          poppler.add(bytes / 1e6 / seconds(() -> pdftotextAll(pdfs)));
        }
      }
      System.out.printf(Locale.ROOT, "[INFO] round %d: PDFBox %.2f MB/s, pdftotext %.2f MB/s%n",
          round, java.get(java.size() - 1), poppler.get(poppler.size() - 1));
    }
    double javaMedian = median(java);
    double popplerMedian = median(poppler);
    System.out.printf(Locale.ROOT, "RESULT pdfbox_mb_s=%.2f pdftotext_mb_s=%.2f ratio=%.3f"
        + " rounds=%d%n", javaMedian, popplerMedian, javaMedian / popplerMedian, rounds);
  }

  private interface Work {
    void run() throws Exception;
  }

  private static double seconds(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void extractAll(List<Path> pdfs, long[] chars) throws IOException,
      SourceFormatException {
    PdfTextExtractor extractor = new PdfTextExtractor();
    for (Path pdf : pdfs) {
      extractor.extract(pdf, text -> chars[0] += text.length());
    }
  }

  private static void pdftotextAll(List<Path> pdfs) throws IOException, InterruptedException {
    for (Path pdf : pdfs) {
      Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      if (process.waitFor() != 0) {
        throw new IOException("pdftotext failed on " + pdf);
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
