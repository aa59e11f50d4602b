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
public final class ConceptProposeTool extends MemoryTool {

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
    super("concept_propose");
    this.store = store;
    this.mapper = mapper;
    this.command = command;
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
