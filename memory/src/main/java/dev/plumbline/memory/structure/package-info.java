// Copyright (c) 2026 The Plumbline Authors

/**
 * The structure file: what a compilation saw of each module, and its merge into the stored
 * document.
 */
@NullMarked
package dev.plumbline.memory.structure;

import org.jspecify.annotations.NullMarked;
