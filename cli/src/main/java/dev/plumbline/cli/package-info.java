// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline} command line: the top-level command, its version, exit codes and usage
 * errors.
 */
@NullMarked
package dev.plumbline.cli;

import org.jspecify.annotations.NullMarked;
