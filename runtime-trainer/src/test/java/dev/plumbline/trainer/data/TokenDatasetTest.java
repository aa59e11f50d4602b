package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenDatasetTest {

  @TempDir
  Path dir;
  Path source;
  Path binDir;

  @BeforeEach
  void prepare() throws IOException {
    source = RealText.copyOne(dir.resolve("training_data"), "DatasetPreparer.java", "a.java");
    binDir = dir.resolve("dataset_cache/bin");
    new DatasetPreparer().prepare(dir.resolve("training_data"), binDir, new ByteTokenizer(), 0.1);
  }

  /** The straightforward reader: whole file into memory, one little-endian uint16 at a time. */
  private static long[] referenceTokens(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    long[] tokens = new long[bytes.capacity() / 2];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = Short.toUnsignedLong(bytes.getShort(2 * i));
    }
    return tokens;
  }

  @Test
  void byteTokenFilesHoldTheSourceBytesSplitNinetyTen() throws IOException {
    byte[] text = Files.readAllBytes(source);
    int val = (int) Math.floor(text.length * 0.1);
    long[] train = referenceTokens(binDir.resolve("train.bin"));
    long[] valTokens = referenceTokens(binDir.resolve("val.bin"));
    assertThat(train).hasSize(text.length - val);
    assertThat(valTokens).hasSize(val);
    for (int i = 0; i < text.length; i++) {
      long expected = text[i] & 0xFF;
      long actual = i < train.length ? train[i] : valTokens[i - train.length];
      assertThat(actual).as("token %d", i).isEqualTo(expected);
    }
  }

  @Test
  void getBatchMatchesTheReferenceReader() throws IOException {
    TokenDataset dataset = TokenDataset.open(binDir, 1337);
    BatchSampler offsets = new BatchSampler(1337);
    for (Split split : Split.values()) {
      long[] reference = referenceTokens(binDir.resolve(split.fileName()));
      int batchSize = 8;
      int blockSize = 32;
      Batch batch = dataset.getBatch(split, batchSize, blockSize);
      assertThat(batch.x()).hasSize(batchSize * blockSize);
      for (int row = 0; row < batchSize; row++) {
        int start = (int) offsets.nextOffset(split, reference.length - blockSize);
        assertThat(Arrays.copyOfRange(batch.x(), row * blockSize, (row + 1) * blockSize))
            .containsExactly(Arrays.copyOfRange(reference, start, start + blockSize));
        assertThat(Arrays.copyOfRange(batch.y(), row * blockSize, (row + 1) * blockSize))
            .containsExactly(Arrays.copyOfRange(reference, start + 1, start + blockSize + 1));
      }
    }
    assertThat(dataset.tokenCount(Split.TRAIN) + dataset.tokenCount(Split.VAL))
        .isEqualTo(Files.size(source));
    assertThat(dataset.vocabSize()).isEqualTo(256);
  }

  @Test
  void sameSeedSameBatchesOtherSeedOtherBatches() {
    TokenDataset first = TokenDataset.open(binDir, 42);
    TokenDataset second = TokenDataset.open(binDir, 42);
    TokenDataset other = TokenDataset.open(binDir, 43);
    for (int i = 0; i < 5; i++) {
      Batch a = first.getBatch(Split.TRAIN, 4, 16);
      Batch b = second.getBatch(Split.TRAIN, 4, 16);
      assertThat(a.x()).containsExactly(b.x());
      assertThat(a.y()).containsExactly(b.y());
      assertThat(other.getBatch(Split.TRAIN, 4, 16).x()).isNotEqualTo(a.x());
    }
  }

  @Test
  void restoredSamplerContinuesExactlyAndEvaluationDoesNotShiftTraining() {
    TokenDataset original = TokenDataset.open(binDir, 1337);
    for (int i = 0; i < 3; i++) {
      original.getBatch(Split.TRAIN, 4, 16);
    }
    byte[] saved = original.state().toBytes();
    Batch nextTrain = original.getBatch(Split.TRAIN, 4, 16);
    Batch nextVal = original.getBatch(Split.VAL, 4, 16);

    TokenDataset resumed = TokenDataset.open(binDir, 999);
    resumed.restore(SamplerState.fromBytes(saved));
    assertThat(resumed.state().seed()).isEqualTo(1337);
    // Draw validation first: the training stream must not notice.
    assertThat(resumed.getBatch(Split.VAL, 4, 16).x()).containsExactly(nextVal.x());
    assertThat(resumed.getBatch(Split.TRAIN, 4, 16).x()).containsExactly(nextTrain.x());
    assertThat(resumed.state()).isEqualTo(original.state());
  }

  @Test
  void samplerStateBytesRoundTripAndRejectForeignBytes() {
    SamplerState state = new SamplerState(1337, -5, Long.MAX_VALUE);
    assertThat(state.toBytes()).hasSize(32);
    assertThat(SamplerState.fromBytes(state.toBytes())).isEqualTo(state);
    assertThatThrownBy(() -> SamplerState.fromBytes(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sampler state must be 32 bytes, got 31; the checkpoint is damaged or from"
            + " another format");
    assertThatThrownBy(() -> SamplerState.fromBytes(new byte[32]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a sampler state (magic 0, version 0); the checkpoint is damaged or from"
            + " another format");
  }

  @Test
  void samplerOffsetsCoverTheWholeRangeUniformly() {
    BatchSampler sampler = new BatchSampler(7);
    int[] counts = new int[10];
    for (int i = 0; i < 100_000; i++) {
      counts[(int) sampler.nextOffset(Split.TRAIN, 10)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(9_500, 10_500);
    }
  }

  @Test
  void blockLongerThanTheSplitSaysWhatToChange() {
    TokenDataset dataset = TokenDataset.open(binDir, 1);
    long valTokens = dataset.tokenCount(Split.VAL);
    dataset.requireSampleCounts((int) valTokens - 1);
    assertThatThrownBy(() -> dataset.requireSampleCounts((int) valTokens))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith(binDir.resolve("val.bin") + " has " + valTokens + " tokens");
    assertThatThrownBy(() -> dataset.getBatch(Split.VAL, 2, (int) valTokens))
        .isInstanceOf(DatasetException.class)
        .hasMessage(binDir.resolve("val.bin") + " has " + valTokens + " tokens, but a batch row"
            + " needs block_size + 1 = " + (valTokens + 1) + "; add text to training_data/, lower"
            + " model.block_size or raise data.val_fraction");
  }
}
