// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.resources;

import dev.plumbline.memory.MemoryFile;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The three memory files as read-only MCP resources, exactly as stored:
 * {@code plumbline://memory/project_concept.json}, {@code .../project_structure.json} and
 * {@code .../project_log.json}. There is no way to write through them: changes go through the
 * tools, which keep the append-only rules.
 */
public final class MemoryResources {

  /** The URI prefix of the memory files. */
  public static final String PREFIX = "plumbline://memory/";

  private MemoryResources() {}

  /**
   * The resource specifications of one project.
   *
   * @param memoryDirectory the project's {@code .claude/} directory
   * @return one read-only resource per memory file
   */
  public static List<McpServerFeatures.SyncResourceSpecification> of(Path memoryDirectory) {
    return List.of(
        resource(memoryDirectory, MemoryFile.CONCEPT, "Project concept: vision, goals,"
            + " platform, constraints, target users. Changed only with the user's approval."),
        resource(memoryDirectory, MemoryFile.STRUCTURE, "Project structure: every module with"
            + " status, integration level, files, public API; kept current by the build."),
        resource(memoryDirectory, MemoryFile.LOG, "Project log: police-report entries, newest"
            + " last; append with the memory_log tool."));
  }

  private static McpServerFeatures.SyncResourceSpecification resource(Path memoryDirectory,
      MemoryFile file, String description) {
    String uri = PREFIX + file.fileName();
    McpSchema.Resource resource = McpSchema.Resource.builder().uri(uri).name(file.fileName())
        .title(MemoryFile.DIRECTORY + "/" + file.fileName()).description(description)
        .mimeType("application/json").build();
    return new McpServerFeatures.SyncResourceSpecification(resource, (exchange, request) -> {
      Path path = file.in(memoryDirectory);
      try {
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        return new McpSchema.ReadResourceResult(
            List.of(new McpSchema.TextResourceContents(uri, "application/json", text)));
      } catch (NoSuchFileException e) {
        throw McpError.RESOURCE_NOT_FOUND.apply(uri + " (" + path + " does not exist yet: build"
            + " the project once)");
      } catch (IOException e) {
        throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
            .message("cannot read " + path + ": " + e.getMessage()).build();
      }
    });
  }
}
