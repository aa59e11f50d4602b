// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

/**
 * One number of the results, with the direction that counts as better (for the report's
 * improvement column: a lower loss is an improvement, a lower throughput is not).
 *
 * @param name snake_case name, the key in {@code benchmark_results.json}
 * @param value the value, finite
 * @param lowerIsBetter whether a smaller value is an improvement
 */
public record Metric(String name, double value, boolean lowerIsBetter) {

  /** Refuses a value that is not finite. */
  public Metric {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("metric " + name + " is not finite: " + value);
    }
  }

  /**
   * The improvement over a baseline in percent of the baseline, positive when better.
   *
   * @param baseline the baseline's value of the same metric
   * @return {@code (baseline - value) / |baseline| * 100} for lower-is-better metrics, the
   *     opposite sign otherwise; NaN for a zero baseline
   */
  public double improvementPercent(double baseline) {
    if (baseline == 0) {
      return Double.NaN;
    }
    double change = (value - baseline) / Math.abs(baseline) * 100;
    // + 0.0 turns -0.0 (no change, negated) into 0.0, so the report never says "-0.00".
    return (lowerIsBetter ? -change : change) + 0.0;
  }
}
