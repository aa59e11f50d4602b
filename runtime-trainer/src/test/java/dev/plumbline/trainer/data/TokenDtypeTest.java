package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenDtypeTest {

  @TempDir
  Path dir;

  @Test
  void uint16BelowTheLimitUint32FromIt() {
    assertThat(TokenDtype.forVocabSize(1)).isEqualTo(TokenDtype.UINT16);
    assertThat(TokenDtype.forVocabSize(256)).isEqualTo(TokenDtype.UINT16);
    assertThat(TokenDtype.forVocabSize(65_534)).isEqualTo(TokenDtype.UINT16);
    assertThat(TokenDtype.forVocabSize(65_535)).isEqualTo(TokenDtype.UINT32);
    assertThat(TokenDtype.forVocabSize(65_536)).isEqualTo(TokenDtype.UINT32);
    assertThat(TokenDtype.forVocabSize(50_257)).isEqualTo(TokenDtype.UINT16);
    assertThat(TokenDtype.forVocabSize(100_277)).isEqualTo(TokenDtype.UINT32);
    assertThatThrownBy(() -> TokenDtype.forVocabSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tokenizerWith65534IdsWritesUint16() throws IOException {
    PreparedDataset prepared = prepareWith(65_534, "w65533 w1 w65533 w2 w3 w4 w5 w6 w7 w8 w9");
    assertThat(prepared.manifest().dtype()).isEqualTo("uint16");
    byte[] train = Files.readAllBytes(prepared.binDir().resolve("train.bin"));
    // floor(11 * 0.1) = 1 token goes to val; ten uint16 tokens stay in train.
    assertThat(train).hasSize(20);
    ByteBuffer le = ByteBuffer.wrap(train).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(Short.toUnsignedInt(le.getShort(0))).isEqualTo(65_533);
    assertThat(Short.toUnsignedInt(le.getShort(2))).isEqualTo(1);
    TokenDataset dataset = TokenDataset.open(prepared.binDir(), 7);
    assertThat(dataset.vocabSize()).isEqualTo(65_534);
    Batch batch = dataset.getBatch(Split.TRAIN, 64, 9);
    assertThat(batch.x()).contains(65_533L);
  }

  @Test
  void tokenizerWith65535IdsWritesUint32() throws IOException {
    PreparedDataset prepared = prepareWith(65_535, "w65534 w1 w65534 w2 w3 w4 w5 w6 w7 w8 w9");
    assertThat(prepared.manifest().dtype()).isEqualTo("uint32");
    byte[] train = Files.readAllBytes(prepared.binDir().resolve("train.bin"));
    assertThat(train).hasSize(40);
    ByteBuffer le = ByteBuffer.wrap(train).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(le.getInt(0)).isEqualTo(65_534);
    assertThat(le.getInt(8)).isEqualTo(65_534);
    TokenDataset dataset = TokenDataset.open(prepared.binDir(), 7);
    Batch batch = dataset.getBatch(Split.TRAIN, 64, 9);
    assertThat(batch.x()).contains(65_534L);
  }

  private PreparedDataset prepareWith(int vocabSize, String text) throws IOException {
    Path data = Files.createDirectories(dir.resolve("training_data"));
    Files.writeString(data.resolve("words.txt"), text, StandardCharsets.UTF_8);
    try (Tokenizer tokenizer = HuggingFaceTokenizerFile.open(
        HuggingFaceTokenizerFileTest.wordLevelTokenizer(dir, vocabSize))) {
      return new DatasetPreparer().prepare(data, dir.resolve("bin"), tokenizer, 0.1);
    }
  }
}
