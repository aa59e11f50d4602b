// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ConceptProposal;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code concept_propose}: the concept changes only with the user's approval (the rulebook), so
 * the tool writes a proposal next to it and says how the user approves it.
 */
public final class ConceptProposeTool implements MemoryTool {

  private final MemoryStore store;
  private final ObjectMapper mapper;
  private final String command;

  /**
   * Creates the tool.
   *
   * @param store the project's memory
   * @param mapper creates result nodes
   * @param command how the user runs Plumbline's command line, e.g. {@code plumbline}
   */
  public ConceptProposeTool(MemoryStore store, ObjectMapper mapper, String command) {
    this.store = store;
    this.mapper = mapper;
    this.command = command;
  }

  @Override
  public String name() {
    return "concept_propose";
  }

  @Override
  public String description() {
    return "Propose a change to .claude/project_concept.json (vision, goals, platform,"
        + " constraints, target users). The concept itself is not changed: the proposal is"
        + " appended to .claude/project_concept_proposals.json and the user applies it with"
        + " 'plumbline memory concept approve'. 'set' gives text fields a value (the old value"
        + " is kept in history), 'add' appends items to list fields.";
  }

  @Override
  public String inputSchema() {
    return """
        {
          "type": "object",
          "properties": {
            "reason": {"type": "string", "minLength": 1, "description": "Why: what the user said or decided."},
            "set": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}, "description": "Text fields and their new values, e.g. {\\"vision\\": \\"...\\"}."},
            "add": {"type": "object", "additionalProperties": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}, "description": "List fields and the items to append, e.g. {\\"goals\\": [\\"...\\"]}."}
          },
          "required": ["reason"],
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
    int id;
    try {
      id = store.proposeConcept(new ConceptProposal(arguments.text("reason"),
          arguments.textMap("set"), arguments.listMap("add")));
    } catch (IllegalArgumentException e) {
      throw new ToolInputException(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    ObjectNode answer = mapper.createObjectNode();
    answer.put("proposal", id);
    answer.put("file", ".claude/project_concept_proposals.json");
    answer.put("conceptChanged", false);
    answer.put("approveWith", command + " memory concept approve --id " + id);
    answer.put("rejectWith", command + " memory concept reject --id " + id);
    answer.put("note", "Tell the user what you propose and why; the concept changes only when"
        + " they run the approve command.");
    return answer;
  }
}
