// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF through Apache PDFBox: the text of every page in the order the producer wrote it (which is
 * reading order for word processors, TeX, FOP and browsers; PDFBox's own advice, and what keeps
 * columns apart), lines as they are, paragraphs and pages separated by a blank line, and content
 * the document marks as an artifact (running headers, footers, page numbers of tagged PDFs) left
 * out. A word hyphenated at a line end is joined again ({@code "ap-\npears"} becomes
 * {@code "appears\n"}), as {@code pdftotext} does: typesetters break words far more often than
 * they break lines at a compound's own hyphen. Pages go to the sink one by one, so a book never has
 * to fit in memory as text.
 *
 * <p>Files that cannot be read are {@link SourceFormatException}s, so the run skips them with a
 * warning: empty files, files that need a password, files whose permissions forbid extracting
 * text, and files PDFBox cannot parse. A damaged page in a readable file is skipped with a
 * warning of its own and the other pages are kept; a file none of whose pages can be read is
 * skipped whole (nothing of it reaches the sink before that is known).
 */
final class PdfTextExtractor implements TextExtractor {

  /**
   * A letter and a hyphen (ASCII, soft or Unicode) ending a line, then the rest of the word on the
   * next line and the space after it, if any.
   */
  private static final Pattern LINE_END_HYPHEN = Pattern.compile(
      "(\\p{L})[-\u00ad\u2010]\n(\\p{Ll}\\S*)( ?)");

  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");
  /** The PDF header may follow up to 1,024 bytes of something else (ISO 32000-1, annex H). */
  private static final int HEADER_WINDOW = 1024;

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException, SourceFormatException {
    if (Files.size(file) == 0) {
      throw new SourceFormatException(file + ": empty file (0 bytes), not a PDF", null);
    }
    if (!hasPdfHeader(file)) {
      throw new SourceFormatException(file + ": not a PDF (no %PDF- header in its first 1,024"
          + " bytes)", null);
    }
    try (PDDocument document = load(file)) {
      if (!document.getCurrentAccessPermission().canExtractContent()) {
        throw new SourceFormatException(file + ": encrypted, and its permissions forbid"
            + " extracting text; train on a copy whose author allows it", null);
      }
      ArtifactSkippingStripper stripper = new ArtifactSkippingStripper();
      int pages = document.getNumberOfPages();
      int unreadable = 0;
      for (int page = 1; page <= pages; page++) {
        try {
          String text = pageText(document, stripper, page);
          if (!text.isBlank()) {
            sink.accept(text);
          }
        } catch (UnreadablePageException e) {
          unreadable++;
          if (unreadable == pages) {
            throw new SourceFormatException(file + ": no page is readable (page " + page + ": "
                + e.getMessage() + ")", e);
          }
          System.out.println("[WARN] " + file + ": page " + page + " of " + pages + " skipped,"
              + " it is not readable (" + e.getMessage() + ")");
        }
      }
    }
  }

  /**
   * Parses strictly first; a file that needs PDFBox's repairs (a truncated or damaged cross-
   * reference table, for example) is read leniently, with a warning that its text may be
   * incomplete.
   */
  private static PDDocument load(Path file) throws IOException, SourceFormatException {
    try {
      return parse(file, false);
    } catch (InvalidPasswordException e) {
      throw encrypted(file, e);
    } catch (IOException strict) {
      try {
        PDDocument repaired = parse(file, true);
        System.out.println("[WARN] " + file + ": damaged PDF (" + strict.getMessage() + "),"
            + " repaired by PDFBox; its text may be incomplete");
        return repaired;
      } catch (InvalidPasswordException e) {
        throw encrypted(file, e);
      } catch (IOException e) {
        throw new SourceFormatException(file + ": not a readable PDF (" + strict.getMessage()
            + ")", e);
      }
    }
  }

  private static PDDocument parse(Path file, boolean lenient) throws IOException {
    RandomAccessReadBufferedFile input = new RandomAccessReadBufferedFile(file.toFile());
    try {
      return new PDFParser(input).parse(lenient);
    } catch (IOException e) {
      input.close();
      throw e;
    }
  }

  private static boolean hasPdfHeader(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(HEADER_WINDOW + 5);
    }
    return new String(start, StandardCharsets.ISO_8859_1).contains("%PDF-");
  }

  private static SourceFormatException encrypted(Path file, InvalidPasswordException e) {
    return new SourceFormatException(file + ": encrypted, opening it needs a password; save an"
        + " unencrypted copy to train on it", e);
  }

  private static String pageText(PDDocument document, ArtifactSkippingStripper stripper, int page)
      throws UnreadablePageException {
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    try {
      return tidyBlankLines(dehyphenate(stripper.getText(document)));
    } catch (IOException e) {
      throw new UnreadablePageException(e);
    }
  }

  /** Joins words hyphenated at line ends; the rest of the line stays on the next line. */
  static String dehyphenate(String text) {
    return LINE_END_HYPHEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) + m.group(2) + (m.group(3).isEmpty() ? "" : "\n")));
  }

  /**
   * No spaces at line ends (PDFBox leaves the word separator there), at most one blank line in a
   * row, and none at the start of a page.
   */
  static String tidyBlankLines(String text) {
    String lines = TRAILING_SPACES.matcher(text).replaceAll("\n");
    return BLANK_LINES.matcher(lines).replaceAll("\n\n").stripLeading();
  }

  /** PDFBox could not turn one page into text. */
  private static final class UnreadablePageException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadablePageException(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }
}
