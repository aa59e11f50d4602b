// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The tokenized dataset, read back through memory mapping the way nanoGPT reads its
 * {@code np.memmap}: random windows of {@code blockSize + 1} tokens, x the first
 * {@code blockSize}, y the last {@code blockSize}. Offsets come from a seeded sampler whose state
 * a checkpoint saves and a resumed run restores. Not thread-safe.
 */
public final class TokenDataset {

  private final Path binDir;
  private final DatasetManifest manifest;
  private final Map<Split, MappedTokenFile> files;
  private BatchSampler sampler;

  private TokenDataset(Path binDir, DatasetManifest manifest, Map<Split, MappedTokenFile> files,
      long seed) {
    this.binDir = binDir;
    this.manifest = manifest;
    this.files = files;
    this.sampler = new BatchSampler(seed);
  }

  /**
   * Opens {@code train.bin} and {@code val.bin} of a bin directory after checking them against
   * the sidecar (sizes and dtype; the hashes are checked when tokenization decides to skip).
   *
   * @param binDir {@code dataset_cache/bin}
   * @param seed {@code training.seed}
   * @return the dataset
   * @throws DatasetException when the sidecar is missing, corrupt or does not match the files
   */
  public static TokenDataset open(Path binDir, long seed) {
    DatasetManifest manifest = ManifestStore.read(binDir.resolve(DatasetManifest.FILE_NAME));
    Map<Split, MappedTokenFile> files = new EnumMap<>(Split.class);
    for (Split split : Split.values()) {
      files.put(split, map(binDir, manifest, split));
    }
    return new TokenDataset(binDir, manifest, files, seed);
  }

  private static MappedTokenFile map(Path binDir, DatasetManifest manifest, Split split) {
    Path file = binDir.resolve(split.fileName());
    DatasetManifest.SplitFile entry = manifest.file(split);
    TokenDtype dtype = manifest.tokenDtype();
    try {
      long expected = entry.tokens() * dtype.bytes();
      long actual = Files.size(file);
      if (actual != expected) {
        throw new DatasetException(file + " has " + actual + " bytes but the sidecar records "
            + entry.tokens() + " " + dtype.label() + " tokens (" + expected + " bytes): the files"
            + " do not belong together; delete " + binDir + " and tokenize again");
      }
      return MappedTokenFile.open(file, dtype);
    } catch (IOException e) {
      throw new DatasetException(file + " cannot be read (" + e.getMessage() + "); delete "
          + binDir + " and tokenize again", e);
    }
  }

  /**
   * Number of token ids of the tokenizer that wrote the files.
   *
   * @return the vocabulary size
   */
  public int vocabSize() {
    return manifest.vocabSize();
  }

  /**
   * Tokens in a split.
   *
   * @param split train or val
   * @return its token count
   */
  public long tokenCount(Split split) {
    return file(split).length();
  }

  /**
   * The sidecar the dataset was opened with.
   *
   * @return the manifest
   */
  public DatasetManifest manifest() {
    return manifest;
  }

  /**
   * A random batch: {@code batchSize} windows starting at offsets drawn uniformly from
   * {@code [0, tokens - blockSize)}, exactly nanoGPT's {@code get_batch}.
   *
   * @param split which file to draw from
   * @param batchSize rows
   * @param blockSize tokens per row
   * @return x and y as int64
   * @throws DatasetException when the split has no more than {@code blockSize} tokens
   */
  public Batch getBatch(Split split, int batchSize, int blockSize) {
    MappedTokenFile file = file(split);
    checkShape(split, file, batchSize, blockSize);
    long[] x = new long[batchSize * blockSize];
    long[] y = new long[batchSize * blockSize];
    long[] window = new long[blockSize + 1];
    long bound = file.length() - blockSize;
    for (int row = 0; row < batchSize; row++) {
      long start = sampler.nextOffset(split, bound);
      file.read(start, blockSize + 1, window, 0);
      System.arraycopy(window, 0, x, row * blockSize, blockSize);
      System.arraycopy(window, 1, y, row * blockSize, blockSize);
    }
    return new Batch(x, y, batchSize, blockSize);
  }

  /**
   * Checks before training that both splits can fill a batch row of {@code blockSize + 1} tokens,
   * so that a too-small validation split stops the run at start rather than at the first
   * evaluation.
   *
   * @param blockSize {@code model.block_size}
   * @throws DatasetException naming the split that is too small and what to change
   */
  public void requireSampleCounts(int blockSize) {
    for (Split split : Split.values()) {
      checkShape(split, file(split), 1, blockSize);
    }
  }

  /**
   * The sampler's state, for a checkpoint.
   *
   * @return the state
   */
  public SamplerState state() {
    return sampler.state();
  }

  /**
   * Continues sampling from a saved state: the next batches are the ones the saved run would
   * have drawn.
   *
   * @param state the saved state
   */
  public void restore(SamplerState state) {
    sampler = new BatchSampler(state);
  }

  private void checkShape(Split split, MappedTokenFile file, int batchSize, int blockSize) {
    if (batchSize < 1 || blockSize < 1 || (long) batchSize * blockSize > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("batch " + batchSize + " x " + blockSize
          + " is not a valid batch shape");
    }
    if (file.length() <= blockSize) {
      throw new DatasetException(String.format(Locale.ROOT, "%s has %d tokens, but a batch row"
          + " needs block_size + 1 = %d; add text to training_data/, lower model.block_size%s",
          binDir.resolve(split.fileName()), file.length(), blockSize + 1,
          split == Split.VAL ? " or raise data.val_fraction" : ""));
    }
  }

  /** Both splits' files are opened together, so every split has one. */
  private MappedTokenFile file(Split split) {
    return Objects.requireNonNull(files.get(split), "the token file of every split is open");
  }
}
