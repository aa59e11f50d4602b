/**
 * The trainer's YAML configuration: {@link dev.plumbline.trainer.config.TrainerConfigLoader} reads
 * and validates a file into the immutable {@link dev.plumbline.trainer.config.TrainerConfig} (one
 * record per section) or throws a {@link dev.plumbline.trainer.config.ConfigException} listing
 * every {@link dev.plumbline.trainer.config.ConfigProblem}. These types are public on purpose; the
 * YAML reading itself is package-private.
 */
package dev.plumbline.trainer.config;
