// Copyright (c) 2026 The Plumbline Authors

/**
 * The project-memory section of AGENTS.md and the other assistant files: rendered within a
 * token budget, written between markers.
 *
 * <p>{@code DigestFiles} and {@code DigestSection} are public only because the stale-reference
 * check (package {@code dev.plumbline.assistant.docs}) reads the section the digest wrote;
 * {@code DigestRenderer} is package-private.
 */
@NullMarked
package dev.plumbline.assistant.digest;

import org.jspecify.annotations.NullMarked;
