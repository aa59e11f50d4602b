// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * One ROUGE score.
 *
 * @param precision overlap over the prediction's n-grams (or LCS over its tokens)
 * @param recall overlap over the target's n-grams (or LCS over its tokens)
 * @param f the harmonic mean of precision and recall, 0 when both are 0
 */
public record RougeScore(double precision, double recall, double f) {

  static RougeScore of(double precision, double recall) {
    double sum = precision + recall;
    return new RougeScore(precision, recall, sum > 0 ? 2 * precision * recall / sum : 0.0);
  }
}
