// Copyright (c) 2026 The Plumbline Authors

/**
 * The write-ahead journal that makes a multi-file update all or nothing.
 *
 * <p>Public only because {@code MemoryStore} (package {@code dev.plumbline.memory}) drives the
 * journal; no other module uses it.
 */
@NullMarked
package dev.plumbline.memory.journal;

import org.jspecify.annotations.NullMarked;
