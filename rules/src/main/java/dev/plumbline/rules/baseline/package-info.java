// Copyright (c) 2026 The Plumbline Authors

/**
 * The findings baseline: the file that turns already-known findings into notes.
 */
@NullMarked
package dev.plumbline.rules.baseline;

import org.jspecify.annotations.NullMarked;
