// Copyright (c) 2026 The Plumbline Authors

/**
 * The write-ahead journal that makes a multi-file update all or nothing.
 */
@NullMarked
package dev.plumbline.memory.journal;

import org.jspecify.annotations.NullMarked;
