package dev.plumbline.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The server as a separate JVM, driven by the MCP Java SDK's own client over stdio. */
final class ServerProcess {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ServerProcess() {}

  static McpSyncClient start(Path root) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters parameters = ServerParameters.builder(java)
        .args("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
            PlumblineMcpServer.class.getName(), "-p", root.toString())
        .build();
    McpSyncClient client = McpClient.sync(new StdioClientTransport(parameters,
            new JacksonMcpJsonMapper(MAPPER)))
        .requestTimeout(Duration.ofMinutes(5))
        .initializationTimeout(Duration.ofSeconds(120))
        .build();
    client.initialize();
    return client;
  }

  /** Calls a tool; returns the result's text parsed as JSON (or as a string for errors). */
  static McpSchema.CallToolResult call(McpSyncClient client, String tool,
      Map<String, Object> arguments) {
    return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
  }

  static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  static JsonNode json(McpSchema.CallToolResult result) throws Exception {
    return MAPPER.readTree(text(result));
  }
}
