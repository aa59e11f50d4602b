// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.List;

/**
 * The harness's two accuracies over a set of items, with every item's scores.
 *
 * @param accuracy {@code acc}: the share of items whose highest-likelihood choice is right
 * @param normalizedAccuracy {@code acc_norm}: the same with each likelihood divided by the
 *     choice's length in characters
 * @param items per item, the log-likelihood of each choice and the two picks
 */
public record MultipleChoiceResult(double accuracy, double normalizedAccuracy,
    List<ScoredItem> items) {

  /** Copies the items. */
  public MultipleChoiceResult {
    items = List.copyOf(items);
  }

  /**
   * How the model scored one item.
   *
   * @param logLikelihoods the summed log-probability of each choice's tokens given the context
   * @param picked the choice with the highest log-likelihood
   * @param pickedNormalized the choice with the highest log-likelihood per character
   * @param answer the right choice
   */
  public record ScoredItem(List<Double> logLikelihoods, int picked, int pickedNormalized,
      int answer) {

    /** Copies the list. */
    public ScoredItem {
      logLikelihoods = List.copyOf(logLikelihoods);
    }
  }
}
