// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
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

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException, SourceFormatException {
    if (Files.size(file) == 0) {
      throw new SourceFormatException(file + ": empty file (0 bytes), not a PDF", null);
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

  private static PDDocument load(Path file) throws SourceFormatException {
    try {
      return Loader.loadPDF(file.toFile());
    } catch (InvalidPasswordException e) {
      throw new SourceFormatException(file + ": encrypted, opening it needs a password; save an"
          + " unencrypted copy to train on it", e);
    } catch (IOException e) {
      throw new SourceFormatException(file + ": not a readable PDF (" + e.getMessage() + ")", e);
    }
  }

  private static String pageText(PDDocument document, ArtifactSkippingStripper stripper, int page)
      throws UnreadablePageException {
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    try {
      return dehyphenate(stripper.getText(document));
    } catch (IOException e) {
      throw new UnreadablePageException(e);
    }
  }

  /** Joins words hyphenated at line ends; the rest of the line stays on the next line. */
  static String dehyphenate(String text) {
    return LINE_END_HYPHEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) + m.group(2) + (m.group(3).isEmpty() ? "" : "\n")));
  }

  /** PDFBox could not turn one page into text. */
  private static final class UnreadablePageException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadablePageException(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }
}
