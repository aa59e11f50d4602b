package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PDF extraction on real PDFs of five producers, against {@code pdftotext} 22.12.0 (poppler-utils;
 * its output is committed next to the PDFs, made by {@code src/test/documents/make-documents.sh}).
 */
class PdfTextExtractorTest {

  @TempDir
  Path dir;

  private static String text(Path file) throws IOException, SourceFormatException {
    return Documents.text(new PdfTextExtractor(), file);
  }

  private static List<String> pdftotext(String name) throws IOException {
    return Documents.words(Files.readString(Documents.folder("pdftotext").resolve(name + ".txt"),
        StandardCharsets.UTF_8));
  }

  /** Agreement measured on these files: 0.9957, 0.9850, 0.9835, 0.9894, 0.9987. */
  @ParameterizedTest
  @CsvSource({
      "docbook-xsl-reference-p9-12, pdfTeX-1.40.10",
      "erlang-otp-system-p20-23, Apache FOP Version 2.8",
      "reportlab-userguide-p9-12, ReportLab PDF Library",
      "sqlite-whentouse-libreoffice, LibreOffice 7.4",
      "sqlite3-man-ghostscript, GPL Ghostscript 10.00.0"})
  void agreesWithPdftotextAfterWhitespaceNormalisation(String name, String producer)
      throws Exception {
    Path pdf = Documents.folder("pdf").resolve(name + ".pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getDocumentInformation().getProducer()).startsWith(producer);
    }
    List<String> ours = Documents.words(text(pdf));
    List<String> theirs = pdftotext(name);
    double agreement = Documents.agreement(ours, theirs);
    System.out.printf(Locale.ROOT, "[INFO] %s (%s): %d words, pdftotext %d, agreement %.4f%n",
        name, producer, ours.size(), theirs.size(), agreement);
    assertThat(agreement).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void taggedPdfLosesItsRunningHeaderAndFooterAndNothingElse() throws Exception {
    String name = "sqlite-whentouse-libreoffice";
    String ours = text(Documents.folder("pdf").resolve(name + ".pdf"));
    List<String> theirs = pdftotext(name);
    String header = "Appropriate Uses For SQLite (SQLite documentation, public domain)";
    String pdftotextText = String.join(" ", theirs);
    assertThat(count(pdftotextText, Pattern.quote(header))).isEqualTo(5);
    assertThat(count(pdftotextText, "Page \\d")).isEqualTo(5);
    assertThat(ours).doesNotContain("SQLite documentation, public domain").doesNotContainPattern(
        "Page \\d");
    List<String> words = Documents.words(ours);
    // Every word of ours is in pdftotext's output in the same order: only the artifacts are gone.
    assertThat(Documents.commonWords(words, theirs)).isEqualTo(words.size());
    assertThat(theirs.size() - words.size()).isEqualTo(5 * Documents.words(header).size() + 5 * 2);
  }

  @Test
  void paragraphsAndPagesAreSeparatedByABlankLine() throws Exception {
    String ours = text(Documents.folder("pdf").resolve("sqlite-whentouse-libreoffice.pdf"));
    assertThat(ours).startsWith("Appropriate Uses For SQLite\n\nSQLite is not directly comparable"
        + " to client/server SQL database engines such\nas MySQL, Oracle, PostgreSQL, or SQL Server"
        + " since SQLite is trying to solve\na different problem.\n\nClient/server SQL database");
    assertThat(ours).doesNotContain("\n\n\n");
  }

  @Test
  void wordsHyphenatedAtLineEndsAreJoined() {
    assertThat(PdfTextExtractor.dehyphenate("this ap-\npears twice\nand sec-\nond.\nA well-\n"
        + "Known name")).isEqualTo("this appears\ntwice\nand second.\nA well-\nKnown name");
  }

  @Test
  void passwordProtectedPdfIsSkippedWithTheReason() {
    Path file = Documents.folder("broken").resolve("encrypted-password.pdf");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": encrypted, opening it needs a password; save an unencrypted copy"
            + " to train on it");
  }

  @Test
  void pdfWhosePermissionsForbidExtractionIsSkipped() {
    Path file = Documents.folder("broken").resolve("encrypted-no-extract.pdf");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": encrypted, and its permissions forbid extracting text; train on a"
            + " copy whose author allows it");
  }

  @Test
  void fileThatIsNotAPdfIsSkipped() {
    Path file = Documents.folder("broken").resolve("not-a-pdf.pdf");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": not a PDF (no %PDF- header in its first 1,024 bytes)");
  }

  @Test
  void zeroBytePdfIsSkipped() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.pdf"));
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": empty file (0 bytes), not a PDF");
  }

  @Test
  void truncatedPdfIsRepairedWithAWarning() throws Exception {
    Path file = Documents.folder("broken").resolve("truncated.pdf");
    String ours;
    String console;
    try (CapturedConsole captured = new CapturedConsole()) {
      ours = text(file);
      console = captured.text();
    }
    assertThat(console).isEqualTo("[WARN] " + file
        + ": damaged PDF (Missing end of file marker '%%EOF'), repaired by PDFBox; its text may be"
        + " incomplete\n");
    // What was repaired is the start of the intact file's text.
    String whole = text(Documents.folder("pdf").resolve("docbook-xsl-reference-p9-12.pdf"));
    assertThat(ours).isNotEmpty();
    assertThat(whole).startsWith(ours.substring(0, 200));
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
