// Copyright (c) 2026 The Plumbline Authors

/**
 * The wiring reports a build left in a project, and one module's verdict from them.
 *
 * <p>Public only because {@code PlumblineMcpServer} (package {@code dev.plumbline.mcp}) and
 * the {@code module_info} tool (package {@code dev.plumbline.mcp.tools}) use them; no other
 * module does.
 */
@NullMarked
package dev.plumbline.mcp.wiring;

import org.jspecify.annotations.NullMarked;
