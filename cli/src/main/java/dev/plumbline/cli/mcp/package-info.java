// Copyright (c) 2026 The Plumbline Authors

/**
 * {@code plumbline mcp}: the project memory as an MCP server on stdin/stdout.
 *
 * <p>{@code McpCommand} is public only because {@code PlumblineCli} (the parent package)
 * registers it.
 */
@NullMarked
package dev.plumbline.cli.mcp;

import org.jspecify.annotations.NullMarked;
