// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.structure.ModulePlan;
import dev.plumbline.memory.structure.ModulePlanner;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code structure_plan}: records a module before its code exists (the rulebook's step 5), with
 * {@code status: planned}, append-only; the build turns it active when the code arrives.
 */
public final class StructurePlanTool extends MemoryTool {

  private final MemoryStore store;
  private final ObjectMapper mapper;

  /**
   * Creates the tool.
   *
   * @param store the project's memory
   * @param mapper creates result nodes
   */
  public StructurePlanTool(MemoryStore store, ObjectMapper mapper) {
    super("structure_plan");
    this.store = store;
    this.mapper = mapper;
  }

  @Override
  public JsonNode call(Arguments arguments)
      throws ToolInputException, MemoryFileException, IOException {
    ModulePlanner.PlanResult result;
    String name = arguments.text("name");
    try {
      result = store.planModule(new ModulePlan(name, arguments.text("description"),
          arguments.texts("dependencies"), arguments.texts("files"),
          arguments.flag("critical").orElse(null)));
    } catch (IllegalArgumentException e) {
      throw new ToolInputException(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    ObjectNode answer = mapper.createObjectNode();
    answer.put("module", name);
    answer.put("changed", result.changed());
    answer.set("entry", result.document().path("modules").path(name));
    answer.set("addedDependencies", mapper.valueToTree(result.addedDependencies()));
    answer.set("addedFiles", mapper.valueToTree(result.addedFiles()));
    answer.put("note", result.changed()
        ? "Recorded in .claude/project_structure.json with a log entry; the build makes it active"
            + " when its code exists."
        : "Already planned exactly so: nothing was written.");
    return answer;
  }
}
