// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/**
 * Steele, Lea and Flood's SplitMix64 generator. Its whole state is one {@code long}, so a
 * checkpoint can store it and a resumed run draws exactly the same offsets.
 */
final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SplitMix64(long state) {
    this.state = state;
  }

  long state() {
    return state;
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * A uniform value in {@code [0, bound)}, without modulo bias (rejection as in
   * {@code java.util.SplittableRandom}).
   *
   * @param bound exclusive upper bound, positive
   * @return the value
   */
  long nextBounded(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long limit = bound - 1;
    long candidate = nextLong() >>> 1;
    long value = candidate % bound;
    while (candidate - value + limit < 0) {
      candidate = nextLong() >>> 1;
      value = candidate % bound;
    }
    return value;
  }

  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
