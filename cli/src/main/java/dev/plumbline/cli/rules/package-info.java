// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline rules} commands: record a baseline of findings and explain a check.
 *
 * <p>{@code RulesCommand} is public only because {@code PlumblineCli} (the parent package)
 * registers it; its sub-commands are package-private.
 */
@NullMarked
package dev.plumbline.cli.rules;

import org.jspecify.annotations.NullMarked;
