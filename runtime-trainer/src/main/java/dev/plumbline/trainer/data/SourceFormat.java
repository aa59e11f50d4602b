// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of source file the tokenizer reads, recognised by extension. */
public enum SourceFormat {
  /** Plain text, Markdown, reStructuredText and source code. */
  PLAIN_TEXT(new PlainTextExtractor(), "txt", "text", "md", "markdown", "rst", "adoc", "tex",
      "java", "kt", "kts", "scala", "groovy", "gradle", "py", "js", "mjs", "ts", "tsx", "jsx", "c",
      "h", "cc", "cpp", "hpp", "cs", "go", "rs", "rb", "php", "swift", "sh", "bash", "sql", "r",
      "lua", "pl", "hs", "ml", "clj", "css", "scss", "properties", "yaml", "yml", "toml", "ini",
      "cfg"),
  /** JSON: string values. */
  JSON(new JsonTextExtractor(false), "json"),
  /** JSON Lines: string values of every line. */
  JSON_LINES(new JsonTextExtractor(true), "jsonl", "ndjson"),
  /** Comma-separated values. */
  CSV(new CsvTextExtractor(','), "csv"),
  /** Tab-separated values. */
  TSV(new CsvTextExtractor('\t'), "tsv"),
  /** HTML and XML: text without tags. */
  MARKUP(new MarkupTextExtractor(), "html", "htm", "xhtml", "xml");

  private final TextExtractor extractor;
  private final Set<String> extensions;

  SourceFormat(TextExtractor extractor, String... extensions) {
    this.extractor = extractor;
    this.extensions = Set.of(extensions);
  }

  /**
   * The format of a file, by its extension.
   *
   * @param file the file
   * @return its format, or empty when the trainer does not read that kind of file
   */
  public static Optional<SourceFormat> of(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (SourceFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  TextExtractor extractor() {
    return extractor;
  }
}
