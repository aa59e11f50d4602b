// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code output:} section.
 *
 * @param resultsDir where {@code benchmark_results.json}, {@code loss_curves.png} and {@code
 *     benchmark_report.txt} go ({@code results_dir})
 * @param logsDir where the metrics log {@code metrics.jsonl} goes ({@code logs_dir})
 * @param baseline the {@code benchmark_results.json} the report compares with ({@code baseline}),
 *     or null for the previous run's in {@code resultsDir}
 */
public record OutputConfig(Path resultsDir, Path logsDir, Path baseline) {

  /**
   * The configured baseline file.
   *
   * @return the file named by {@code output.baseline}, empty when the key is absent
   */
  public Optional<Path> baselineFile() {
    return Optional.ofNullable(baseline);
  }
}
