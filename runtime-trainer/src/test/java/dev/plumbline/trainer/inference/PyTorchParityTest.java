package dev.plumbline.trainer.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.trainer.data.Tokenizer;
import dev.plumbline.trainer.data.Tokenizers;
import dev.plumbline.trainer.eval.BenchmarkFiles;
import dev.plumbline.trainer.eval.MultipleChoice;
import dev.plumbline.trainer.eval.MultipleChoiceItem;
import dev.plumbline.trainer.eval.MultipleChoiceResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PyTorch hand-off checked against PyTorch itself: {@code tiny-gpt.safetensors} was exported
 * by Plumbline from a GPT trained 300 steps on the license texts, loaded by
 * {@code make_reference.py} into nanoGPT's {@code GPT} on Debian's python3-torch 1.13, and its
 * logits, multiple-choice log-likelihoods and greedy generation recorded in
 * {@code pytorch-reference.json}; PyTorch also wrote the state dict back as
 * {@code tiny-gpt.from-pytorch.safetensors}. {@code make_fixture.sh} rebuilds all three.
 */
class PyTorchParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void logitsOnTheSameInputMatchNanoGptInPyTorchTo1e5() throws IOException {
    JsonNode reference = reference();
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(resource("tiny-gpt.safetensors"));
        Tokenizer bytes = Tokenizers.open("byte")) {
      int compared = 0;
      for (int i = 0; i < reference.get("inputs").size(); i++) {
        long[] tokens = ids(bytes, reference.get("inputs").get(i).asText());
        float[][] logits = gpt.logits(tokens);
        JsonNode expected = reference.get("logits").get(i);
        assertThat(logits.length).isEqualTo(tokens.length);
        for (int t = 0; t < tokens.length; t++) {
          assertThat(expected.get(t).size()).isEqualTo(256);
          for (int v = 0; v < 256; v++) {
            assertThat((double) logits[t][v]).as("input %d position %d token %d", i, t, v)
                .isCloseTo(expected.get(t).get(v).asDouble(), within(1e-5));
            compared++;
          }
        }
      }
      assertThat(compared).isEqualTo(256 * (32 + 30 + 30));
    }
  }

  @Test
  void multipleChoicePicksTheSameAnswersWithTheSameLogLikelihoodsAsPyTorch()
      throws IOException {
    JsonNode reference = reference();
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(resource("tiny-gpt.safetensors"));
        Tokenizer bytes = Tokenizers.open("byte")) {
      checkAgainst(reference.get("hellaswag"), MultipleChoice.score(gpt, bytes,
          BenchmarkFiles.hellaSwag(evalResource("hellaswag-sample.jsonl"))),
          BenchmarkFiles.hellaSwag(evalResource("hellaswag-sample.jsonl")));
      checkAgainst(reference.get("mmlu"), MultipleChoice.score(gpt, bytes,
          BenchmarkFiles.mmlu(evalResource("mmlu-sample.jsonl"))),
          BenchmarkFiles.mmlu(evalResource("mmlu-sample.jsonl")));
    }
  }

  @Test
  void greedyGenerationProducesPyTorchsTokens() throws IOException {
    JsonNode reference = reference();
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(resource("tiny-gpt.safetensors"));
        Tokenizer bytes = Tokenizers.open("byte")) {
      long[] generated = gpt.generate(ids(bytes, reference.get("greedy_prompt").asText()), 40,
          new Sampling(0, 0, 1));
      long[] expected = new long[reference.get("greedy_tokens").size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = reference.get("greedy_tokens").get(i).asLong();
      }
      assertThat(generated).containsExactly(expected);
    }
  }

  @Test
  void weightsWrittenBackByPyTorchImportBitIdenticalAndReexportByteIdentical(@TempDir Path dir)
      throws IOException {
    try (TrainedGpt ours = TrainedGpt.fromSafetensors(resource("tiny-gpt.safetensors"));
        TrainedGpt fromPyTorch =
            TrainedGpt.fromSafetensors(resource("tiny-gpt.from-pytorch.safetensors"))) {
      Map<String, float[]> expected = ours.weights();
      Map<String, float[]> actual = fromPyTorch.weights();
      assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
      expected.forEach((name, values) -> assertThat(TrainedGptTest.bits(actual.get(name)))
          .as(name).isEqualTo(TrainedGptTest.bits(values)));
      Path again = dir.resolve("again.safetensors");
      ours.exportSafetensors(again);
      assertThat(Files.readAllBytes(again))
          .isEqualTo(Files.readAllBytes(resource("tiny-gpt.safetensors")));
    }
  }

  private static void checkAgainst(JsonNode expected, MultipleChoiceResult actual,
      List<MultipleChoiceItem> items) {
    assertThat(actual.items()).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode item = expected.get(i);
      MultipleChoiceResult.ScoredItem scored = actual.items().get(i);
      assertThat(items.get(i).context()).isEqualTo(item.get("context").asText());
      for (int c = 0; c < scored.logLikelihoods().size(); c++) {
        assertThat(scored.logLikelihoods().get(c)).as("item %d choice %d", i, c)
            .isCloseTo(item.get("loglikelihoods").get(c).asDouble(), within(1e-3));
      }
      assertThat(scored.picked()).as("acc pick of item %d", i)
          .isEqualTo(item.get("acc_pick").asInt());
      assertThat(scored.pickedNormalized()).as("acc_norm pick of item %d", i)
          .isEqualTo(item.get("acc_norm_pick").asInt());
    }
  }

  private static long[] ids(Tokenizer tokenizer, String text) {
    return java.util.Arrays.stream(tokenizer.encode(text)).asLongStream().toArray();
  }

  private static JsonNode reference() throws IOException {
    return JSON.readTree(Files.readString(resource("pytorch-reference.json"),
        StandardCharsets.UTF_8));
  }

  private static Path resource(String name) {
    return path("/inference/" + name);
  }

  private static Path evalResource(String name) {
    return path("/eval/lm/" + name);
  }

  private static Path path(String resource) {
    try {
      return Path.of(PyTorchParityTest.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
