package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuggingFaceTokenizerFileTest {

  @TempDir
  Path dir;

  /**
   * A WordLevel tokenizer.json whose vocabulary is [UNK] followed by w1 .. w(size-1).
   */
  static Path wordLevelTokenizer(Path dir, int size) throws IOException {
    StringBuilder vocab = new StringBuilder("\"[UNK]\":0");
    for (int i = 1; i < size; i++) {
      vocab.append(",\"w").append(i).append("\":").append(i);
    }
    String json = "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[],"
        + "\"normalizer\":null,\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
        + "\"post_processor\":null,\"decoder\":null,\"model\":{\"type\":\"WordLevel\",\"vocab\":{"
        + vocab + "},\"unk_token\":\"[UNK]\"}}";
    Path file = dir.resolve("tokenizer-" + size + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void loadsOfflineFromTheJarAndEncodes() throws IOException {
    try (HuggingFaceTokenizerFile tokenizer =
        HuggingFaceTokenizerFile.open(wordLevelTokenizer(dir, 10))) {
      assertThat(tokenizer.vocabSize()).isEqualTo(10);
      assertThat(tokenizer.id()).startsWith("hf:").hasSize(3 + 64);
      assertThat(tokenizer.encode("w3 w9 unknown w1")).containsExactly(3, 9, 0, 1);
    }
  }

  @Test
  void notATokenizer() throws IOException {
    Path notJson = dir.resolve("tokenizer.json");
    Files.writeString(notJson, "model: x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> HuggingFaceTokenizerFile.open(notJson))
        .isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("tokenizer " + notJson + " is not valid JSON: ")
        .hasMessageEndingWith("; point data.tokenizer at a HuggingFace tokenizer.json or use"
            + " 'byte'");
    Files.writeString(notJson, "{\"model\":{}}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> HuggingFaceTokenizerFile.open(notJson))
        .isInstanceOf(DatasetException.class)
        .hasMessage("tokenizer " + notJson + " has no model.vocab; point data.tokenizer at a"
            + " HuggingFace tokenizer.json or use 'byte'");
  }

  @Test
  void vocabularySizeCountsAddedTokensAndUnigramPieces() throws IOException {
    Path wordLevel = dir.resolve("added.json");
    Files.writeString(wordLevel, "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,"
        + "\"added_tokens\":[{\"id\":2,\"content\":\"<eos>\",\"single_word\":false,"
        + "\"lstrip\":false,\"rstrip\":false,\"normalized\":false,\"special\":true}],"
        + "\"normalizer\":null,\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
        + "\"post_processor\":null,\"decoder\":null,\"model\":{\"type\":\"WordLevel\","
        + "\"vocab\":{\"[UNK]\":0,\"a\":1},\"unk_token\":\"[UNK]\"}}", StandardCharsets.UTF_8);
    try (HuggingFaceTokenizerFile tokenizer = HuggingFaceTokenizerFile.open(wordLevel)) {
      assertThat(tokenizer.vocabSize()).isEqualTo(3);
      assertThat(tokenizer.encode("a <eos> a")).containsExactly(1, 2, 1);
    }
    Path unigram = dir.resolve("unigram.json");
    Files.writeString(unigram, "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,"
        + "\"added_tokens\":[],\"normalizer\":null,\"pre_tokenizer\":null,"
        + "\"post_processor\":null,\"decoder\":null,\"model\":{\"type\":\"Unigram\","
        + "\"unk_id\":0,\"vocab\":[[\"<unk>\",0.0],[\"a\",-1.0],[\"b\",-2.0]]}}",
        StandardCharsets.UTF_8);
    try (HuggingFaceTokenizerFile tokenizer = HuggingFaceTokenizerFile.open(unigram)) {
      assertThat(tokenizer.vocabSize()).isEqualTo(3);
      assertThat(tokenizer.encode("ab")).containsExactly(1, 2);
    }
  }
}
