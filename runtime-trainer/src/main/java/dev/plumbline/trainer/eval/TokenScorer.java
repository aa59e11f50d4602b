// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * A causal language model seen from the metrics: the log-probability it gives each next token.
 * Perplexity and the multiple-choice scorer need nothing else, so they work with any model that
 * can say this (a trained {@code Gpt} loaded by {@code dev.plumbline.trainer.inference.TrainedGpt},
 * or a model of the caller's).
 */
public interface TokenScorer {

  /**
   * The longest context the model conditions on ({@code block_size}).
   *
   * @return tokens of context, at least 1
   */
  int contextLength();

  /**
   * For each row, the natural-log probability of every token after the first given the tokens
   * before it: {@code result[r][i] = log p(rows[r][i + 1] | rows[r][0..i])}.
   *
   * @param rows token sequences of equal length, each at most {@code contextLength() + 1} long
   *     and at least 2
   * @return one array of {@code length - 1} log-probabilities per row
   */
  double[][] nextTokenLogProbabilities(long[][] rows);
}
