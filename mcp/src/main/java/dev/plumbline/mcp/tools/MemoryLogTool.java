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
public final class MemoryLogTool implements MemoryTool {

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
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "memory_log";
  }

  @Override
  public String description() {
    return "Append one entry to .claude/project_log.json after every action (the rulebook's"
        + " police report): what was requested, what was executed, the files touched, the"
        + " status. Dated now; validated; existing entries are never changed. Same as"
        + " 'plumbline memory log'.";
  }

  @Override
  public String inputSchema() {
    return """
        {
          "type": "object",
          "properties": {
            "requested": {"type": "string", "minLength": 1, "description": "What the user asked for."},
            "executed": {"type": "string", "minLength": 1, "description": "What was done, factual and compressed."},
            "files_touched": {"type": "array", "items": {"type": "string", "minLength": 1}, "description": "Files changed, relative to the project root."},
            "status": {"type": "string", "enum": ["success", "partial", "failed"], "default": "success"},
            "notes": {"type": "string", "description": "Anything a later reader needs to know."}
          },
          "required": ["requested", "executed"],
          "additionalProperties": false
        }
        """;
  }

  @Override
  public boolean readOnly() {
    return false;
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
