// Copyright (c) 2026 The Plumbline Authors

/**
 * The memory files as read-only MCP resources.
 *
 * <p>Public only because {@code PlumblineMcpServer} (package {@code dev.plumbline.mcp})
 * registers them; no other module uses them.
 */
@NullMarked
package dev.plumbline.mcp.resources;

import org.jspecify.annotations.NullMarked;
