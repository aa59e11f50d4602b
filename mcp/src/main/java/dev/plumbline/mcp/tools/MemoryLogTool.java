// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * {@code memory_log}: appends one police-report entry, exactly as {@code plumbline memory log}
 * does: validated, under the memory lock, atomic, append-only, then the archive rule.
 */
public final class MemoryLogTool extends MemoryTool {

  private final MemoryStore store;
  private final ObjectMapper mapper;
  private final Clock clock;

  /**
   * Creates the tool.
   *
   * @param store the project's memory
   * @param mapper creates result nodes
   * @param clock dates the entry (the local clock in the server)
   */
  public MemoryLogTool(MemoryStore store, ObjectMapper mapper, Clock clock) {
    super("memory_log");
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public JsonNode call(Arguments arguments)
      throws ToolInputException, MemoryFileException, IOException {
    LogEntry entry;
    try {
      entry = LogEntry.at(LocalDateTime.now(clock), arguments.text("requested"),
          arguments.text("executed"), arguments.texts("files_touched"),
          LogStatus.parse(arguments.optionalText("status").orElse("success")),
          arguments.optionalText("notes").orElse(""));
    } catch (IllegalArgumentException e) {
      throw new ToolInputException("entry refused: " + e.getMessage());
    }
    int archived = store.appendLog(entry).archivedEntries();
    ObjectNode result = mapper.createObjectNode();
    result.set("appended", entry.toJson(mapper));
    result.put("archivedEntries", archived);
    result.put("file", ".claude/project_log.json");
    return result;
  }
}
