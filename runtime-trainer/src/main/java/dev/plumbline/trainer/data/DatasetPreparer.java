// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import dev.plumbline.trainer.config.DataConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns {@code training_data/} into {@code dataset_cache/bin/train.bin}, {@code val.bin} and the
 * sidecar: skips the work when the sidecar shows the same sources, tokenizer and split; checks free
 * disk space before writing; writes temporary files and renames them only when everything
 * succeeded, so a failure never leaves a partial {@code .bin} (and never destroys the previous
 * complete dataset).
 */
public final class DatasetPreparer {

  private static final String TEMPORARY_SUFFIX = ".tmp";

  /** The cache tier, beside {@code bin/}, that holds fetched URLs. */
  private static final String PROCESSED = "processed";

  private final DiskSpace disk;
  private final UrlFetchOptions urlFetch;

  /** A preparer that checks the real file system's free space and fetches URLs by default. */
  public DatasetPreparer() {
    this(DiskSpace.SYSTEM);
  }

  /**
   * A preparer with a given free-space check.
   *
   * @param disk the free-space check
   */
  public DatasetPreparer(DiskSpace disk) {
    this(disk, UrlFetchOptions.defaults());
  }

  /**
   * A preparer with a given free-space check and URL fetching.
   *
   * @param disk the free-space check
   * @param urlFetch how the URL lists under {@code training_data/urls/} are fetched
   */
  public DatasetPreparer(DiskSpace disk, UrlFetchOptions urlFetch) {
    this.disk = disk;
    this.urlFetch = urlFetch;
  }

  /**
   * Prepares the token files of a configuration with the tokenizer it names.
   *
   * @param data the {@code data:} section
   * @return the prepared dataset
   * @throws DatasetException when there is no usable text, the disk is too full, or writing fails
   */
  public PreparedDataset prepare(DataConfig data) {
    try (Tokenizer tokenizer = Tokenizers.open(data.tokenizer())) {
      return prepare(data.trainingData(), data.binDir(), tokenizer, data.valFraction());
    }
  }

  /**
   * Prepares token files. Fetched URLs go to {@code processed/} beside {@code binDir}.
   *
   * @param trainingData the source tree
   * @param binDir where the token files go
   * @param tokenizer the tokenizer
   * @param valFraction share of tokens for validation
   * @return the prepared dataset
   * @throws DatasetException when there is no usable text, the disk is too full, or writing fails
   */
  public PreparedDataset prepare(Path trainingData, Path binDir, Tokenizer tokenizer,
      double valFraction) {
    try {
      SourceScanner.Scan scan = TrainingSources.collect(trainingData,
          binDir.toAbsolutePath().resolveSibling(PROCESSED), urlFetch);
      if (scan.sources().isEmpty()) {
        throw noData(trainingData, scan, scan.unreadable().isEmpty() ? "has no readable sources"
            : "has no source that could be read (" + String.join("; ", scan.unreadable()) + ")");
      }
      Files.createDirectories(binDir);
      Optional<DatasetManifest> current = upToDate(binDir, scan, tokenizer, valFraction);
      if (current.isPresent()) {
        DatasetManifest manifest = current.get();
        System.out.printf(Locale.ROOT, "✓ Token files up to date (%,d train + %,d val tokens,"
            + " %s): tokenization skipped%n", manifest.train().tokens(), manifest.val().tokens(),
            manifest.dtype());
        return new PreparedDataset(binDir, manifest, true);
      }
      checkDiskSpace(binDir, scan, TokenDtype.forVocabSize(tokenizer.vocabSize()));
      return new PreparedDataset(binDir, tokenize(trainingData, binDir, scan, tokenizer,
          valFraction), false);
    } catch (IOException e) {
      throw new DatasetException("tokenizing " + trainingData + " into " + binDir + " failed: "
          + e + "; check free space and permissions there (no partial token file was kept)", e);
    }
  }

  private static Optional<DatasetManifest> upToDate(Path binDir, SourceScanner.Scan scan,
      Tokenizer tokenizer, double valFraction) throws IOException {
    Path sidecar = binDir.resolve(DatasetManifest.FILE_NAME);
    if (!Files.exists(sidecar)) {
      return Optional.empty();
    }
    DatasetManifest manifest;
    try {
      manifest = ManifestStore.read(sidecar);
    } catch (DatasetException e) {
      System.out.println("[WARN] " + e.getMessage() + "; tokenizing again");
      return Optional.empty();
    }
    List<DatasetManifest.SourceEntry> entries = scan.sources().stream()
        .map(SourceScanner.Source::entry).toList();
    if (!manifest.sources().equals(entries) || !manifest.tokenizer().equals(tokenizer.id())
        || manifest.vocabSize() != tokenizer.vocabSize()
        || manifest.valFraction() != valFraction) {
      System.out.println("[INFO] Sources, tokenizer or val_fraction changed since the token files"
          + " were written: tokenizing again");
      return Optional.empty();
    }
    for (Split split : Split.values()) {
      Path file = binDir.resolve(split.fileName());
      if (!Files.isRegularFile(file)
          || !FileHashes.sha256(file).equals(manifest.file(split).sha256())) {
        System.out.println("[WARN] " + file + " does not match its sidecar (missing or modified):"
            + " tokenizing again");
        return Optional.empty();
      }
    }
    return Optional.of(manifest);
  }

