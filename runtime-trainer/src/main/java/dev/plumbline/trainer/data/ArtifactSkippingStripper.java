// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, told to leave out artifacts and to separate paragraphs and pages.
 *
 * <p>PDFBox finds paragraphs by indentation and vertical gaps, which misses those set apart only
 * by a little extra spacing (LibreOffice's defaults). A tagged PDF says where they start: each
 * marked-content sequence names (by its MCID and the page's parent tree) the structure element it
 * belongs to; when that is a new block-level element ({@code P}, {@code H1}, {@code LI}, ...,
 * directly or through the role map: LibreOffice tags a paragraph with its style's name and maps
 * that to {@code P}), its first line is preceded by a blank line too. A paragraph often spans
 * several sequences (one per line), so the element decides, not the sequence.
 *
 * <p>A PDF tells its real content apart from running headers, footers, page numbers and other
 * pagination by wrapping the latter in {@code /Artifact} marked content (ISO 32000-1, 14.8.2.2);
 * LibreOffice, Word and browsers do so in tagged PDFs. Text drawn inside an artifact is dropped,
 * so a header is not repeated once per page. Untagged PDFs say nothing of the kind, and their
 * headers stay, as in {@code pdftotext}.
 */
// PDFTextStripper is PDFBox's documented extension point: its hooks are protected methods.
@SuppressWarnings("ConcreteInheritance")
final class ArtifactSkippingStripper extends PDFTextStripper {

  private static final String LINE = "\n";

  /** Standard structure types (ISO 32000-1, 14.8.4) that begin a block of their own. */
  private static final Set<String> BLOCK_TYPES = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5",
      "H6", "LI", "Lbl", "LBody", "BlockQuote", "Caption", "TOCI", "TD", "TH", "Note", "Code");

  /** Whether each open marked-content sequence is an artifact, innermost first. */
  private final Deque<Boolean> openSequences = new ArrayDeque<>();
  /** How many of the open marked-content sequences are artifacts. */
  private int artifactDepth;
  /** The page's marked-content sequences' structure elements, indexed by MCID, or null. */
  private COSArray pageParents;
  /** The block-level structure element the text so far belongs to. */
  private COSDictionary currentBlock;
  /** A block began and its first glyph is still to come. */
  private boolean blockPending;
  /** The document's own structure types and the standard ones they stand for. */
  private Map<String, Object> roleMap = Map.of();
  /** The first glyph of every block on the page, by identity. */
  private final Set<TextPosition> blockStarts = Collections.newSetFromMap(new IdentityHashMap<>());

  ArtifactSkippingStripper() {
    setLineSeparator(LINE);
    setParagraphStart("");
    setParagraphEnd(LINE);
    setPageStart("");
    setPageEnd(LINE);
    setSortByPosition(false);
  }

  /** The document's structure tree, or null when it is not tagged. */
  private PDStructureTreeRoot structure;

  @Override
  protected void startDocument(PDDocument document) throws IOException {
    structure = document.getDocumentCatalog().getStructureTreeRoot();
    roleMap = structure == null ? Map.of() : structure.getRoleMap();
    super.startDocument(document);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    openSequences.clear();
    artifactDepth = 0;
    blockPending = false;
    blockStarts.clear();
    currentBlock = null;
    pageParents = pageParents(page);
    super.startPage(page);
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    boolean artifact = COSName.ARTIFACT.equals(tag);
    openSequences.push(artifact);
    if (artifact) {
      artifactDepth++;
    } else {
      COSDictionary block = blockOf(properties);
      if (block != null && block != currentBlock) {
        currentBlock = block;
        blockPending = true;
      }
    }
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    // An unbalanced EMC (broken content streams have them) must not underflow the counts.
    if (!openSequences.isEmpty() && openSequences.pop()) {
      artifactDepth--;
    }
    super.endMarkedContentSequence();
  }

  private COSArray pageParents(PDPage page) throws IOException {
    if (structure == null || page.getStructParents() < 0 || structure.getParentTree() == null) {
      return null;
    }
    Object value = structure.getParentTree().getValue(page.getStructParents());
    return value instanceof PDParentTreeValue parents
        && parents.getCOSObject() instanceof COSArray array ? array : null;
  }

  /**
   * The nearest block-level structure element of a marked-content sequence (its MCID's element or
   * an ancestor, a few levels up at most), or null.
   */
  private COSDictionary blockOf(COSDictionary properties) {
    if (pageParents == null || properties == null) {
      return null;
    }
    int mcid = properties.getInt(COSName.MCID, -1);
    if (mcid < 0 || mcid >= pageParents.size()) {
      return null;
    }
    COSBase element = pageParents.getObject(mcid);
    for (int level = 0; level < 4 && element instanceof COSDictionary dictionary; level++) {
      if (BLOCK_TYPES.contains(standardType(dictionary.getNameAsString(COSName.S)))) {
        return dictionary;
      }
      element = dictionary.getDictionaryObject(COSName.P);
    }
    return null;
  }

  /** Follows the role map (a few steps at most: maps may chain, and broken ones loop). */
  private String standardType(String type) {
    String current = type == null ? "" : type;
    for (int step = 0; step < 4 && roleMap.get(current) instanceof String mapped; step++) {
      current = mapped;
    }
    return current;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (artifactDepth == 0) {
      if (blockPending && !text.getUnicode().isBlank()) {
        blockStarts.add(text);
        blockPending = false;
      }
      super.processTextPosition(text);
    }
  }

  @Override
  protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
    if (!textPositions.isEmpty() && blockStarts.contains(textPositions.get(0))) {
      // A second line separator after the one that ended the previous line: a blank line. The
      // page text is cleaned of runs of blank lines afterwards, where PDFBox saw it too.
      writeLineSeparator();
    }
    super.writeString(text, textPositions);
  }
}
