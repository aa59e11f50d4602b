// Copyright (c) 2026 The Plumbline Authors

/**
 * The change log: appending entries and the archive rule.
 *
 * <p>{@code ArchivePlan} and {@code LogTail} are public only because {@code MemoryStore}
 * (package {@code dev.plumbline.memory}) uses them; no other module does.
 */
@NullMarked
package dev.plumbline.memory.log;

import org.jspecify.annotations.NullMarked;
