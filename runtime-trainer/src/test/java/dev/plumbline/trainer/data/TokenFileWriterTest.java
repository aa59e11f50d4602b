package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileWriterTest {

  @TempDir
  Path dir;

  @Test
  void writesLittleEndianAcrossManyFlushesAndHashesWhatItWrote() throws IOException {
    Path file = dir.resolve("t.bin");
    int count = 1_500_000;
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] = (i * 31) % 70_000;
    }
    String hash;
    try (TokenFileWriter writer = new TokenFileWriter(file, TokenDtype.UINT32, 70_000,
        DiskSpace.SYSTEM)) {
      writer.write(ids, 0, 1000);
      writer.write(ids, 1000, count);
      assertThat(writer.tokens()).isEqualTo(count);
      hash = writer.finish();
    }
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(bytes.capacity()).isEqualTo(4 * count);
    for (int i = 0; i < count; i++) {
      assertThat(bytes.getInt(4 * i)).isEqualTo(ids[i]);
    }
    assertThat(hash).isEqualTo(FileHashes.sha256(file));
  }

  @Test
  void refusesIdsOutsideTheVocabulary() throws IOException {
    try (TokenFileWriter writer = new TokenFileWriter(dir.resolve("t.bin"), TokenDtype.UINT16, 10,
        DiskSpace.SYSTEM)) {
      assertThatThrownBy(() -> writer.write(new int[] {1, 2, 10}, 0, 3))
          .isInstanceOf(DatasetException.class)
          .hasMessage("token id 10 is outside the tokenizer's vocabulary of 10; the tokenizer file"
              + " is inconsistent");
    }
  }
}
