// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.List;

/**
 * A corpus BLEU score with its sufficient statistics, as sacreBLEU reports it.
 *
 * @param score BLEU on sacreBLEU's 0-100 scale
 * @param matches clipped n-gram matches for n = 1..4
 * @param totals hypothesis n-grams for n = 1..4
 * @param precisions the n-gram precisions in percent
 * @param brevityPenalty 1 when the hypotheses are at least as long as the references, else
 *     exp(1 - r/c) (0 for empty hypotheses)
 * @param hypothesisLength tokens in all hypotheses (c)
 * @param referenceLength the closest reference length summed over segments (r)
 */
public record BleuScore(double score, List<Long> matches, List<Long> totals,
    List<Double> precisions, double brevityPenalty, long hypothesisLength, long referenceLength) {

  /** Copies the lists. */
  public BleuScore {
    matches = List.copyOf(matches);
    totals = List.copyOf(totals);
    precisions = List.copyOf(precisions);
  }
}
