// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.inference;

/**
 * How the next token is drawn, as in nanoGPT's {@code sample.py}: the last position's logits are
 * divided by the temperature, all but the {@code topK} largest set to minus infinity, turned into
 * probabilities with a softmax, and one token drawn from them with a random generator seeded by
 * {@code seed}, so the same seed gives the same text.
 *
 * @param temperature above 0; below 1 sharpens the distribution, above 1 flattens it; 0 means
 *     greedy (always the most likely token, no randomness)
 * @param topK keep this many most likely tokens, 0 for all of them (nanoGPT's {@code top_k=None})
 * @param seed the random generator's seed
 */
public record Sampling(double temperature, int topK, long seed) {

  /** nanoGPT's sample.py defaults: temperature 0.8, top-k 200, seed 1337. */
  public static final Sampling NANOGPT_DEFAULTS = new Sampling(0.8, 200, 1337);

  /** Refuses a negative temperature or top-k. */
  public Sampling {
    if (!(temperature >= 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be 0 (greedy) or above, got "
          + temperature);
    }
    if (topK < 0) {
      throw new IllegalArgumentException("top_k must be 0 (off) or above, got " + topK);
    }
  }
}
