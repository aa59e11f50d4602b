package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DOCX extraction on real Word documents (mammoth's test files, written by Word) and LibreOffice
 * documents made from SQLite's public-domain documentation, against the documents' own XML: the
 * {@code w:t} text of {@code word/document.xml}, {@code footnotes.xml} and {@code endnotes.xml}
 * read with the JDK's StAX parser, independently of POI.
 */
class DocxTextExtractorTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  @TempDir
  Path dir;

  private static String text(Path file) throws IOException, SourceFormatException {
    return Documents.text(new DocxTextExtractor(), file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite-whentouse-libreoffice", "sqlite-datatypes-libreoffice",
      "mammoth-single-paragraph", "mammoth-tables", "mammoth-text-box", "mammoth-simple-list",
      "mammoth-footnotes", "mammoth-endnotes", "mammoth-comments", "mammoth-utf8-bom",
      "mammoth-empty"})
  void agreesWithTheDocumentsOwnXmlText(String name) throws Exception {
    Path docx = Documents.folder("docx").resolve(name + ".docx");
    // The cell separators are this extractor's layout, not the document's text: a "|" standing
    // alone is left out on both sides.
    List<String> ours = withoutBars(Documents.words(text(docx)));
    List<String> xml = withoutBars(Documents.words(xmlText(docx)));
    System.out.printf(Locale.ROOT, "[INFO] %s: %d words, XML %d, agreement %.4f%n", name,
        ours.size(), xml.size(), Documents.agreement(ours, xml));
    assertThat(ours).as(() -> firstDifference(ours, xml)).isEqualTo(xml);
  }

  private static List<String> withoutBars(List<String> words) {
    return words.stream().filter(w -> !w.equals("|")).toList();
  }

  private static String firstDifference(List<String> ours, List<String> xml) {
    int i = 0;
    while (i < ours.size() && i < xml.size() && ours.get(i).equals(xml.get(i))) {
      i++;
    }
    int from = Math.max(0, i - 5);
    return "first difference at word " + i + ": ours " + ours.subList(from,
        Math.min(ours.size(), i + 8)) + ", XML " + xml.subList(from, Math.min(xml.size(), i + 8));
  }

  @Test
  void paragraphsAreSeparatedByABlankLineAndTableRowsKeepTheirCellsTogether() throws Exception {
    assertThat(text(Documents.folder("docx").resolve("mammoth-tables.docx")))
        .isEqualTo("Above\n\nTop left | Top right\nBottom left | Bottom right\n\nBelow\n\n");
    assertThat(text(Documents.folder("docx").resolve("mammoth-simple-list.docx")))
        .isEqualTo("Apple\n\nBanana\n\n");
  }

  @Test
  void footnotesFollowTheBodyWithoutReferenceMarkers() throws Exception {
    String text = text(Documents.folder("docx").resolve("mammoth-footnotes.docx"));
    assertThat(text).startsWith("Ouch.\n\n").contains("A tachyon walks into a bar.")
        .doesNotContain("footnoteRef");
  }

  @Test
  void runningHeaderAndFooterAreNotBodyText() throws Exception {
    Path docx = Documents.folder("docx").resolve("sqlite-whentouse-libreoffice.docx");
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      assertThat(zip.getEntry("word/header1.xml")).isNotNull();
    }
    assertThat(text(docx)).startsWith("Appropriate Uses For SQLite\n\nSQLite is not directly")
        .doesNotContain("SQLite documentation, public domain").doesNotContain("Page ");
  }

  @Test
  void strictOoxmlIsSkippedWithTheReason() {
    Path file = Documents.folder("docx").resolve("mammoth-strict-format.docx");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": not a readable Word document (Strict OOXML isn't currently"
            + " supported, please see bug #57699)");
  }

  @Test
  void passwordProtectedDocxIsSkippedWithTheReason() {
    Path file = Documents.folder("broken").resolve("encrypted-password.docx");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": encrypted, opening it needs a password; save an unprotected copy to"
            + " train on it");
  }

  @Test
  void binaryWordDocumentNamedDocxIsSkippedWithTheFix() {
    Path file = Documents.folder("broken").resolve("word97-named.docx");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": a binary Word 97-2003 document (.doc) named .docx; save it as .docx"
            + " (Word or LibreOffice: Save As) to train on it");
  }

  @Test
  void truncatedDocxIsSkipped() {
    Path file = Documents.folder("broken").resolve("truncated.docx");
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith(file + ": not a Word document (");
  }

  @Test
  void zeroByteDocxIsSkipped() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.docx"));
    assertThatThrownBy(() -> text(file)).isInstanceOf(SourceFormatException.class)
        .hasMessage(file + ": empty file (0 bytes), not a Word document");
  }

  /**
   * The oracle: every {@code w:t} of the body, footnotes and endnotes in document order, a tab
   * for {@code w:tab}, a line break for {@code w:br}/{@code w:cr} and after each paragraph;
   * skipped: Word's VML fallback copy of drawings ({@code mc:Fallback}), field codes and deleted
   * text (they are {@code w:instrText} and {@code w:delText}, not {@code w:t}).
   */
  private static String xmlText(Path docx) throws IOException, XMLStreamException {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      for (String part : List.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")) {
        ZipEntry entry = zip.getEntry(part);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            appendXmlText(in, text);
          }
        }
      }
    }
    return text.toString();
  }

  private static void appendXmlText(InputStream in, StringBuilder text) throws XMLStreamException {
    XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
    Deque<Boolean> skipping = new ArrayDeque<>();
    boolean inText = false;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        boolean skip = (!skipping.isEmpty() && skipping.peek())
            || (MC.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("Fallback"));
        skipping.push(skip);
        boolean word = W.equals(reader.getNamespaceURI()) && !skip;
        inText = word && reader.getLocalName().equals("t");
        if (word && reader.getLocalName().equals("tab")) {
          text.append('\t');
        } else if (word && (reader.getLocalName().equals("br")
            || reader.getLocalName().equals("cr"))) {
          text.append('\n');
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        boolean skip = skipping.pop();
        inText = false;
        if (!skip && W.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("p")) {
          text.append('\n');
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA)) {
        text.append(reader.getText());
      }
    }
  }
}
