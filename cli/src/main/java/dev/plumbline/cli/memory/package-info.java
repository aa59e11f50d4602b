// Copyright (c) 2026 The Plumbline Authors

/**
 * The {@code plumbline memory} commands: show, validate, log and archive the project memory files.
 *
 * <p>{@code MemoryCommand} is public only because {@code PlumblineCli} (the parent package)
 * registers it, and {@code ProjectOption} because {@code plumbline mcp} (package
 * {@code dev.plumbline.cli.mcp}) takes the same option; the sub-commands are package-private
 * (picocli creates them reflectively).
 */
@NullMarked
package dev.plumbline.cli.memory;

import org.jspecify.annotations.NullMarked;
