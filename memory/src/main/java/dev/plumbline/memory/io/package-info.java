// Copyright (c) 2026 The Plumbline Authors

/**
 * Files on disk: atomic writes, the JSON codec, locations in a file, and the lock across threads
 * and processes.
 */
@NullMarked
package dev.plumbline.memory.io;

import org.jspecify.annotations.NullMarked;
