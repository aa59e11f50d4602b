package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF and DOCX files in {@code training_data/} go through the whole preparation. */
class DocumentSourcesTest {

  @TempDir
  Path dir;
  Path data;
  Path binDir;
  CapturedConsole console;

  @BeforeEach
  void setUp() throws IOException {
    data = dir.resolve("training_data");
    binDir = dir.resolve("dataset_cache/bin");
    copy("pdf/sqlite-whentouse-libreoffice.pdf", "pdf/whentouse.pdf");
    copy("pdf/erlang-otp-system-p20-23.pdf", "pdf/otp.pdf");
    copy("docx/sqlite-datatypes-libreoffice.docx", "docx/datatypes.docx");
    copy("broken/encrypted-password.pdf", "pdf/locked.pdf");
    copy("broken/not-a-pdf.pdf", "pdf/page.pdf");
    copy("broken/encrypted-password.docx", "docx/locked.docx");
    copy("broken/truncated.docx", "docx/cut.docx");
    Files.createFile(data.resolve("docx/empty.docx"));
    for (String other : List.of("images/cat.png", "images/dog.JPG", "audio/talk.mp3",
        "video/clip.mp4", "misc/model.bin", "misc/README", ".gitkeep", "images/.DS_Store")) {
      Files.createDirectories(data.resolve(other).getParent());
      Files.write(data.resolve(other), new byte[] {1, 2, 3});
    }
    console = new CapturedConsole();
  }

  @AfterEach
  void restoreOut() {
    console.close();
  }

  private void copy(String resource, String target) throws IOException {
    Files.createDirectories(data.resolve(target).getParent());
    Files.copy(Documents.folder("").resolve(resource), data.resolve(target));
  }

  private PreparedDataset prepare() {
    return new DatasetPreparer(DiskSpace.SYSTEM).prepare(data, binDir, new ByteTokenizer(), 0.1);
  }

  @Test
  void pdfAndDocxAreTokenizedAndUnreadableOnesSkippedWithTheirReasons() throws Exception {
    PreparedDataset prepared = prepare();
    String console = this.console.text();
    long pdfTokens = 0;
    for (String name : List.of("pdf/whentouse.pdf", "pdf/otp.pdf")) {
      pdfTokens += utf8Length(Documents.text(new PdfTextExtractor(), data.resolve(name)));
    }
    long docxTokens = utf8Length(Documents.text(new DocxTextExtractor(),
        data.resolve("docx/datatypes.docx")));
    long expectedTokens = pdfTokens + docxTokens;
    assertThat(prepared.manifest().train().tokens() + prepared.manifest().val().tokens())
        .isEqualTo(expectedTokens);
    assertThat(prepared.manifest().sources()).extracting(DatasetManifest.SourceEntry::path)
        .containsExactly("docx/cut.docx", "docx/datatypes.docx", "docx/empty.docx",
            "docx/locked.docx", "pdf/locked.pdf", "pdf/otp.pdf", "pdf/page.pdf",
            "pdf/whentouse.pdf");
    assertThat(prepared.manifest().sources()).filteredOn(s -> s.path().equals("pdf/otp.pdf"))
        .singleElement().isEqualTo(new DatasetManifest.SourceEntry("pdf/otp.pdf",
            Files.size(data.resolve("pdf/otp.pdf")),
            FileHashes.sha256(data.resolve("pdf/otp.pdf"))));
    assertThat(console)
        .contains("[WARN] Skipping pdf/locked.pdf: " + data.resolve("pdf/locked.pdf")
            + ": encrypted, opening it needs a password")
        .contains("[WARN] Skipping pdf/page.pdf: " + data.resolve("pdf/page.pdf")
            + ": not a PDF (no %PDF- header")
        .contains("[WARN] Skipping docx/locked.docx: " + data.resolve("docx/locked.docx")
            + ": encrypted, opening it needs a password")
        .contains("[WARN] Skipping docx/cut.docx: " + data.resolve("docx/cut.docx")
            + ": not a Word document (")
        .contains("[WARN] Skipping docx/empty.docx: " + data.resolve("docx/empty.docx")
            + ": empty file (0 bytes), not a Word document")
        .contains("[INFO] Tokenizing: 100.0% | " + String.format("%,d", expectedTokens)
            + " tokens")
        .contains(String.format("[INFO] Tokens by kind of source: PDF %,d (2 sources), DOCX %,d"
            + " (1 source)%n", pdfTokens, docxTokens))
        .contains("✓ Tokenized 8 sources");
    assertThat(console.lines().filter(l -> l.startsWith("[INFO] Not used"))).containsExactly(
        "[INFO] Not used for training: 6 files under " + data + ": 2 images (.jpg, .png), 1 audio"
            + " (.mp3), 1 video (.mp4): this trainer learns from text, and images, audio and video"
            + " hold none; 2 files of other kinds ((no extension), .bin): no text extractor for"
            + " those (readable: text, Markdown, source code, JSON, JSON Lines, CSV, TSV, HTML,"
            + " XML, PDF, DOCX, and URL lists as urls/*.txt)");
  }

  @Test
  void unchangedDocumentsAreNotTokenizedAgainAndAChangedOneIs() throws IOException {
    prepare();
    console.reset();
    assertThat(prepare().reused()).isTrue();
    assertThat(console.text()).contains("✓ Token files up to date");
    copy("pdf/reportlab-userguide-p9-12.pdf", "pdf/guide.pdf");
    console.reset();
    PreparedDataset again = prepare();
    assertThat(again.reused()).isFalse();
    assertThat(again.manifest().sources()).extracting(DatasetManifest.SourceEntry::path)
        .contains("pdf/guide.pdf");
  }

  private static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
