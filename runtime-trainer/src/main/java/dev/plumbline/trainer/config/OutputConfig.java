// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;

/**
 * The {@code output:} section.
 *
 * @param resultsDir where metrics, curves and the benchmark report go ({@code results_dir})
 */
public record OutputConfig(Path resultsDir) {
}
