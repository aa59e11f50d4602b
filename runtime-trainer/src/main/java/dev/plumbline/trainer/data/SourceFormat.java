// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of source file the tokenizer reads, recognised by extension. */
public enum SourceFormat {
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
  MARKUP,
  /** PDF: the text of its pages (Apache PDFBox). */
  PDF,
  /** Word documents (Office Open XML): body text, footnotes and endnotes (Apache POI). */
  DOCX;

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

  /**
   * The format of a fetched body, by its media type ({@code Content-Type} without parameters).
   *
   * @param mediaType for example {@code text/html}
   * @return its format, or empty when the trainer does not read that kind of content
   */
  static Optional<SourceFormat> ofMediaType(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT).strip();
    return Optional.ofNullable(switch (type) {
      case "text/html", "application/xhtml+xml", "text/xml", "application/xml" -> MARKUP;
      case "application/pdf" -> PDF;
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> DOCX;
      case "application/json" -> JSON;
      case "application/x-ndjson", "application/jsonl", "application/jsonlines" -> JSON_LINES;
      case "text/csv" -> CSV;
      case "text/tab-separated-values" -> TSV;
      default -> type.startsWith("text/") ? PLAIN_TEXT
          : type.endsWith("+xml") ? MARKUP : null;
    });
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
      case "pdf" -> PDF;
      case "docx" -> DOCX;
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
      case PDF -> new PdfTextExtractor();
      case DOCX -> new DocxTextExtractor();
    };
  }
}
