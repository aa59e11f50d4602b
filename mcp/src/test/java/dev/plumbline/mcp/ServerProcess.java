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
        // Fast start (C1 only, serial GC): each test's server answers a few requests.
        .args("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
            "-cp", System.getProperty("java.class.path"),
            PlumblineMcpServer.class.getName(), "-p", root.toString())
        .build();
    StdioClientTransport transport = new StdioClientTransport(parameters,
        new JacksonMcpJsonMapper(MAPPER));
    transport.setStdErrorHandler(line -> System.err.println("[server] " + line));
    McpSyncClient client = McpClient.sync(transport)
        .requestTimeout(Duration.ofMinutes(3))
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

  /** Thread dumps of every JVM this test started (servers, Maven), for a call that hangs. */
  static void dumpChildren() {
    String jstack = Path.of(System.getProperty("java.home"), "bin", "jstack").toString();
    ProcessHandle.current().descendants().forEach(child -> {
      try {
        Process dump = new ProcessBuilder(jstack, String.valueOf(child.pid()))
            .redirectErrorStream(true).start();
        System.err.println("[INFO] threads of " + child.pid() + " " + child.info().commandLine()
            .orElse("") + ":\n" + new String(dump.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        System.err.println("[WARN] no thread dump of " + child.pid() + ": " + e.getMessage());
      }
    });
  }

  static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  static JsonNode json(McpSchema.CallToolResult result) throws Exception {
    return MAPPER.readTree(text(result));
  }
}
