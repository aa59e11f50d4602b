// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;

/**
 * A whole validated trainer configuration, as read by {@link TrainerConfigLoader#load(Path)}.
 * Every path in it is absolute, resolved against the directory of the YAML file.
 *
 * @param model the GPT's shape
 * @param data sources, cache and tokenizer
 * @param training optimisation and evaluation settings
 * @param checkpoint checkpoint directory and cadence
 * @param output where results go
 * @param source the YAML file this configuration was read from
 */
public record TrainerConfig(
    ModelConfig model,
    DataConfig data,
    TrainingConfig training,
    CheckpointConfig checkpoint,
    OutputConfig output,
    Path source) {
}
