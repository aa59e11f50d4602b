// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.mcp.resources.MemoryResources;
import dev.plumbline.mcp.tools.Arguments;
import dev.plumbline.mcp.tools.CachedMemory;
import dev.plumbline.mcp.tools.ConceptProposeTool;
import dev.plumbline.mcp.tools.MemoryLogTool;
import dev.plumbline.mcp.tools.MemoryReadTool;
import dev.plumbline.mcp.tools.MemoryTool;
import dev.plumbline.mcp.tools.ModuleInfoTool;
import dev.plumbline.mcp.tools.StructurePlanTool;
import dev.plumbline.mcp.tools.ToolInputException;
import dev.plumbline.mcp.wiring.WiringReports;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.MemoryVersion;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The project memory as an MCP server over stdio, on the official MCP Java SDK: five tools that
 * keep the append-only rules ({@code memory_read}, {@code memory_log}, {@code module_info},
 * {@code structure_plan}, {@code concept_propose}) and the three memory files as read-only
 * resources. Every write goes through the memory store, under the same lock and journal as the
 * build, so servers, builds and the command line can write the same {@code .claude/} at once.
 */
public final class PlumblineMcpServer {

  /** What the server tells the assistant at initialization. */
  public static final String INSTRUCTIONS = "Project memory of this code base (.claude/),"
      + " kept true by the compiler. Protocol for every task: call memory_read first; record"
      + " new modules with structure_plan before writing their code; after every action append"
      + " a police-report entry with memory_log; the concept changes only through"
      + " concept_propose and the user's approval; then confirm to the user. module_info shows"
      + " one module in full, with why it is wired or what would wire it.";

  /** The longest message the server reads (the SDK's default: 16 MiB). */
  static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private PlumblineMcpServer() {}

  /**
   * Runs the server on this process's stdin and stdout until the session ends.
   *
   * @param args {@code [-p|--project DIR] [--command NAME]}
   */
  public static void main(String[] args) {
    Path root = Path.of("");
    String command = "plumbline";
    for (int i = 0; i < args.length; i++) {
      if ((args[i].equals("-p") || args[i].equals("--project")) && i + 1 < args.length) {
        root = Path.of(args[++i]);
      } else if (args[i].equals("--command") && i + 1 < args.length) {
        command = args[++i];
      } else {
        System.err.println("[ERROR] unknown argument " + args[i] + "; usage: [-p DIR]"
            + " [--command NAME]");
        System.exit(2);
      }
    }
    System.exit(serve(root.toAbsolutePath().normalize(), command));
  }

  /**
   * Serves the project's memory on stdin/stdout until the client closes stdin or the SDK
   * closes the session. Anything else the process
   * prints goes to stderr, so that stdout carries only protocol messages.
   *
   * @param root the project root
   * @param command how the user runs Plumbline's command line (shown in answers)
   * @return the exit code: 0 when the client closed stdin, 1 when the SDK closed the session
   *     first (the reason is printed on stderr)
   */
  // stdout carries the protocol: every line for people, [INFO] included, goes to stderr.
  @SuppressWarnings("StatusPrefix")
  public static int serve(Path root, String command) {
    OutputStream protocolOut = System.out;
    System.setOut(System.err);
    System.err.println("[INFO] Plumbline MCP server for " + root.resolve(".claude")
        + " on stdio (tools: memory_read, memory_log, module_info, structure_plan,"
        + " concept_propose)");
    SessionEnd end = new SessionEnd();
    McpSyncServer server = start(root, command, System.in, protocolOut, end);
    SessionEnd.Reason reason;
    try {
      reason = end.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reason = SessionEnd.Reason.SESSION_CLOSED;
    }
    server.closeGracefully();
    if (reason == SessionEnd.Reason.CLIENT_CLOSED) {
      return 0;
    }
    String readError = end.readError().isEmpty() ? "" : " Reading stdin failed: "
        + end.readError() + ".";
    System.err.println("[ERROR] The MCP session ended while the client's stdin was still open:"
        + " the SDK closed it (a message over " + MAX_MESSAGE_BYTES / (1024 * 1024) + " MiB,"
        + " or an error reading stdin or writing stdout)." + readError + " The server exits;"
        + " the assistant starts it again.");
    return 1;
  }

