package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files beyond one mapping's 2^31-1 bytes, made sparse so they cost no disk. */
class LargeTokenFileTest {

  static final long GIB = 1L << 30;

  @TempDir
  Path dir;

  /** Writes a little-endian value of {@code width} bytes at token index {@code index}. */
  private static void put(RandomAccessFile file, long index, int width, long value)
      throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(width).order(ByteOrder.LITTLE_ENDIAN);
    if (width == 2) {
      bytes.putShort((short) value);
    } else {
      bytes.putInt((int) value);
    }
    file.seek(index * width);
    file.write(bytes.array());
  }

  /** Writes {@code count} tokens with value {@code (i * 7919 + 13) mod 65536} from index start. */
  private static void pattern(RandomAccessFile file, long start, int count, int width)
      throws IOException {
    for (int i = 0; i < count; i++) {
      put(file, start + i, width, patternValue(start + i));
    }
  }

  private static long patternValue(long index) {
    return (index * 7919 + 13) & 0xFFFF;
  }

  @Test
  void uint16FileOverTwoGibReadsAcrossEveryWindowBoundary() throws IOException {
    Path path = dir.resolve("train.bin");
    long tokens = (2 * GIB + GIB / 4) / 2;
    List<Long> boundaries = List.of(GIB / 2, GIB, (1L << 31) / 2 - 1, tokens - 200);
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(tokens * 2);
      for (long boundary : boundaries) {
        pattern(file, boundary - 100, 300, 2);
      }
    }
    assertThat(Files.size(path)).isGreaterThan(Integer.MAX_VALUE);
    MappedTokenFile mapped = MappedTokenFile.open(path, TokenDtype.UINT16);
    assertThat(mapped.length()).isEqualTo(tokens);
    long[] window = new long[200];
    for (long boundary : boundaries) {
      mapped.read(boundary - 100, 200, window, 0);
      for (int i = 0; i < 200; i++) {
        assertThat(window[i]).as("token %d", boundary - 100 + i)
            .isEqualTo(patternValue(boundary - 100 + i));
      }
      assertThat(mapped.get(boundary)).isEqualTo(patternValue(boundary));
    }
    assertThat(mapped.get(tokens - 1)).isEqualTo(patternValue(tokens - 1));
  }

  @Test
  void uint32FileOverTwoGibThroughTokenDatasetMatchesPositionalReads() throws IOException {
    Path binDir = Files.createDirectories(dir.resolve("bin"));
    long tokens = (2 * GIB + 4096) / 4;
    try (RandomAccessFile file = new RandomAccessFile(binDir.resolve("train.bin").toFile(), "rw")) {
      file.setLength(tokens * 4);
      pattern(file, GIB / 4 - 50, 100, 4);
      put(file, tokens - 1, 4, 70_000);
    }
    try (RandomAccessFile file = new RandomAccessFile(binDir.resolve("val.bin").toFile(), "rw")) {
      file.setLength(4 * 64);
    }
    ManifestStore.write(binDir.resolve(DatasetManifest.FILE_NAME), new DatasetManifest(1, "hf:x",
        100_000, "uint32", 0.1, new DatasetManifest.SplitFile("train.bin", tokens, "unchecked"),
        new DatasetManifest.SplitFile("val.bin", 64, "unchecked"), List.of()));
    TokenDataset dataset = TokenDataset.open(binDir, 5);
    assertThat(dataset.tokenCount(Split.TRAIN)).isEqualTo(tokens);
    MappedTokenFile mapped = MappedTokenFile.open(binDir.resolve("train.bin"), TokenDtype.UINT32);
    assertThat(mapped.get(tokens - 1)).isEqualTo(70_000);
    long[] window = new long[100];
    mapped.read(GIB / 4 - 50, 100, window, 0);
    for (int i = 0; i < 100; i++) {
      assertThat(window[i]).isEqualTo(patternValue(GIB / 4 - 50 + i));
    }
    // Random windows anywhere in the 2 GiB file agree with positional reads of the same offsets.
    BatchSampler offsets = new BatchSampler(5);
    Batch batch = dataset.getBatch(Split.TRAIN, 16, 8);
    try (RandomAccessFile file = new RandomAccessFile(binDir.resolve("train.bin").toFile(), "r")) {
      for (int row = 0; row < 16; row++) {
        long start = offsets.nextOffset(Split.TRAIN, tokens - 8);
        for (int t = 0; t < 8; t++) {
          file.seek((start + t) * 4);
          assertThat(batch.x()[row * 8 + t])
              .isEqualTo(Integer.toUnsignedLong(Integer.reverseBytes(file.readInt())));
        }
      }
    }
  }

  @Test
  void smallWindowsCrossManyBoundaries() throws IOException {
    Path path = dir.resolve("small.bin");
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      pattern(file, 0, 1000, 2);
    }
    MappedTokenFile mapped = MappedTokenFile.open(path, TokenDtype.UINT16, 64);
    long[] all = new long[1000];
    mapped.read(0, 1000, all, 0);
    for (int i = 0; i < 1000; i++) {
      assertThat(all[i]).isEqualTo(patternValue(i));
    }
  }
}
