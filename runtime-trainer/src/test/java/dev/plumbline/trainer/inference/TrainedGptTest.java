package dev.plumbline.trainer.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.trainer.data.TokenDtype;
import dev.plumbline.trainer.data.Tokenizer;
import dev.plumbline.trainer.data.Tokenizers;
import dev.plumbline.trainer.eval.Perplexity;
import dev.plumbline.trainer.eval.PerplexityResult;
import dev.plumbline.trainer.loop.TrainingResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GPT trained for real (60 steps on license texts), loaded from its best checkpoint: scoring,
 * generation and the safetensors round trip.
 */
class TrainedGptTest {

  @TempDir static Path run;
  private static TrainingResult result;

  @BeforeAll
  static void train() throws IOException {
    result = LicenseTextRun.train(run, 60);
  }

  @Test
  void theValidationFileScoresAboutAsTheTrainersValidationLoss() throws IOException {
    try (TrainedGpt gpt = TrainedGpt.load(run.resolve("checkpoints/best_model.ckpt"))) {
      assertThat(gpt.shape().vocabSize()).isEqualTo(256);
      assertThat(gpt.shape().layerCount()).isEqualTo(2);
      PerplexityResult val = Perplexity.ofTokenFile(gpt,
          run.resolve("dataset_cache/bin/val.bin"), TokenDtype.UINT16, 0);
      // The trainer measured 5 random batches, this is the whole file: close, not equal.
      assertThat(val.meanLoss()).isCloseTo(result.bestValidationLoss(), within(0.25));
      assertThat(val.perplexity()).isCloseTo(Math.exp(val.meanLoss()), within(1e-9));
      assertThat(val.meanLoss()).as("better than a uniform guess over 256 bytes")
          .isLessThan(Math.log(256) - 1);
    }
  }

  @Test
  void logProbabilitiesAreTheLogSoftmaxOfTheLogits() throws IOException {
    try (TrainedGpt gpt = TrainedGpt.load(run.resolve("checkpoints/best_model.ckpt"))) {
      long[] tokens = {84, 104, 101, 32, 76, 105, 99, 101};
      float[][] logits = gpt.logits(tokens);
      double[] logProbabilities = gpt.nextTokenLogProbabilities(new long[][] {tokens})[0];
      for (int t = 0; t + 1 < tokens.length; t++) {
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits[t]) {
          max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits[t]) {
          sum += Math.exp(l - max);
        }
        double expected = logits[t][(int) tokens[t + 1]] - max - Math.log(sum);
        assertThat(logProbabilities[t]).isCloseTo(expected, within(1e-5));
      }
    }
  }

  @Test
  void generationIsReproducibleBySeedAndGreedyFollowsTheArgmax() throws IOException {
    try (TrainedGpt gpt = TrainedGpt.load(run.resolve("checkpoints/best_model.ckpt"));
        Tokenizer bytes = Tokenizers.open("byte")) {
      Sampling sampling = new Sampling(0.8, 20, 42);
      String first = gpt.generate(bytes, "The Licensor ", 60, sampling);
      assertThat(gpt.generate(bytes, "The Licensor ", 60, sampling)).isEqualTo(first);
      assertThat(gpt.generate(bytes, "The Licensor ", 60, new Sampling(0.8, 20, 43)))
          .isNotEqualTo(first);
      long[] prompt = Arrays.stream(bytes.encode("The Licensor ")).asLongStream().toArray();
      long[] greedy = gpt.generate(prompt, 3, new Sampling(0, 0, 1));
      float[][] logits = gpt.logits(prompt);
      assertThat(greedy[0]).isEqualTo(argmax(logits[logits.length - 1]));
      assertThat(gpt.generate(prompt, 3, new Sampling(1.0, 1, 7))).as("top-k 1 is greedy")
          .containsExactly(greedy);
      // Longer than the block: the context is cropped to the last 32 tokens, as nanoGPT does.
      assertThat(gpt.generate(prompt, 50, Sampling.NANOGPT_DEFAULTS)).hasSize(50);
    }
  }

  @Test
  void exportThenImportGivesBitIdenticalWeightsAndLogits() throws IOException {
    Path file = run.resolve("model.safetensors");
    try (TrainedGpt gpt = TrainedGpt.load(run.resolve("checkpoints/best_model.ckpt"))) {
      gpt.exportSafetensors(file);
      try (TrainedGpt back = TrainedGpt.fromSafetensors(file)) {
        Map<String, float[]> expected = gpt.weights();
        Map<String, float[]> actual = back.weights();
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(actual.keySet()).startsWith("transformer.wte.weight", "transformer.wpe.weight",
            "transformer.h.0.ln_1.weight", "transformer.h.0.ln_1.bias",
            "transformer.h.0.attn.c_attn.weight").endsWith("transformer.ln_f.weight",
            "transformer.ln_f.bias", "lm_head.weight");
        expected.forEach((name, values) -> assertThat(bits(actual.get(name))).as(name)
            .isEqualTo(bits(values)));
        long[] tokens = {1, 2, 3, 4, 5};
        assertThat(back.logits(tokens)).isDeepEqualTo(gpt.logits(tokens));
      }
    }
  }

  @Test
  void aDamagedOrForeignSafetensorsFileIsRefusedWithItsReason() throws IOException {
    Path empty = Files.writeString(run.resolve("empty.safetensors"), "");
    assertThatThrownBy(() -> TrainedGpt.fromSafetensors(empty)).isInstanceOf(IOException.class)
        .hasMessage(empty + " is not a usable safetensors file: shorter than the 8-byte header"
            + " length");
    Path half = run.resolve("half.safetensors");
    writeRaw(half, "{\"__metadata__\":{\"n_layer\":\"1\"},\"w\":{\"dtype\":\"F16\",\"shape\":[1],"
        + "\"data_offsets\":[0,2]}}", new byte[2]);
    assertThatThrownBy(() -> TrainedGpt.fromSafetensors(half)).isInstanceOf(IOException.class)
        .hasMessageContaining("tensor 'w' is F16; only F32 tensors are read");
    Path noSize = run.resolve("nosize.safetensors");
    writeRaw(noSize, "{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
        new byte[4]);
    assertThatThrownBy(() -> TrainedGpt.fromSafetensors(noSize)).isInstanceOf(IOException.class)
        .hasMessageContaining("does not say the model's n_layer in its __metadata__");
  }

  private static void writeRaw(Path file, String header, byte[] data) throws IOException {
    byte[] json = header.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(8 + json.length + data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    buffer.putLong(json.length).put(json).put(data);
    Files.write(file, buffer.array());
  }

  static int[] bits(float[] values) {
    int[] bits = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Float.floatToRawIntBits(values[i]);
    }
    return bits;
  }

  private static long argmax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      best = values[i] > values[best] ? i : best;
    }
    return best;
  }
}
