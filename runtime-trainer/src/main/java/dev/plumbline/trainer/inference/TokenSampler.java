// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.inference;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws a token from a position's logits as nanoGPT's {@code generate} does: divide by the
 * temperature, keep the logits at least as large as the k-th largest (ties with it included, as
 * {@code logits[logits < v[:, [-1]]] = -inf} keeps them), softmax, one multinomial draw.
 * Temperature 0 takes the most likely token (the first on a tie).
 */
final class TokenSampler {

  private final Sampling sampling;
  private final SplittableRandom random;

  TokenSampler(Sampling sampling, SplittableRandom random) {
    this.sampling = sampling;
    this.random = random;
  }

  int next(float[] logits) {
    if (sampling.temperature() == 0) {
      return argmax(logits);
    }
    double floor = Double.NEGATIVE_INFINITY;
    if (sampling.topK() > 0 && sampling.topK() < logits.length) {
      float[] sorted = logits.clone();
      Arrays.sort(sorted);
      floor = sorted[sorted.length - sampling.topK()];
    }
    double max = Double.NEGATIVE_INFINITY;
    for (float logit : logits) {
      max = Math.max(max, logit);
    }
    double[] weights = new double[logits.length];
    double total = 0;
    for (int i = 0; i < logits.length; i++) {
      if (logits[i] >= floor) {
        weights[i] = Math.exp((logits[i] - max) / sampling.temperature());
        total += weights[i];
      }
    }
    double draw = random.nextDouble() * total;
    int last = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        last = i;
        draw -= weights[i];
        if (draw < 0) {
          return i;
        }
      }
    }
    return last;
  }

  private static int argmax(float[] logits) {
    int best = 0;
    for (int i = 1; i < logits.length; i++) {
      if (logits[i] > logits[best]) {
        best = i;
      }
    }
    return best;
  }
}
