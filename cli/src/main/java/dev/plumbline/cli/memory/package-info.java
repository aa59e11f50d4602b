// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline memory} commands: show, validate, log and archive the project memory files.
 */
@NullMarked
package dev.plumbline.cli.memory;

import org.jspecify.annotations.NullMarked;
