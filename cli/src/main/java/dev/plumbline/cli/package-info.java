// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline} command line: the top-level command, its version, exit codes and usage
 * errors.
 *
 * <p>{@code CliVersion}, {@code ExitCodes} and {@code ProjectDirectory} are public only because
 * the sub-packages' commands use them; {@code PlumblineCli} is the module's API (the Maven
 * plugin runs its commands through {@code PlumblineCli.execute}).
 */
@NullMarked
package dev.plumbline.cli;

import org.jspecify.annotations.NullMarked;
