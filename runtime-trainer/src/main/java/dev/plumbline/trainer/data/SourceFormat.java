// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of source file the tokenizer reads, recognised by extension. */
enum SourceFormat {
  /** Plain text, Markdown, reStructuredText and source code. */
  PLAIN_TEXT,
  /** JSON: string values. */
  JSON,
  /** JSON Lines: string values of every line. */
  JSON_LINES,
  /** Comma-separated values. */
  CSV,
  /** Tab-separated values. */
  TSV,
  /** HTML and XML: text without tags. */
  MARKUP;

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
    return Optional.ofNullable(ofExtension(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  private static SourceFormat ofExtension(String extension) {
    return switch (extension) {
      case "txt", "text", "md", "markdown", "rst", "adoc", "tex", "java", "kt", "kts", "scala",
          "groovy", "gradle", "py", "js", "mjs", "ts", "tsx", "jsx", "c", "h", "cc", "cpp", "hpp",
          "cs", "go", "rs", "rb", "php", "swift", "sh", "bash", "sql", "r", "lua", "pl", "hs",
          "ml", "clj", "css", "scss", "properties", "yaml", "yml", "toml", "ini", "cfg" ->
          PLAIN_TEXT;
      case "json" -> JSON;
      case "jsonl", "ndjson" -> JSON_LINES;
      case "csv" -> CSV;
      case "tsv" -> TSV;
      case "html", "htm", "xhtml", "xml" -> MARKUP;
      default -> null;
    };
  }

  TextExtractor extractor() {
    return switch (this) {
      case PLAIN_TEXT -> new PlainTextExtractor();
      case JSON -> new JsonTextExtractor(false);
      case JSON_LINES -> new JsonTextExtractor(true);
      case CSV -> new CsvTextExtractor(',');
      case TSV -> new CsvTextExtractor('\t');
      case MARKUP -> new MarkupTextExtractor();
    };
  }
}
