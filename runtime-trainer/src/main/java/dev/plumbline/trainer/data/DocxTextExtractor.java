// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFAbstractSDT;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.w3c.dom.Node;

/**
 * Word documents ({@code .docx}) through Apache POI's XWPF model: the body in document order
 * (paragraphs, text boxes after the paragraph they are anchored in, tables with one row per line
 * and cells joined by {@code " | "}, content controls), then the footnotes and endnotes, which are the author's text too. Paragraphs are separated by a
 * blank line. Running headers and footers, comments, field codes and deleted (tracked) text are not
 * body text and are left out.
 *
 * <p>Files that cannot be read are {@link SourceFormatException}s, so the run skips them with a
 * warning: empty files, password-protected documents (an encrypted {@code .docx} is an OLE2
 * container, not a ZIP), binary Word 97-2003 files named {@code .docx}, Strict OOXML (which POI
 * does not read) and anything else that is not a readable Office Open XML package.
 */
final class DocxTextExtractor implements TextExtractor {

  private static final String PARAGRAPH_END = "\n\n";
  private static final String WORDPROCESSING =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MARKUP_COMPATIBILITY =
      "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String CELL_SEPARATOR = " | ";
  /** POI writes a marker where a run holds a footnote reference; it is not the author's text. */
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
  private static final Pattern NOTE_MARKER = Pattern.compile("\\[(?:footnote|endnote)Ref:-?\\d+]");

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException, SourceFormatException {
    if (Files.size(file) == 0) {
      throw new SourceFormatException(file + ": empty file (0 bytes), not a Word document", null);
    }
    rejectOle2(file);
    StringBuilder text = new StringBuilder();
    try (XWPFDocument document = open(file)) {
      for (IBodyElement element : document.getBodyElements()) {
        appendBodyElement(element, text);
      }
      appendNotes(document.getFootnotes(), text);
      appendNotes(document.getEndnotes(), text);
    } catch (POIXMLException e) {
      throw new SourceFormatException(file + ": not a readable Word document (" + e.getMessage()
          + ")", e);
    }
    if (!text.isEmpty()) {
      sink.accept(text.toString());
    }
  }

