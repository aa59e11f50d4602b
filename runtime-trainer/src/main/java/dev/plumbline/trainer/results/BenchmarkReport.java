// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code benchmark_report.txt}: the rulebook's table {@code Metric | Value | Baseline |
 * Improvement %}, one row per metric of {@code benchmark_results.json}. Values are written in
 * Java's shortest round-trip form, so the table parses back to exactly the JSON's numbers;
 * {@code -} stands for a metric the baseline does not have, or no baseline at all.
 */
public final class BenchmarkReport {

  /** The table's header row. */
  public static final String HEADER = "Metric | Value | Baseline | Improvement %";
  private static final String NONE = "-";

  private BenchmarkReport() {
  }

  /**
   * The report's text.
   *
   * @param heading what was evaluated (first lines, before the table)
   * @param metrics this run's metrics
   * @param baseline the baseline's metrics by name (empty when there is no baseline)
   * @param baselineSource where the baseline came from, or "none"
   * @return the text, ending with a newline
   */
  public static String format(String heading, List<Metric> metrics, Map<String, Double> baseline,
      String baselineSource) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER.split(" \\| "));
    for (Metric metric : metrics) {
      Double base = baseline.get(metric.name());
      String improvement = NONE;
      if (base != null && !Double.isNaN(metric.improvementPercent(base))) {
        improvement = String.format(Locale.ROOT, "%+.2f", metric.improvementPercent(base));
      }
      rows.add(new String[] {metric.name(), Double.toString(metric.value()),
          base == null ? NONE : Double.toString(base), improvement});
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int c = 0; c < 4; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder(heading).append('\n')
        .append("Baseline: ").append(baselineSource).append('\n')
        .append("Improvement %: positive is better (lower is better for losses, perplexity,"
            + " time and memory)\n\n");
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < 4; c++) {
        line.append(c == 0 ? "" : " | ").append(pad(row[c], widths[c]));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  /**
   * Reads the table back.
   *
   * @param report a report's text
   * @return the value column by metric name, in table order
   * @throws IllegalArgumentException when the text holds no table
   */
  public static Map<String, Double> values(String report) {
    Map<String, Double> values = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : report.split("\n", -1)) {
      String[] cells = line.split("\\|");
      if (cells.length != 4) {
        continue;
      }
      if (!inTable) {
        inTable = cells[0].strip().equals("Metric");
        continue;
      }
      values.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
    }
    if (!inTable) {
      throw new IllegalArgumentException("no '" + HEADER + "' table in the report");
    }
    return values;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
