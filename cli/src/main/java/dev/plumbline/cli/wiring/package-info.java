// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline wiring} commands: check the wiring reports a build wrote.
 *
 * <p>{@code WiringCommand} is public only because {@code PlumblineCli} (the parent package)
 * registers it; its sub-commands are package-private.
 */
@NullMarked
package dev.plumbline.cli.wiring;

import org.jspecify.annotations.NullMarked;
