// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline wiring} commands: check the wiring reports a build wrote.
 */
@NullMarked
package dev.plumbline.cli.wiring;

import org.jspecify.annotations.NullMarked;
