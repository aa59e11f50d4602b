package dev.plumbline.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.trainer.data.TokenDtype;
import dev.plumbline.trainer.data.Tokenizer;
import dev.plumbline.trainer.data.Tokenizers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Perplexity, the multiple-choice scorer, the benchmark file readers and GSM8K exact match, with
 * small models whose log-probabilities are known in closed form (so every expected value is
 * computed by hand); the same scorer on a trained GPT against PyTorch is in
 * {@code dev.plumbline.trainer.inference.PyTorchParityTest}.
 */
class LanguageModelMetricsTest {

  @TempDir Path tmp;

  /** log p(next | previous) = -(1 + (previous + 2 * next) % 5) / 4, whatever came before. */
  private static final class BigramModel implements TokenScorer {
    private final int context;
    private final List<Integer> rowLengths = new ArrayList<>();

    BigramModel(int context) {
      this.context = context;
    }

    static double logProbability(long previous, long next) {
      return -(1 + (previous + 2 * next) % 5) / 4.0;
    }

    @Override
    public int contextLength() {
      return context;
    }

    @Override
    public double[][] nextTokenLogProbabilities(long[][] rows) {
      double[][] result = new double[rows.length][];
      for (int r = 0; r < rows.length; r++) {
        assertThat(rows[r].length).isBetween(2, context + 1);
        assertThat(rows[r].length).isEqualTo(rows[0].length);
        rowLengths.add(rows[r].length);
        result[r] = new double[rows[r].length - 1];
        for (int i = 0; i + 1 < rows[r].length; i++) {
          result[r][i] = logProbability(rows[r][i], rows[r][i + 1]);
        }
      }
      return result;
    }
  }

