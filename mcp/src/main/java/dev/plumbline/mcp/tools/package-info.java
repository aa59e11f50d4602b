// Copyright (c) 2026 The Plumbline Authors

/**
 * The MCP tools of the project memory, and what they share (arguments, cached reads, input
 * errors).
 *
 * <p>Public only because {@code PlumblineMcpServer} (package {@code dev.plumbline.mcp})
 * registers the tools; no other module uses them.
 */
@NullMarked
package dev.plumbline.mcp.tools;

import org.jspecify.annotations.NullMarked;
