// Copyright (c) 2026 The Plumbline Authors

/**
 * The project facts (from the pom) a missing concept file is created from.
 */
@NullMarked
package dev.plumbline.memory.concept;

import org.jspecify.annotations.NullMarked;
