// Copyright (c) 2026 The Plumbline Authors

/**
 * The Maven goals: each runs the same command as the {@code plumbline} CLI.
 */
@NullMarked
package dev.plumbline.maven;

import org.jspecify.annotations.NullMarked;