  @Test
  void perplexityOfATokenFilePredictsEveryTokenButTheFirstExactlyOnce() throws IOException {
    long[] tokens = new long[103];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = (i * 37L + 11) % 300;
    }
    double expectedLoss = 0;
    for (int i = 0; i + 1 < tokens.length; i++) {
      expectedLoss -= BigramModel.logProbability(tokens[i], tokens[i + 1]);
    }
    expectedLoss /= tokens.length - 1;
    for (TokenDtype dtype : TokenDtype.values()) {
      Path file = write(tokens, dtype);
      BigramModel model = new BigramModel(8);
      PerplexityResult result = Perplexity.ofTokenFile(model, file, dtype, 0);
      assertThat(result.predictedTokens()).isEqualTo(102);
      assertThat(result.meanLoss()).isCloseTo(expectedLoss, within(1e-12));
      assertThat(result.perplexity()).isCloseTo(Math.exp(expectedLoss), within(1e-12));
      // 102 predictions in windows of 9 tokens (8 predicted each): 12 full windows, then 7
      // tokens predicting 6.
      assertThat(model.rowLengths).containsExactly(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 7);
    }
    PerplexityResult first = Perplexity.ofTokenFile(new BigramModel(8), write(tokens,
        TokenDtype.UINT16), TokenDtype.UINT16, 10);
    assertThat(first.predictedTokens()).isEqualTo(9);
    assertThat(Perplexity.fromLoss(Math.log(256))).isCloseTo(256, within(1e-9));
    assertThatThrownBy(() -> Perplexity.ofTokenFile(new BigramModel(8),
        write(new long[] {1}, TokenDtype.UINT16), TokenDtype.UINT16, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 1 token(s)");
  }

  @Test
  void multipleChoicePicksTheHighestLikelihoodAndNormalisesByCharacters() {
    try (Tokenizer bytes = Tokenizers.open("byte")) {
      BigramModel model = new BigramModel(64);
      // The context's trailing space moves to the continuation: "Q:" + " " + " b".
      double expected = 0;
      int[] all = bytes.encode("Q:  b");
      for (int i = 2; i < all.length; i++) {
        expected += BigramModel.logProbability(all[i - 1], all[i]);
      }
      assertThat(MultipleChoice.logLikelihood(model, bytes, "Q: ", " b"))
          .isCloseTo(expected, within(1e-12));

      List<MultipleChoiceItem> items = List.of(
          new MultipleChoiceItem("Pick", " ", List.of("a", "bb", "c"), 0),
          new MultipleChoiceItem("Pick", " ", List.of("xyzxyzxyz", "q"), 1));
      MultipleChoiceResult result = MultipleChoice.score(model, bytes, items);
      for (int k = 0; k < items.size(); k++) {
        MultipleChoiceItem item = items.get(k);
        MultipleChoiceResult.ScoredItem scored = result.items().get(k);
        double[] lls = new double[item.choices().size()];
        double[] norms = new double[lls.length];
        for (int c = 0; c < lls.length; c++) {
          lls[c] = MultipleChoice.logLikelihood(model, bytes, "Pick", " " + item.choices().get(c));
          norms[c] = lls[c] / item.choices().get(c).length();
          assertThat(scored.logLikelihoods().get(c)).isEqualTo(lls[c]);
        }
        assertThat(scored.picked()).isEqualTo(argmax(lls));
        assertThat(scored.pickedNormalized()).isEqualTo(argmax(norms));
      }
      assertThat(result.accuracy()).isEqualTo(result.items().stream()
          .filter(i -> i.picked() == i.answer()).count() / 2.0);
      assertThat(result.normalizedAccuracy()).isEqualTo(result.items().stream()
          .filter(i -> i.pickedNormalized() == i.answer()).count() / 2.0);
      // The long choice loses on its sum and wins per character: acc and acc_norm differ.
      assertThat(result.items().get(1).picked()).isEqualTo(1);
      assertThat(result.items().get(1).pickedNormalized()).isEqualTo(0);

      assertThatThrownBy(() -> MultipleChoice.logLikelihood(model, bytes, "", " a"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context is empty");
    }
  }

  @Test
  void aSequenceLongerThanTheContextKeepsItsLastTokens() {
    try (Tokenizer bytes = Tokenizers.open("byte")) {
      BigramModel model = new BigramModel(4);
      // "abcdefgh" + " xy": 11 tokens, the model sees the last 5; the 3 continuation tokens are
      // its last 3 predictions.
      int[] all = bytes.encode("abcdefgh xy");
      double expected = 0;
      for (int i = 8; i < 11; i++) {
        expected += BigramModel.logProbability(all[i - 1], all[i]);
      }
      assertThat(MultipleChoice.logLikelihood(model, bytes, "abcdefgh", " xy"))
          .isCloseTo(expected, within(1e-12));
      assertThat(model.rowLengths).containsExactly(5);
    }
  }

  @Test
  void hellaSwagItemsArePreparedAsTheHarnessPreparesThem() throws IOException {
    List<MultipleChoiceItem> items = BenchmarkFiles.hellaSwag(resource("hellaswag-sample.jsonl"));
    assertThat(items).hasSize(4);
    assertThat(items.get(0).context()).isEqualTo("Licensing software: A developer adds a header"
        + " to every source file. The header says the file is");
    assertThat(items.get(0).delimiter()).isEqualTo(" ");
    assertThat(items.get(0).answer()).isZero();
    assertThat(items.get(1).choices()).containsExactly("eat the copies before. they are sold.",
        "qqqq qqqq qqqq qqqq.", "conspicuously and appropriately publish on each copy an"
            + " appropriate copyright notice;", "fly to the moon tomorrow.");
    // Python's capitalize() lowers the rest: "AS IS, WITHOUT" becomes "As is, without".
    assertThat(items.get(2).context()).isEqualTo(
        "Reading a license: The software is provided As is, without warranties or");
  }

  @Test
  void mmluItemsUseTheHarnessZeroShotPrompt() throws IOException {
    List<MultipleChoiceItem> items = BenchmarkFiles.mmlu(resource("mmlu-sample.jsonl"));
    assertThat(items).hasSize(4);
    assertThat(items.get(1).context()).isEqualTo("The following are multiple choice questions"
        + " (with answers) about software licensing.\n\nWhich license is a copyleft license"
        + " published by the Free Software Foundation?\nA. The MIT License\nB. The GNU General"
        + " Public License\nC. The Apache License\nD. The BSD License\nAnswer:");
    assertThat(items.get(1).choices()).containsExactly("A", "B", "C", "D");
    assertThat(items.get(1).answer()).isEqualTo(1);
  }

  @Test
  void aBrokenLineIsNamedWithItsFileAndLine() throws IOException {
    Path file = tmp.resolve("broken.jsonl");
    Files.writeString(file, "{\"question\": \"q\", \"subject\": \"s\", \"choices\": [\"a\","
        + " \"b\", \"c\", \"d\"], \"answer\": 0}\n{\"question\": \"q2\"}\n");
    assertThatThrownBy(() -> BenchmarkFiles.mmlu(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ":2: missing field 'choices'");
    Files.writeString(file, "not json\n");
    assertThatThrownBy(() -> BenchmarkFiles.hellaSwag(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":1: not a JSON object");
  }

  @Test
  void gsm8kReadsTheNumberAfterTheMarkerAndTheModelsAnswer() throws IOException {
    List<Gsm8k.Problem> problems = BenchmarkFiles.gsm8k(resource("gsm8k-sample.jsonl"));
    assertThat(problems).hasSize(2);
    assertThat(Gsm8k.referenceAnswer(problems.get(0).answer())).isEqualTo("4");
    assertThat(Gsm8k.referenceAnswer(problems.get(1).answer())).isEqualTo("2500");
    assertThat(Gsm8k.extractAnswer("so 2 * 1250 = 2500.\n#### 2,500")).contains("2500");
    assertThat(Gsm8k.extractAnswer("It costs $2,500.")).contains("2500");
    assertThat(Gsm8k.extractAnswer("no idea")).isEqualTo(Optional.empty());
    assertThat(Gsm8k.exactMatch(List.of("#### 4", "The answer is 2400."),
        List.of(problems.get(0).answer(), problems.get(1).answer()))).isEqualTo(0.5);
    assertThatThrownBy(() -> Gsm8k.referenceAnswer("42"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no '####'");
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      best = values[i] > values[best] ? i : best;
    }
    return best;
  }

  private Path write(long[] tokens, TokenDtype dtype) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(tokens.length * dtype.bytes())
        .order(ByteOrder.LITTLE_ENDIAN);
    for (long token : tokens) {
      if (dtype.bytes() == 2) {
        buffer.putShort((short) token);
      } else {
        buffer.putInt((int) token);
      }
    }
    Path file = Files.createTempFile(tmp, "tokens", ".bin");
    Files.write(file, buffer.array());
    return file;
  }

  private static Path resource(String name) {
    return Path.of("src/test/resources/eval/lm", name);
  }
}
