// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus BLEU with sacreBLEU's defaults and no smoothing: 13a tokenization, n-grams up to 4,
 * counts clipped by the most frequent occurrence in any reference, precisions pooled over the
 * corpus, the brevity penalty on the closest reference length (the shorter one on a tie), and a
 * score of 0 as soon as one precision is 0 (sacreBLEU's {@code smooth_method="none"}, NLTK's
 * {@code corpus_bleu} without a smoothing function).
 *
 * <pre>{@code
 * BleuScore bleu = Bleu.corpus(hypotheses, List.of(referencesA, referencesB));
 * bleu.score(); // 0-100, e.g. 48.53
 * }</pre>
 */
public final class Bleu {

  /** The largest n-gram order. */
  public static final int MAX_ORDER = 4;

  private Bleu() {
  }

  /**
   * Corpus BLEU of detokenized text, tokenized with {@link Tokenizer13a} first.
   *
   * @param hypotheses one system output per segment
   * @param referenceStreams one or more reference sets, each with one reference per segment (as
   *     sacreBLEU's {@code corpus_bleu(hyps, [refs1, refs2])})
   * @return the score and its statistics
   * @throws IllegalArgumentException when there is no reference set or a set's length differs
   *     from the hypotheses'
   */
  public static BleuScore corpus(List<String> hypotheses, List<List<String>> referenceStreams) {
    if (referenceStreams.isEmpty()) {
      throw new IllegalArgumentException("no references: give at least one reference set");
    }
    List<List<String>> tokenizedHypotheses = new ArrayList<>();
    List<List<List<String>>> tokenizedReferences = new ArrayList<>();
    for (int i = 0; i < hypotheses.size(); i++) {
      tokenizedHypotheses.add(Tokenizer13a.words(Tokenizer13a.tokenize(hypotheses.get(i))));
      List<List<String>> references = new ArrayList<>();
      for (List<String> stream : referenceStreams) {
        if (stream.size() != hypotheses.size()) {
          throw new IllegalArgumentException("a reference set has " + stream.size()
              + " segments but there are " + hypotheses.size() + " hypotheses: every set needs"
              + " one reference per hypothesis");
        }
        references.add(Tokenizer13a.words(Tokenizer13a.tokenize(stream.get(i))));
      }
      tokenizedReferences.add(references);
    }
    return corpusOfTokens(tokenizedHypotheses, tokenizedReferences);
  }

  /**
   * Corpus BLEU of text that is already tokenized (NLTK's {@code corpus_bleu} input).
   *
   * @param hypotheses the tokens of each hypothesis
   * @param references for each hypothesis, the tokens of each of its references (at least one)
   * @return the score and its statistics
   * @throws IllegalArgumentException when the lists differ in length or a hypothesis has no
   *     reference
   */
  public static BleuScore corpusOfTokens(List<List<String>> hypotheses,
      List<List<List<String>>> references) {
    ClassificationMetrics.requireSameLength(references.size(), hypotheses.size());
    long[] matches = new long[MAX_ORDER];
    long[] totals = new long[MAX_ORDER];
    long hypothesisLength = 0;
    long referenceLength = 0;
    for (int i = 0; i < hypotheses.size(); i++) {
      List<String> hypothesis = hypotheses.get(i);
      List<List<String>> segmentReferences = references.get(i);
      if (segmentReferences.isEmpty()) {
        throw new IllegalArgumentException("hypothesis " + i + " has no reference");
      }
      Map<List<String>, Integer> clip = new HashMap<>();
      List<Integer> lengths = new ArrayList<>();
      for (List<String> reference : segmentReferences) {
        lengths.add(reference.size());
        ngrams(reference).forEach((ngram, count) -> clip.merge(ngram, count, Math::max));
      }
      for (Map.Entry<List<String>, Integer> entry : ngrams(hypothesis).entrySet()) {
        int order = entry.getKey().size() - 1;
        totals[order] += entry.getValue();
        matches[order] += Math.min(entry.getValue(), clip.getOrDefault(entry.getKey(), 0));
      }
      hypothesisLength += hypothesis.size();
      referenceLength += closest(hypothesis.size(), lengths);
    }
    return fromStatistics(matches, totals, hypothesisLength, referenceLength);
  }

  /**
   * BLEU from its sufficient statistics (sacreBLEU's {@code compute_bleu} without smoothing).
   *
   * @param matches clipped matches per order 1..4
   * @param totals hypothesis n-grams per order 1..4
   * @param hypothesisLength tokens in the hypotheses
   * @param referenceLength the effective reference length
   * @return the score
   */
  public static BleuScore fromStatistics(long[] matches, long[] totals, long hypothesisLength,
      long referenceLength) {
    if (matches.length != MAX_ORDER || totals.length != MAX_ORDER) {
      throw new IllegalArgumentException("BLEU statistics need " + MAX_ORDER + " orders");
    }
    double brevityPenalty = hypothesisLength >= referenceLength ? 1.0
        : hypothesisLength == 0 ? 0.0 : Math.exp(1 - (double) referenceLength / hypothesisLength);
    List<Double> precisions = new ArrayList<>();
    double logSum = 0;
    boolean zero = false;
    for (int n = 0; n < MAX_ORDER; n++) {
      double precision = totals[n] == 0 ? 0.0 : 100.0 * matches[n] / totals[n];
      precisions.add(precision);
      zero |= precision == 0;
      logSum += zero ? 0 : Math.log(precision);
    }
    double score = zero ? 0.0 : brevityPenalty * Math.exp(logSum / MAX_ORDER);
    return new BleuScore(score, boxed(matches), boxed(totals), precisions, brevityPenalty,
        hypothesisLength, referenceLength);
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int n = 1; n <= MAX_ORDER; n++) {
      for (int start = 0; start + n <= tokens.size(); start++) {
        counts.merge(List.copyOf(tokens.subList(start, start + n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  // sacreBLEU's _get_closest_ref_len: the nearest length, the shorter one on a tie.
  private static int closest(int hypothesisLength, List<Integer> lengths) {
    int best = lengths.get(0);
    for (int length : lengths) {
      int difference = Math.abs(hypothesisLength - length);
      int bestDifference = Math.abs(hypothesisLength - best);
      if (difference < bestDifference || (difference == bestDifference && length < best)) {
        best = length;
      }
    }
    return best;
  }

  private static List<Long> boxed(long[] values) {
    List<Long> list = new ArrayList<>();
    for (long value : values) {
      list.add(value);
    }
    return list;
  }
}
