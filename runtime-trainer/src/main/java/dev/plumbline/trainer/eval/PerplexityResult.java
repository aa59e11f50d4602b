// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * The perplexity of a model on a token sequence.
 *
 * @param meanLoss the mean negative log-likelihood per predicted token, in nats
 * @param perplexity e to the mean loss
 * @param predictedTokens how many tokens were scored
 */
public record PerplexityResult(double meanLoss, double perplexity, long predictedTokens) {
}
