package dev.plumbline.trainer.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real documents under {@code src/test/resources/documents/} (see its README.md for where
 * each comes from), and the word-level agreement measure the extraction tests report.
 */
final class Documents {

  private Documents() {
  }

  static Path folder(String name) {
    try {
      return Path.of(Documents.class.getResource("/documents/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(folder(folder))) {
      return files.sorted().toList();
    }
  }

  static String text(TextExtractor extractor, Path file)
      throws IOException, SourceFormatException {
    StringBuilder text = new StringBuilder();
    extractor.extract(file, text::append);
    return text.toString();
  }

  /** Whitespace normalisation: the words, in order. */
  static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** Length of the longest common subsequence of two word lists. */
  static int commonWords(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String word : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }

  /** 2 x common words / (words of a + words of b): 1.0 when both say the same words in order. */
  static double agreement(List<String> a, List<String> b) {
    return a.isEmpty() && b.isEmpty() ? 1.0 : 2.0 * commonWords(a, b) / (a.size() + b.size());
  }
}
