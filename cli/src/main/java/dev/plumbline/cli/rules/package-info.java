// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline rules} commands: record a baseline of findings and explain a check.
 */
@NullMarked
package dev.plumbline.cli.rules;

import org.jspecify.annotations.NullMarked;
