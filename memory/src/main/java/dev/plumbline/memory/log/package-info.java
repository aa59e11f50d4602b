// Copyright (c) 2026 The Plumbline Authors

/**
 * The change log: appending entries and the archive rule.
 */
@NullMarked
package dev.plumbline.memory.log;

import org.jspecify.annotations.NullMarked;