  private void checkDiskSpace(Path binDir, SourceScanner.Scan scan, TokenDtype dtype)
      throws IOException {
    // Extracted text is never longer than its source, and no tokenizer here emits more than one
    // token per byte of UTF-8, so this bounds the two token files together. PDF and DOCX are
    // compressed and their text can be longer (a DOCX of LibreOffice's: 1.5 times), so for them it
    // is an estimate; the check before every flush catches what it misses.
    long needed = scan.totalBytes() * dtype.bytes() + (1 << 20);
    long usable = disk.usableBytes(binDir);
    if (usable < needed) {
      throw new DatasetException(String.format(Locale.ROOT, "not enough free disk space in %s:"
          + " tokenizing %,d bytes of sources as %s needs up to %,d bytes, %,d are usable; free"
          + " space there or point data.cache_dir at another disk", binDir, scan.totalBytes(),
          dtype.label(), needed, usable));
    }
  }

  private DatasetManifest tokenize(Path trainingData, Path binDir, SourceScanner.Scan scan,
      Tokenizer tokenizer, double valFraction) throws IOException {
    TokenDtype dtype = TokenDtype.forVocabSize(tokenizer.vocabSize());
    Path trainTemporary = binDir.resolve(Split.TRAIN.fileName() + TEMPORARY_SUFFIX);
    Path valTemporary = binDir.resolve(Split.VAL.fileName() + TEMPORARY_SUFFIX);
    boolean committed = false;
    try {
      DatasetManifest manifest;
      try (TokenFileWriter train = new TokenFileWriter(trainTemporary, dtype,
              tokenizer.vocabSize(), disk);
          TokenFileWriter val = new TokenFileWriter(valTemporary, dtype, tokenizer.vocabSize(),
              disk)) {
        SplitWriter splits = new SplitWriter(train, val, valFraction);
        List<String> failed = writeSources(scan, tokenizer, splits);
        failed.addAll(scan.unreadable());
        if (splits.tokens() == 0) {
          throw noData(trainingData, scan, failed.isEmpty() ? "holds only empty sources"
              : "has no source that could be read (" + String.join("; ", failed) + ")");
        }
        manifest = new DatasetManifest(DatasetManifest.FORMAT_VERSION, tokenizer.id(),
            tokenizer.vocabSize(), dtype.label(), valFraction,
            new DatasetManifest.SplitFile(Split.TRAIN.fileName(), train.tokens(), train.finish()),
            new DatasetManifest.SplitFile(Split.VAL.fileName(), val.tokens(), val.finish()),
            scan.sources().stream().map(SourceScanner.Source::entry).toList());
      }
      commit(binDir, trainTemporary, valTemporary, manifest);
      committed = true;
      System.out.printf(Locale.ROOT, "✓ Tokenized %d sources: %,d train + %,d val tokens (%s) in"
          + " %s%n", scan.sources().size(), manifest.train().tokens(), manifest.val().tokens(),
          dtype.label(), binDir);
      return manifest;
    } finally {
      if (!committed) {
        Files.deleteIfExists(trainTemporary);
        Files.deleteIfExists(valTemporary);
      }
    }
  }

  private static List<String> writeSources(SourceScanner.Scan scan, Tokenizer tokenizer,
      SplitWriter splits) throws IOException {
    List<String> failed = new ArrayList<>();
    ProgressLine progress = new ProgressLine(scan.totalBytes());
    SourceTally tally = new SourceTally();
    long bytesDone = 0;
    for (SourceScanner.Source source : scan.sources()) {
      long base = bytesDone;
      long tokensBefore = splits.tokens();
      long[] charsSeen = {0};
      try {
        source.format().extractor().extract(source.file(), chunk -> {
          splits.accept(tokenizer.encode(chunk));
          charsSeen[0] += chunk.length();
          progress.update(base + Math.min(charsSeen[0], source.entry().bytes()), splits.tokens());
        });
        tally.add(source, splits.tokens() - tokensBefore);
      } catch (SourceFormatException e) {
        failed.add(e.getMessage());
        System.out.println("[WARN] Skipping " + source.entry().path() + ": " + e.getMessage());
      }
      bytesDone += source.entry().bytes();
    }
    progress.finish(splits.tokens());
    if (!tally.isEmpty()) {
      System.out.println(tally.line());
    }
    return failed;
  }

  private static void commit(Path binDir, Path trainTemporary, Path valTemporary,
      DatasetManifest manifest) throws IOException {
    // The sidecar goes first and comes back last: a crash between the two renames leaves token
    // files without a sidecar, which the next run rebuilds, never a sidecar describing a mix.
    Files.deleteIfExists(binDir.resolve(DatasetManifest.FILE_NAME));
    Files.move(trainTemporary, binDir.resolve(Split.TRAIN.fileName()),
        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.move(valTemporary, binDir.resolve(Split.VAL.fileName()),
        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    ManifestStore.write(binDir.resolve(DatasetManifest.FILE_NAME), manifest);
  }

  private static DatasetException noData(Path trainingData, SourceScanner.Scan scan,
      String what) {
    String ignored = scan.ignored().isEmpty() ? ""
        : " (" + scan.ignored().size() + " file(s) of other kinds ignored, e.g. "
            + trainingData.relativize(scan.ignored().get(0)) + ")";
    String where = Files.isDirectory(trainingData) ? trainingData + " " + what + ignored
        : trainingData + " does not exist";
    return new DatasetException("No training data: " + where + ". Put your text under "
        + trainingData + "/ as .txt, .md, .json, .jsonl, .csv, .tsv, .html, .xml, .pdf, .docx or"
        + " source code files (.java, .py, .js, ...), or URLs one per line in "
        + trainingData + "/urls/*.txt, or point data.training_data at the folder that has them."
        + " Plumbline never trains on synthetic data.");
  }
}
