// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A tool's published definition, read from the resource {@code <name>.json} in this package:
 * {@code {"name", "readOnly", "description", "inputSchema"}}.
 *
 * @param name the tool's name
 * @param description what the tool does, for the assistant
 * @param readOnly whether the tool only reads
 * @param inputSchema the input JSON Schema, as JSON text
 */
record ToolDefinition(String name, String description, boolean readOnly, String inputSchema) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads a tool's definition.
   *
   * @param name the tool's name
   * @return the definition
   * @throws IllegalStateException when the resource is missing or does not define that tool
   */
  static ToolDefinition load(String name) {
    String resource = name + ".json";
    try (InputStream in = ToolDefinition.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(broken(resource, "is missing"));
      }
      JsonNode node = MAPPER.readTree(in);
      if (!node.path("name").asText().equals(name) || !node.path("readOnly").isBoolean()
          || node.path("description").asText().isBlank() || !node.path("inputSchema").isObject()) {
        throw new IllegalStateException(broken(resource, "does not define the tool '" + name
            + "' with a boolean readOnly, a description and an inputSchema object"));
      }
      return new ToolDefinition(name, node.path("description").asText(),
          node.path("readOnly").asBoolean(), MAPPER.writeValueAsString(node.get("inputSchema")));
    } catch (IOException e) {
      throw new UncheckedIOException(broken(resource, "cannot be read"), e);
    }
  }

  private static String broken(String resource, String problem) {
    return "The MCP tool definition " + ToolDefinition.class.getPackageName().replace('.', '/')
        + "/" + resource + " " + problem + ": the plumbline-mcp jar is incomplete or was changed;"
        + " rebuild it or use a released jar.";
  }
}
