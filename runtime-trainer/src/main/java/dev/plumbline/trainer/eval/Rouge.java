// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * ROUGE-N and ROUGE-L as Google's {@code rouge-score} package computes them with its defaults
 * (which match ROUGE-1.5.5 without stemming): text lowercased, every run of characters other than
 * a-z and 0-9 a separator; ROUGE-N from clipped n-gram overlap, ROUGE-L from the longest common
 * subsequence of the two token lists. An empty prediction or target scores 0.
 */
public final class Rouge {

  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private Rouge() {
  }

  /**
   * The tokens ROUGE compares.
   *
   * @param text any text
   * @return lowercase alphanumeric tokens
   */
  public static List<String> tokenize(String text) {
    String spaced = NON_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return spaced.isEmpty() ? List.of() : List.of(spaced.split(" "));
  }

  /**
   * ROUGE-N of one prediction against its target.
   *
   * @param target the reference text
   * @param prediction the generated text
   * @param n the n-gram order, 1 to 9 ({@code rouge1} .. {@code rouge9})
   * @return precision, recall and F
   */
  public static RougeScore rougeN(String target, String prediction, int n) {
    if (n < 1 || n > 9) {
      throw new IllegalArgumentException("ROUGE-N takes n from 1 to 9, got " + n);
    }
    Map<List<String>, Integer> targetGrams = ngrams(tokenize(target), n);
    Map<List<String>, Integer> predictionGrams = ngrams(tokenize(prediction), n);
    long overlap = 0;
    for (Map.Entry<List<String>, Integer> gram : targetGrams.entrySet()) {
      overlap += Math.min(gram.getValue(), predictionGrams.getOrDefault(gram.getKey(), 0));
    }
    long targetCount = targetGrams.values().stream().mapToLong(Integer::longValue).sum();
    long predictionCount = predictionGrams.values().stream().mapToLong(Integer::longValue).sum();
    return RougeScore.of((double) overlap / Math.max(predictionCount, 1),
        (double) overlap / Math.max(targetCount, 1));
  }

  /**
   * ROUGE-L of one prediction against its target.
   *
   * @param target the reference text
   * @param prediction the generated text
   * @return precision, recall and F of the longest common subsequence
   */
  public static RougeScore rougeL(String target, String prediction) {
    List<String> targetTokens = tokenize(target);
    List<String> predictionTokens = tokenize(prediction);
    if (targetTokens.isEmpty() || predictionTokens.isEmpty()) {
      return new RougeScore(0, 0, 0);
    }
    int lcs = longestCommonSubsequence(targetTokens, predictionTokens);
    return RougeScore.of((double) lcs / predictionTokens.size(),
        (double) lcs / targetTokens.size());
  }

  /**
   * ROUGE-1, ROUGE-2 and ROUGE-L averaged over pairs: the mean of each pair's precision, recall
   * and F (rouge-score scores pairs; its bootstrap aggregator's middle value is this mean up to
   * resampling noise).
   *
   * @param targets the reference of each pair
   * @param predictions the prediction of each pair
   * @return the three means, keyed {@code rouge1}, {@code rouge2}, {@code rougeL}
   * @throws IllegalArgumentException when the lists differ in length or are empty
   */
  public static Map<String, RougeScore> corpusMean(List<String> targets,
      List<String> predictions) {
    ClassificationMetrics.requireSameLength(targets.size(), predictions.size());
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("no pairs to score");
    }
    Map<String, List<RougeScore>> scores = Map.of("rouge1", new ArrayList<>(), "rouge2",
        new ArrayList<>(), "rougeL", new ArrayList<>());
    for (int i = 0; i < targets.size(); i++) {
      scores.get("rouge1").add(rougeN(targets.get(i), predictions.get(i), 1));
      scores.get("rouge2").add(rougeN(targets.get(i), predictions.get(i), 2));
      scores.get("rougeL").add(rougeL(targets.get(i), predictions.get(i)));
    }
    Map<String, RougeScore> means = new TreeMap<>();
    scores.forEach((name, list) -> means.put(name, new RougeScore(
        list.stream().mapToDouble(RougeScore::precision).average().orElse(0),
        list.stream().mapToDouble(RougeScore::recall).average().orElse(0),
        list.stream().mapToDouble(RougeScore::f).average().orElse(0))));
    return means;
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int start = 0; start + n <= tokens.size(); start++) {
      counts.merge(List.copyOf(tokens.subList(start, start + n)), 1, Integer::sum);
    }
    return counts;
  }

  private static int longestCommonSubsequence(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String token : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = token.equals(b.get(j - 1)) ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }
}
