package dev.plumbline.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus BLEU against NLTK's {@code corpus_bleu} on 13a-tokenized text
 * ({@code eval/bleu/make_reference.py}) and against the figures of sacreBLEU's own tests
 * ({@code eval/bleu/sacrebleu-published.json}, which says where each came from).
 */
class BleuTest {

  private static final JsonNode NLTK = ReferenceData.read("/eval/bleu/nltk-reference.json");
  private static final JsonNode SACREBLEU =
      ReferenceData.read("/eval/bleu/sacrebleu-published.json");

  @Test
  void the13aTokensAreTheReferenceScriptsOnEverySegment() {
    for (JsonNode c : NLTK.get("cases")) {
      for (int i = 0; i < c.get("hypotheses").size(); i++) {
        assertThat(Tokenizer13a.tokenize(c.get("hypotheses").get(i).asText()))
            .isEqualTo(c.get("hypothesis_tokens").get(i).asText());
        for (int r = 0; r < c.get("references").size(); r++) {
          assertThat(Tokenizer13a.tokenize(c.get("references").get(r).get(i).asText()))
              .isEqualTo(c.get("reference_tokens").get(i).get(r).asText());
        }
      }
    }
  }

  @Test
  void corpusBleuAgreesWithNltkOn13aTokenizedInput() {
    assertThat(NLTK.get("nltk").asText()).isEqualTo("3.8");
    for (JsonNode c : NLTK.get("cases")) {
      if (c.get("differs_from_sacrebleu").asBoolean()) {
        continue;
      }
      BleuScore bleu = Bleu.corpus(texts(c.get("hypotheses")), streams(c.get("references")));
      assertThat(bleu.score() / 100).as(c.get("name").asText())
          .isCloseTo(c.get("nltk_corpus_bleu").asDouble(), within(1e-9));
    }
  }

  /**
   * Hypotheses shorter than 4 tokens: NLTK divides each order's matches by max(1, n-grams) per
   * segment, so "Yes ." and "No" add 1 to the denominators of the orders they have no n-gram of;
   * sacreBLEU (whose definition this is) adds 0. Same matches, NLTK's totals give NLTK's figure.
   */
  @Test
  void onShortSegmentsTheOnlyDifferenceFromNltkIsItsDenominatorRule() {
    JsonNode c = NLTK.get("cases").get(1);
    assertThat(c.get("name").asText()).isEqualTo("short-segments");
    BleuScore bleu = Bleu.corpus(texts(c.get("hypotheses")), streams(c.get("references")));
    assertThat(bleu.matches()).containsExactly(7L, 3L, 2L, 1L);
    assertThat(bleu.totals()).containsExactly(7L, 4L, 2L, 1L);
    assertThat(bleu.score() / 100).isCloseTo(Math.exp(1 - 11.0 / 7) * Math.pow(0.75, 0.25),
        within(1e-15));
    long[] nltkTotals = {7, 4 + 1, 2 + 2, 1 + 2};
    assertThat(Bleu.fromStatistics(new long[] {7, 3, 2, 1}, nltkTotals, 7, 11).score() / 100)
        .isCloseTo(c.get("nltk_corpus_bleu").asDouble(), within(1e-9));
  }

  @Test
  void corpusBleuMatchesSacreBleusPublishedFigures() {
    List<List<String>> references = streams(SACREBLEU.get("references"));
    for (JsonNode c : SACREBLEU.get("corpus_bleu")) {
      List<String> hypotheses = texts(c.get("hypotheses"));
      BleuScore bleu = c.get("tokenize").asText().equals("13a")
          ? Bleu.corpus(hypotheses, references)
          : Bleu.corpusOfTokens(hypotheses.stream().map(Tokenizer13a::words).toList(),
              segmentReferences(references, Tokenizer13a::words));
      assertThat(bleu.score()).as(c.get("case").asText())
          .isCloseTo(c.get("expected").asDouble(), within(5e-7));
    }
  }

  @Test
  void statisticsAndScoresFromStatisticsMatchSacreBleusTests() {
    JsonNode stats = SACREBLEU.get("statistics").get(0);
    BleuScore bleu = Bleu.corpus(List.of(stats.get("hypothesis").asText()),
        List.of(List.of(stats.get("reference").asText())));
    assertThat(bleu.matches()).containsExactly(4L, 2L, 1L, 0L);
    assertThat(bleu.totals()).containsExactly(6L, 5L, 4L, 3L);
    assertThat(bleu.score()).as("a zero 4-gram precision without smoothing").isZero();
    for (JsonNode c : SACREBLEU.get("compute_bleu")) {
      BleuScore score = Bleu.fromStatistics(longs(c.get("matches")), longs(c.get("totals")),
          c.get("sys_len").asLong(), c.get("ref_len").asLong());
      assertThat(score.score() / 100).as(c.get("case").asText())
          .isCloseTo(c.get("expected_fraction").asDouble(), within(5e-11));
    }
  }

  @Test
  void brevityPenaltyUsesTheClosestReferenceAndTheShorterOnATie() {
    // Hypothesis of 4 tokens, references of 3 and 5 tokens: both 1 away, the shorter (3) counts,
    // so no penalty.
    BleuScore tie = Bleu.corpusOfTokens(List.of(List.of("a", "b", "c", "d")),
        List.of(List.of(List.of("a", "b", "c"), List.of("a", "b", "c", "d", "e"))));
    assertThat(tie.referenceLength()).isEqualTo(3);
    assertThat(tie.brevityPenalty()).isEqualTo(1.0);
    BleuScore shorter = Bleu.corpusOfTokens(List.of(List.of("a", "b", "c", "d")),
        List.of(List.of(List.of("a", "b", "c", "d", "e", "f"))));
    assertThat(shorter.brevityPenalty()).isCloseTo(Math.exp(1 - 6.0 / 4), within(1e-15));
  }

  @Test
  void zeroLengthHypothesesScoreZeroAndMismatchedReferencesAreRefused() {
    BleuScore empty = Bleu.corpus(List.of("", ""), List.of(List.of("a b c d", "e f g h")));
    assertThat(empty.score()).isZero();
    assertThat(empty.brevityPenalty()).isZero();
    assertThat(empty.hypothesisLength()).isZero();
    assertThatThrownBy(() -> Bleu.corpus(List.of("a"), List.of(List.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reference set has 2 segments but there are 1 hypotheses: every set needs"
            + " one reference per hypothesis");
    assertThatThrownBy(() -> Bleu.corpus(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no references");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<List<String>> streams(JsonNode array) {
    List<List<String>> streams = new ArrayList<>();
    array.forEach(stream -> streams.add(texts(stream)));
    return streams;
  }

  private static List<List<List<String>>> segmentReferences(List<List<String>> streams,
      java.util.function.Function<String, List<String>> tokenizer) {
    List<List<List<String>>> segments = new ArrayList<>();
    for (int i = 0; i < streams.get(0).size(); i++) {
      List<List<String>> references = new ArrayList<>();
      for (List<String> stream : streams) {
        references.add(tokenizer.apply(stream.get(i)));
      }
      segments.add(references);
    }
    return segments;
  }

  private static long[] longs(JsonNode array) {
    return Arrays.stream(ReferenceData.ints(array)).asLongStream().toArray();
  }
}