  /**
   * An encrypted DOCX and a renamed .doc are OLE2 files, not ZIPs: say which, before POI says
   * only that the file is not OOXML.
   */
  private static void rejectOle2(Path file) throws IOException, SourceFormatException {
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic != FileMagic.OLE2) {
      return;
    }
    try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
      if (container.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        throw new SourceFormatException(file + ": encrypted, opening it needs a password; save"
            + " an unprotected copy to train on it", null);
      }
      if (container.getRoot().hasEntryCaseInsensitive("WordDocument")) {
        throw new SourceFormatException(file + ": a binary Word 97-2003 document (.doc) named"
            + " .docx; save it as .docx (Word or LibreOffice: Save As) to train on it", null);
      }
    } catch (IOException e) {
      throw new SourceFormatException(file + ": a damaged OLE2 file, not a Word document ("
          + e.getMessage() + ")", e);
    }
    throw new SourceFormatException(file + ": an OLE2 file but not a Word document", null);
  }

  private static XWPFDocument open(Path file) throws IOException, SourceFormatException {
    OPCPackage container;
    try {
      container = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | UnsupportedFileFormatException e) {
      throw new SourceFormatException(file + ": not a Word document (" + e.getMessage() + ")", e);
    }
    try {
      return new XWPFDocument(container);
    } catch (IOException | POIXMLException e) {
      container.revert();
      throw new SourceFormatException(file + ": not a readable Word document (" + e.getMessage()
          + ")", e);
    }
  }

  private static void appendBodyElement(IBodyElement element, StringBuilder text) {
    String block = blockText(element);
    if (!block.isBlank()) {
      text.append(block.strip()).append(PARAGRAPH_END);
    }
  }

  private static String blockText(IBodyElement element) {
    return switch (element.getElementType()) {
      case PARAGRAPH -> paragraphText((XWPFParagraph) element);
      case TABLE -> tableText((XWPFTable) element);
      case CONTENTCONTROL -> ((XWPFAbstractSDT) element).getContent().getText();
    };
  }

  private static String paragraphText(XWPFParagraph paragraph) {
    StringBuilder text = new StringBuilder();
    for (IRunElement run : paragraph.getIRuns()) {
      if (run instanceof XWPFRun textRun) {
        text.append(runText(textRun));
      } else if (run instanceof XWPFAbstractSDT control) {
        text.append(control.getContent().getText());
      }
    }
    appendTextBoxes(paragraph, text);
    return text.toString();
  }

  /**
   * Text boxes anchored in a paragraph, after its own text: POI's runs do not reach into drawings.
   * Word stores each box twice (DrawingML, and VML under {@code mc:Fallback} for old readers); the
   * fallback copy is skipped.
   */
  private static void appendTextBoxes(XWPFParagraph paragraph, StringBuilder text) {
    try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
      cursor.selectPath("declare namespace w='" + WORDPROCESSING + "' .//w:txbxContent");
      while (cursor.toNextSelection()) {
        Node box = cursor.getDomNode();
        if (!insideFallback(box)) {
          appendTextBoxParagraphs(box, text);
        }
      }
    }
  }

  private static boolean insideFallback(Node node) {
    for (Node up = node.getParentNode(); up != null; up = up.getParentNode()) {
      if ("Fallback".equals(up.getLocalName()) && MARKUP_COMPATIBILITY.equals(up.getNamespaceURI())) {
        return true;
      }
    }
    return false;
  }

  /** Each {@code w:p} of the box as a paragraph of its own: its {@code w:t} text. */
  private static void appendTextBoxParagraphs(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (isWordElement(child, "p")) {
        StringBuilder line = new StringBuilder();
        appendTextElements(child, line);
        if (!line.toString().isBlank()) {
          text.append(PARAGRAPH_END).append(line.toString().strip());
        }
      } else {
        appendTextBoxParagraphs(child, text);
      }
    }
  }

  private static void appendTextElements(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        // XMLBeans' DOM has no getTextContent(): the text of w:t is its text children.
        text.append(insideWordText(child) ? child.getNodeValue() : "");
      } else if (isWordElement(child, "tab")) {
        text.append('\t');
      } else {
        appendTextElements(child, text);
      }
    }
  }

  private static boolean insideWordText(Node textNode) {
    return isWordElement(textNode.getParentNode(), "t");
  }

  private static boolean isWordElement(Node node, String localName) {
    return node.getNodeType() == Node.ELEMENT_NODE && localName.equals(node.getLocalName())
        && WORDPROCESSING.equals(node.getNamespaceURI());
  }

  private static String runText(XWPFRun run) {
    String text = run.text();
    boolean noteReference = run.getCTR().sizeOfFootnoteReferenceArray() > 0
        || run.getCTR().sizeOfEndnoteReferenceArray() > 0;
    return noteReference ? NOTE_MARKER.matcher(text).replaceAll("") : text;
  }

  private static String tableText(XWPFTable table) {
    StringBuilder text = new StringBuilder();
    for (XWPFTableRow row : table.getRows()) {
      StringBuilder line = new StringBuilder();
      for (XWPFTableCell cell : row.getTableCells()) {
        String cellText = cellText(cell);
        if (!cellText.isEmpty()) {
          line.append(line.isEmpty() ? "" : CELL_SEPARATOR).append(cellText);
        }
      }
      if (!line.isEmpty()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  /** A cell's paragraphs and nested tables on one line, so that a row stays one line. */
  private static String cellText(XWPFTableCell cell) {
    StringBuilder text = new StringBuilder();
    for (IBodyElement element : cell.getBodyElements()) {
      String line = LINE_BREAKS.matcher(blockText(element).strip()).replaceAll(" ");
      if (!line.isEmpty()) {
        text.append(text.isEmpty() ? "" : " ").append(line);
      }
    }
    return text.toString();
  }

  private static void appendNotes(List<? extends XWPFAbstractFootnoteEndnote> notes,
      StringBuilder text) {
    for (XWPFAbstractFootnoteEndnote note : notes) {
      for (IBodyElement element : note.getBodyElements()) {
        appendBodyElement(element, text);
      }
    }
  }
}
