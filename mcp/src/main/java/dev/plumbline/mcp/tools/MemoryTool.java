// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;

/**
 * One MCP tool of the project memory: its name, description and input JSON Schema, and what a
 * call does. Results are JSON objects; every failure is an exception whose message says what to
 * fix, turned into a tool error by the server.
 */
public interface MemoryTool {

  /**
   * The tool's name.
   *
   * @return the name, e.g. {@code memory_read}
   */
  String name();

  /**
   * What the tool does, for the assistant choosing tools.
   *
   * @return the description
   */
  String description();

  /**
   * The input JSON Schema.
   *
   * @return the schema as JSON text
   */
  String inputSchema();

  /**
   * Whether the tool only reads.
   *
   * @return true for a read-only tool
   */
  boolean readOnly();

  /**
   * Runs the tool.
   *
   * @param arguments the call's arguments, already valid against {@link #inputSchema()}
   * @return the result object
   * @throws ToolInputException when the arguments cannot be used (nothing was written)
   * @throws MemoryFileException when a memory file is invalid (nothing was written)
   * @throws IOException when a file cannot be read or written
   */
  JsonNode call(Arguments arguments) throws ToolInputException, MemoryFileException, IOException;
}
