package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.trainer.config.DataConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetPreparerTest {

  @TempDir
  Path dir;
  Path data;
  Path binDir;
  final ByteArrayOutputStream console = new ByteArrayOutputStream();
  PrintStream originalOut;

  @BeforeEach
  void setUp() throws IOException {
    data = dir.resolve("training_data");
    binDir = dir.resolve("dataset_cache/bin");
    RealText.copyAll(data);
    originalOut = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOut() {
    System.setOut(originalOut);
  }

  private String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  private PreparedDataset prepare(DiskSpace disk) {
    return new DatasetPreparer(disk).prepare(data, binDir, new ByteTokenizer(), 0.1);
  }

  private List<String> binDirListing() throws IOException {
    if (!Files.isDirectory(binDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(binDir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTokenFilesAndSidecarWithSourceHashes() throws IOException {
    long sourceBytes;
    try (Stream<Path> files = Files.walk(data)) {
      sourceBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    PreparedDataset prepared = prepare(DiskSpace.SYSTEM);
    assertThat(prepared.reused()).isFalse();
    assertThat(binDirListing()).containsExactly("dataset.json", "train.bin", "val.bin");
    DatasetManifest manifest = ManifestStore.read(binDir.resolve("dataset.json"));
    assertThat(manifest).isEqualTo(prepared.manifest());
    assertThat(manifest.tokenizer()).isEqualTo("byte");
    assertThat(manifest.vocabSize()).isEqualTo(256);
    assertThat(manifest.dtype()).isEqualTo("uint16");
    assertThat(manifest.train().tokens() + manifest.val().tokens()).isEqualTo(sourceBytes);
    assertThat(manifest.val().tokens()).isEqualTo((long) Math.floor(sourceBytes * 0.1));
    assertThat(manifest.train().sha256())
        .isEqualTo(FileHashes.sha256(binDir.resolve("train.bin")));
    assertThat(manifest.sources()).hasSize(RealText.javaSources().size());
    DatasetManifest.SourceEntry first = manifest.sources().get(0);
    assertThat(first.sha256()).isEqualTo(FileHashes.sha256(data.resolve(first.path())));
    assertThat(Files.readString(binDir.resolve("dataset.json"), StandardCharsets.UTF_8))
        .contains("\"format_version\" : 1", "\"vocab_size\" : 256", "\"dtype\" : \"uint16\"");
    assertThat(console()).contains("[INFO] Tokenizing: 100.0% | ")
        .containsPattern("tok/s \\| [0-9.]+ MB/s")
        .contains("✓ Tokenized " + manifest.sources().size() + " sources: ");
  }

  @Test
  void skipsWhenSourcesAreUnchangedAndRedoesWhenOneChanges() throws IOException {
    prepare(DiskSpace.SYSTEM);
    FileTime written = Files.getLastModifiedTime(binDir.resolve("train.bin"));
    Files.setLastModifiedTime(binDir.resolve("train.bin"), FileTime.fromMillis(1_000_000));
    PreparedDataset second = prepare(DiskSpace.SYSTEM);
    assertThat(second.reused()).isTrue();
    assertThat(Files.getLastModifiedTime(binDir.resolve("train.bin")))
        .isEqualTo(FileTime.fromMillis(1_000_000)).isNotEqualTo(written);
    assertThat(console()).contains("tokenization skipped");

    Path changed = RealText.javaSources().get(0);
    Path copy = data.resolve(RealText.SOURCES.relativize(changed).toString());
    Files.writeString(copy, "\n// appended\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    PreparedDataset third = prepare(DiskSpace.SYSTEM);
    assertThat(third.reused()).isFalse();
    assertThat(third.manifest().train().tokens() + third.manifest().val().tokens())
        .isEqualTo(second.manifest().train().tokens() + second.manifest().val().tokens() + 13);
    assertThat(console()).contains("[INFO] Sources, tokenizer or val_fraction changed");
    assertThat(new DatasetPreparer().prepare(data, binDir, new ByteTokenizer(), 0.2).reused())
        .isFalse();
  }

  @Test
  void tooLittleFreeSpaceStopsBeforeWritingAnything() throws IOException {
    assertThatThrownBy(() -> prepare(directory -> 1000))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("not enough free disk space in " + binDir + ": tokenizing ")
        .hasMessageEndingWith(" are usable; free space there or point data.cache_dir at another"
            + " disk");
    assertThat(binDirListing()).isEmpty();
  }

  @Test
  void diskFillingUpMidWriteLeavesNoPartialFileAndKeepsThePreviousDataset() throws IOException {
    prepare(DiskSpace.SYSTEM);
    byte[] train = Files.readAllBytes(binDir.resolve("train.bin"));
    byte[] val = Files.readAllBytes(binDir.resolve("val.bin"));
    String sidecar = Files.readString(binDir.resolve("dataset.json"), StandardCharsets.UTF_8);
    Files.writeString(data.resolve("more.md"), Files.readString(RealText.javaSources().get(1),
        StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    AtomicInteger queries = new AtomicInteger();
    // The up-front check passes; the disk is full by the first flush.
    DiskSpace fillsUp = directory -> queries.getAndIncrement() == 0 ? Long.MAX_VALUE : 10;
    assertThatThrownBy(() -> prepare(fillsUp))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("disk full while writing " + binDir.resolve("train.bin.tmp"))
        .hasMessageEndingWith("usable; free space on that disk or point data.cache_dir at another"
            + " one (nothing was kept from this attempt)");
    assertThat(binDirListing()).containsExactly("dataset.json", "train.bin", "val.bin");
    assertThat(Files.readAllBytes(binDir.resolve("train.bin"))).isEqualTo(train);
    assertThat(Files.readAllBytes(binDir.resolve("val.bin"))).isEqualTo(val);
    assertThat(Files.readString(binDir.resolve("dataset.json"), StandardCharsets.UTF_8))
        .isEqualTo(sidecar);
  }

  @Test
  void corruptSidecarIsReportedAndRebuilt() throws IOException {
    prepare(DiskSpace.SYSTEM);
    Path sidecar = binDir.resolve("dataset.json");
    Files.writeString(sidecar, "{\"format_version\": 1, \"tokenizer\": ", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TokenDataset.open(binDir, 1))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("sidecar " + sidecar + " is corrupt (")
        .hasMessageEndingWith("); delete " + binDir + " and tokenize again");
    PreparedDataset rebuilt = prepare(DiskSpace.SYSTEM);
    assertThat(rebuilt.reused()).isFalse();
    assertThat(console()).contains("[WARN] sidecar " + sidecar + " is corrupt (")
        .contains("; tokenizing again");
    assertThat(TokenDataset.open(binDir, 1).vocabSize()).isEqualTo(256);
  }

  @Test
  void sidecarThatDoesNotMatchTheFilesIsDetected() throws IOException {
    PreparedDataset prepared = prepare(DiskSpace.SYSTEM);
    Path sidecar = binDir.resolve("dataset.json");
    DatasetManifest good = prepared.manifest();
    long trainTokens = good.train().tokens();
    ManifestStore.write(sidecar, new DatasetManifest(1, "byte", 256, "uint16", 0.1,
        new DatasetManifest.SplitFile("train.bin", trainTokens + 1, good.train().sha256()),
        good.val(), good.sources()));
    assertThatThrownBy(() -> TokenDataset.open(binDir, 1))
        .isInstanceOf(DatasetException.class)
        .hasMessage(binDir.resolve("train.bin") + " has " + 2 * trainTokens + " bytes but the"
            + " sidecar records " + (trainTokens + 1) + " uint16 tokens (" + 2 * (trainTokens + 1)
            + " bytes): the files do not belong together; delete " + binDir
            + " and tokenize again");

    ManifestStore.write(sidecar, new DatasetManifest(1, "byte", 256, "uint32", 0.1, good.train(),
        good.val(), good.sources()));
    assertThatThrownBy(() -> TokenDataset.open(binDir, 1))
        .isInstanceOf(DatasetException.class)
        .hasMessage("sidecar " + sidecar + " is inconsistent: dtype uint32 does not fit"
            + " vocab_size 256 (expected uint16); delete " + binDir + " and tokenize again");

    Files.writeString(sidecar, Files.readString(sidecar, StandardCharsets.UTF_8)
        .replace("\"vocab_size\" : 256,", ""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TokenDataset.open(binDir, 1))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("is corrupt (Missing creator property 'vocab_size'");
  }

  @Test
  void tokenFileModifiedBehindTheSidecarsBackIsRebuilt() throws IOException {
    prepare(DiskSpace.SYSTEM);
    byte[] train = Files.readAllBytes(binDir.resolve("train.bin"));
    train[10] ^= 1;
    Files.write(binDir.resolve("train.bin"), train);
    PreparedDataset again = prepare(DiskSpace.SYSTEM);
    assertThat(again.reused()).isFalse();
    assertThat(console()).contains("[WARN] " + binDir.resolve("train.bin")
        + " does not match its sidecar (missing or modified): tokenizing again");
    assertThat(FileHashes.sha256(binDir.resolve("train.bin")))
        .isEqualTo(again.manifest().train().sha256());
  }

  @Test
  void noSyntheticDataWhenEverySourceIsMissingEmptyOrBroken() throws IOException {
    String advice = "Put your text under %1$s/ as .txt, .md, .json, .jsonl, .csv, .tsv, .html,"
        + " .xml, .pdf, .docx or source code files (.java, .py, .js, ...), or URLs one per line in"
        + " %1$s/urls/*.txt, or point data.training_data at the folder that has them. Plumbline"
        + " never trains on synthetic data.";
    Path missing = dir.resolve("nothing_here");
    assertThatThrownBy(() -> new DatasetPreparer().prepare(missing, binDir, new ByteTokenizer(),
        0.1)).isInstanceOf(DatasetException.class).hasMessage("No training data: " + missing
        + " does not exist. " + String.format(advice, missing));

    Path onlyOthers = Files.createDirectories(dir.resolve("others"));
    Files.write(onlyOthers.resolve("image.png"), new byte[] {1, 2, 3});
    Files.writeString(onlyOthers.resolve(".hidden.txt"), "x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DatasetPreparer().prepare(onlyOthers, binDir,
        new ByteTokenizer(), 0.1)).isInstanceOf(DatasetException.class)
        .hasMessage("No training data: " + onlyOthers + " has no readable sources (2 file(s) of"
            + " other kinds ignored, e.g. .hidden.txt). " + String.format(advice, onlyOthers));

    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("a.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(empty.resolve("b.json"), "[1, 2]", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DatasetPreparer().prepare(empty, binDir, new ByteTokenizer(),
        0.1)).isInstanceOf(DatasetException.class).hasMessage("No training data: " + empty
        + " holds only empty sources. " + String.format(advice, empty));

    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("a.json"), "{\"text\": ", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DatasetPreparer().prepare(broken, binDir, new ByteTokenizer(),
        0.1)).isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("No training data: " + broken + " has no source that could be"
            + " read (" + broken.resolve("a.json") + ":1: not valid JSON (");
    assertThat(binDirListing()).isEmpty();
  }

  @Test
  void dataConfigNamesTheTokenizerAndAChangeOfTokenizerInvalidatesTheFiles() throws IOException {
    Path tokenizerJson = HuggingFaceTokenizerFileTest.wordLevelTokenizer(dir, 10);
    DataConfig huggingFace = new DataConfig(data, dir.resolve("dataset_cache"),
        tokenizerJson.toString(), 0.1);
    PreparedDataset first = new DatasetPreparer().prepare(huggingFace);
    assertThat(first.binDir()).isEqualTo(binDir);
    assertThat(first.manifest().tokenizer())
        .isEqualTo("hf:" + FileHashes.sha256(tokenizerJson));
    assertThat(first.manifest().vocabSize()).isEqualTo(10);
    assertThat(new DatasetPreparer().prepare(huggingFace).reused()).isTrue();
    PreparedDataset bytes = new DatasetPreparer().prepare(new DataConfig(data,
        dir.resolve("dataset_cache"), "byte", 0.1));
    assertThat(bytes.reused()).isFalse();
    assertThat(bytes.manifest().tokenizer()).isEqualTo("byte");
    assertThat(bytes.manifest().train().tokens()).isGreaterThan(first.manifest().train().tokens());
  }
}
