// Copyright (c) 2026 The Plumbline Authors

/**
 * Validation of each memory file against its JSON Schema.
 */
@NullMarked
package dev.plumbline.memory.schema;

import org.jspecify.annotations.NullMarked;
