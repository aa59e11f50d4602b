/**
 * What a run leaves behind, wired into the training loop as listeners: {@link
 * dev.plumbline.trainer.results.MetricsLog} appends one JSON line per logged step and per
 * evaluation to {@code logs/metrics.jsonl} ({@link dev.plumbline.trainer.results.MetricsLine});
 * {@link dev.plumbline.trainer.results.ResultsWriter} writes the results folder when the run
 * ends: {@code benchmark_results.json}, {@code loss_curves.png} ({@link
 * dev.plumbline.trainer.results.LossCurves}) and {@code benchmark_report.txt} ({@link
 * dev.plumbline.trainer.results.BenchmarkReport}, with {@link dev.plumbline.trainer.results.Metric}
 * rows).
 */
package dev.plumbline.trainer.results;
