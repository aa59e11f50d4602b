// Copyright (c) 2026 The Plumbline Authors

/**
 * {@code plumbline verify}: each module's integration level from the build's outputs, test
 * reports and activity records.
 *
 * <p>{@code VerifyCommand} is public only because {@code PlumblineCli} (the parent package)
 * registers it; the rest is package-private.
 */
@NullMarked
package dev.plumbline.cli.verify;

import org.jspecify.annotations.NullMarked;
