// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;

/**
 * The {@code checkpoint:} section.
 *
 * @param dir directory of the step-named checkpoints ({@code dir})
 * @param interval optimizer steps between checkpoints ({@code interval})
 * @param keepLast how many of the newest checkpoints to keep ({@code keep_last})
 */
public record CheckpointConfig(Path dir, int interval, int keepLast) {
}
