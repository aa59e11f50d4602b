// Copyright (c) 2026 The Plumbline Authors

/**
 * The structure file: what a compilation saw of each module, and its merge into the stored
 * document.
 *
 * <p>{@code StructureMerger} and {@code MergeResult} are public only because {@code MemoryStore}
 * (package {@code dev.plumbline.memory}) runs the merge; no other module uses them.
 */
@NullMarked
package dev.plumbline.memory.structure;

import org.jspecify.annotations.NullMarked;
