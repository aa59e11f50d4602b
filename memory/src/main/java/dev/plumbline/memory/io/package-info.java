// Copyright (c) 2026 The Plumbline Authors

/**
 * Files on disk: atomic writes, the JSON codec, locations in a file, and the lock across threads
 * and processes.
 *
 * <p>{@code FileStamp}, {@code JsonLocator} and {@code Utf8Check} are public only because the
 * store, the journal, the schema check and the archive rule (other packages of this module) use
 * them; no other module does. The rest is the module's API (listed in its README).
 */
@NullMarked
package dev.plumbline.memory.io;

import org.jspecify.annotations.NullMarked;