  /**
   * Starts a server on the given streams.
   *
   * @param root the project root
   * @param command how the user runs Plumbline's command line
   * @param in where requests come from
   * @param out where answers go
   * @return the running server
   */
  public static McpSyncServer start(Path root, String command, InputStream in,
      OutputStream out) {
    return start(root, command, in, out, new SessionEnd());
  }

  private static McpSyncServer start(Path root, String command, InputStream in,
      OutputStream out, SessionEnd end) {
    ObjectMapper mapper = new ObjectMapper();
    McpJsonMapper json = new JacksonMcpJsonMapper(mapper);
    MemoryStore store = new MemoryStore(root, Clock.system(ZoneId.systemDefault()),
        new SchemaCheck());
    CachedMemory cache = new CachedMemory(store);
    List<MemoryTool> tools = List.of(
        new MemoryReadTool(cache, mapper),
        new MemoryLogTool(store, mapper, Clock.system(ZoneId.systemDefault())),
        new ModuleInfoTool(cache, new WiringReports(root, mapper), mapper),
        new StructurePlanTool(store, mapper),
        new ConceptProposeTool(store, mapper, command));
    return McpServer.sync(new WatchedTransportProvider(json, end.watch(in), out, end))
        .serverInfo("plumbline", MemoryVersion.generatedBy().replaceFirst("^\\S+ ", ""))
        .instructions(INSTRUCTIONS)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false)
            .resources(false, false).build())
        .jsonMapper(json)
        .validateToolInputs(true)
        // One client per stdio server: handle each message on the reading thread, one at a time.
        // With handlers on worker threads, a loaded test run once saw the SDK close the session
        // (no reader thread left) while a request waited for its answer.
        .immediateExecution(true)
        .tools(tools.stream().map(tool -> specification(tool, json, mapper)).toList())
        .resources(MemoryResources.of(store.memoryDirectory()))
        .build();
  }

  private static McpServerFeatures.SyncToolSpecification specification(MemoryTool tool,
      McpJsonMapper json, ObjectMapper mapper) {
    McpSchema.Tool definition = McpSchema.Tool.builder().name(tool.name())
        .description(tool.description()).inputSchema(json, tool.inputSchema())
        .annotations(new McpSchema.ToolAnnotations(null, tool.readOnly(), false,
            tool.readOnly(), false, null))
        .build();
    return McpServerFeatures.SyncToolSpecification.builder().tool(definition)
        .callHandler((exchange, request) -> call(tool, request.arguments(), mapper)).build();
  }

  /** Runs a tool; every failure becomes a tool error whose text says what to fix. */
  static McpSchema.CallToolResult call(MemoryTool tool, Map<String, Object> arguments,
      ObjectMapper mapper) {
    String written = tool.readOnly() ? "" : " Nothing was written.";
    try {
      JsonNode result = tool.call(new Arguments(mapper.valueToTree(
          arguments == null ? Map.of() : arguments)));
      return McpSchema.CallToolResult.builder()
          .addTextContent(mapper.writeValueAsString(result))
          .structuredContent(mapper.convertValue(result, Map.class))
          .isError(false).build();
    } catch (ToolInputException e) {
      return error(tool.name() + ": " + e.getMessage() + "." + written);
    } catch (MemoryFileException e) {
      return error(tool.name() + ": " + e.getMessage() + written);
    } catch (JsonProcessingException e) {
      return error(tool.name() + ": the answer could not be written as JSON: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      return error(tool.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + written);
    }
  }

  private static McpSchema.CallToolResult error(String message) {
    return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  /** The SDK's stdio transport, its sessions watched for the SDK closing them. */
  private static final class WatchedTransportProvider extends StdioServerTransportProvider {

    private final SessionEnd end;

    WatchedTransportProvider(McpJsonMapper json, InputStream in, OutputStream out,
        SessionEnd end) {
      super(json, in, out, MAX_MESSAGE_BYTES);
      this.end = end;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory factory) {
      super.setSessionFactory(transport -> factory.create(end.watch(transport)));
    }
  }
}
