// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, told to leave out artifacts and to separate paragraphs and pages.
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

  /** Whether each open marked-content sequence is an artifact, innermost first. */
  private final Deque<Boolean> openSequences = new ArrayDeque<>();
  /** How many of the open marked-content sequences are artifacts. */
  private int artifactDepth;

  ArtifactSkippingStripper() {
    setLineSeparator(LINE);
    setParagraphStart("");
    setParagraphEnd(LINE);
    setPageStart("");
    setPageEnd(LINE);
    setSortByPosition(false);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    openSequences.clear();
    artifactDepth = 0;
    super.startPage(page);
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    boolean artifact = COSName.ARTIFACT.equals(tag);
    openSequences.push(artifact);
    if (artifact) {
      artifactDepth++;
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

  @Override
  protected void processTextPosition(TextPosition text) {
    if (artifactDepth == 0) {
      super.processTextPosition(text);
    }
  }
}
