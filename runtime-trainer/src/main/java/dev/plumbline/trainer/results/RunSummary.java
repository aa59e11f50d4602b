// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.model.GptShape;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the results folder is written from: how the run (or the evaluation of a checkpoint)
 * ended, what was measured, and on what.
 *
 * @param outcome {@code COMPLETED}, {@code STOPPED}, {@code ALREADY_COMPLETE} or
 *     {@code EVALUATED} (a checkpoint evaluated on demand)
 * @param message the run's closing sentence
 * @param step the last trained step
 * @param evaluatedStep the step whose validation metrics these are (the best model's), null when
 *     the run was stopped before its first evaluation
 * @param stopSignal what the user stopped the run with ({@code SIGINT}, {@code SIGTERM},
 *     {@code JVM shutdown}), null when the user did not stop it
 * @param checkpoint that checkpoint, or null when none was written
 * @param metrics the metrics, in report order
 * @param timings seconds and token counts, by snake_case name
 * @param config the run's configuration
 * @param profile the hardware
 * @param plan the precision plan
 * @param shape the model's size
 */
record RunSummary(String outcome, String message, long step, @Nullable Long evaluatedStep,
    @Nullable String stopSignal,
    @Nullable Path checkpoint, List<Metric> metrics, Map<String, Number> timings, TrainerConfig config,
    HardwareProfile profile, PrecisionPlan plan, GptShape shape) {

  RunSummary {
    metrics = List.copyOf(metrics);
    timings = Map.copyOf(timings);
  }
}
