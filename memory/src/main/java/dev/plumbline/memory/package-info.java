// Copyright (c) 2026 The Plumbline Authors

/**
 * The project memory store: reads, validates and updates the memory files under {@code .claude/}.
 */
@NullMarked
package dev.plumbline.memory;

import org.jspecify.annotations.NullMarked;
