// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.mcp;

import dev.plumbline.cli.memory.ProjectOption;
import dev.plumbline.mcp.PlumblineMcpServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plumbline mcp}: the project memory as an MCP server on stdin/stdout. */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = "Serve the project memory to a coding assistant over the Model Context"
        + " Protocol on stdin/stdout, until the assistant closes the connection. Tools:"
        + " memory_read, memory_log, module_info, structure_plan, concept_propose; resources:"
        + " the three memory files, read-only. Configure it in the assistant as the command"
        + " 'plumbline mcp -p /path/to/project'.")
public final class McpCommand implements Callable<Integer> {

  @Mixin private ProjectOption project;

  @Option(names = "--command", defaultValue = "plumbline", paramLabel = "NAME",
      description = "How the user runs this command line, shown in the tools' answers"
          + " (default: ${DEFAULT-VALUE}).")
  private String command;

  @Override
  public Integer call() {
    return PlumblineMcpServer.serve(project.root(), command);
  }
}
