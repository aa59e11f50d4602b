// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;

/**
 * One MCP tool of the project memory. What the assistant sees of it (name, description, whether
 * it only reads, input JSON Schema) is data, the resource {@code <name>.json} next to this class:
 * the published definition that the module's README documents. A tool's code is what a call
 * does. Results are JSON objects; every failure is an exception whose message says what to fix,
 * turned into a tool error by the server.
 */
public abstract class MemoryTool {

  private final ToolDefinition definition;

  /**
   * Creates the tool from its published definition.
   *
   * @param name the tool's name, also the name of its definition resource
   * @throws IllegalStateException when the definition is missing or malformed (a broken jar)
   */
  protected MemoryTool(String name) {
    this.definition = ToolDefinition.load(name);
  }

  /**
   * The tool's name.
   *
   * @return the name, e.g. {@code memory_read}
   */
  public final String name() {
    return definition.name();
  }

  /**
   * What the tool does, for the assistant choosing tools.
   *
   * @return the description
   */
  public final String description() {
    return definition.description();
  }

  /**
   * The input JSON Schema.
   *
   * @return the schema as JSON text
   */
  public final String inputSchema() {
    return definition.inputSchema();
  }

  /**
   * Whether the tool only reads.
   *
   * @return true for a read-only tool
   */
  public final boolean readOnly() {
    return definition.readOnly();
  }

  /**
   * Runs the tool.
   *
   * @param arguments the call's arguments, already valid against {@link #inputSchema()}
   * @return the result object
   * @throws ToolInputException when the arguments cannot be used (nothing was written)
   * @throws MemoryFileException when a memory file is invalid (nothing was written)
   * @throws IOException when a file cannot be read or written
   */
  public abstract JsonNode call(Arguments arguments)
      throws ToolInputException, MemoryFileException, IOException;
}
