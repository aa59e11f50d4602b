// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokens per kind of source, printed as one {@code [INFO]} line after tokenizing, so that a run
 * shows what its PDFs, Word documents and URLs contributed next to its text files.
 */
final class SourceTally {

  private final Map<SourceFormat, long[]> byFormat = new EnumMap<>(SourceFormat.class);
  private long urlSources;
  private long urlTokens;

  /**
   * Counts one source that was read.
   *
   * @param source the source
   * @param tokens the tokens it gave
   */
  void add(SourceScanner.Source source, long tokens) {
    long[] counts = byFormat.computeIfAbsent(source.format(), f -> new long[2]);
    counts[0]++;
    counts[1] += tokens;
    String path = source.entry().path();
    if (path.startsWith("http://") || path.startsWith("https://")) {
      urlSources++;
      urlTokens += tokens;
    }
  }

  boolean isEmpty() {
    return byFormat.isEmpty();
  }

  String line() {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<SourceFormat, long[]> entry : byFormat.entrySet()) {
      long files = entry.getValue()[0];
      parts.add(String.format(Locale.ROOT, "%s %,d (%,d source%s)", label(entry.getKey()),
          entry.getValue()[1], files, files == 1 ? "" : "s"));
    }
    String urls = urlSources == 0 ? "" : String.format(Locale.ROOT, "; of them fetched from URLs"
        + " %,d (%,d source%s)", urlTokens, urlSources, urlSources == 1 ? "" : "s");
    return "[INFO] Tokens by kind of source: " + String.join(", ", parts) + urls;
  }

  private static String label(SourceFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> "text and code";
      case JSON -> "JSON";
      case JSON_LINES -> "JSON Lines";
      case CSV -> "CSV";
      case TSV -> "TSV";
      case MARKUP -> "HTML/XML";
      case PDF -> "PDF";
      case DOCX -> "DOCX";
    };
  }
}
