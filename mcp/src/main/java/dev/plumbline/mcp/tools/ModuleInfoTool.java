// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.assistant.view.ModuleView;
import dev.plumbline.mcp.wiring.WiringReports;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code module_info}: one module in full: its entry, current files and public API,
 * dependencies and dependents, level, and from the wiring reports why it is wired (the path from
 * the entry point) or what would wire it.
 */
public final class ModuleInfoTool extends MemoryTool {

  private static final int SHOWN_CLASSES = 5;

  private final CachedMemory store;
  private final WiringReports reports;
  private final ObjectMapper mapper;

  /**
   * Creates the tool.
   *
   * @param store the project's memory, read through the server's cache
   * @param reports the project's wiring reports
   * @param mapper creates result nodes
   */
  public ModuleInfoTool(CachedMemory store, WiringReports reports, ObjectMapper mapper) {
    super("module_info");
    this.store = store;
    this.reports = reports;
    this.mapper = mapper;
  }

  @Override
  public JsonNode call(Arguments arguments)
      throws ToolInputException, MemoryFileException, IOException {
    String name = arguments.text("name");
    Optional<LoadedFile> structure = store.read(MemoryFile.STRUCTURE);
    if (structure.isEmpty()) {
      throw new ToolInputException("there is no .claude/project_structure.json yet: build the"
          + " project once, then ask again");
    }
    List<ModuleView> all = ModuleView.all(structure.get().document());
    ModuleView module = all.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new ToolInputException("there is no module '" + name + "'"
            + similar(all, name) + "; memory_read lists every module"));
    ObjectNode answer = mapper.createObjectNode();
    answer.put("name", name);
    answer.put("status", module.effectiveStatus());
    answer.put("level", module.level());
    answer.put("critical", module.critical());
    for (String field : List.of("description", "compiledIn", "lastModified", "removed",
        "planned")) {
      if (module.entry().has(field)) {
        answer.set(field, module.entry().get(field));
      }
    }
    answer.set("files", mapper.valueToTree(module.currentFiles()));
    ObjectNode api = answer.putObject("publicApi");
    for (String type : module.currentTypes()) {
      api.set(type, mapper.valueToTree(module.currentMembers(type)));
    }
    answer.set("dependencies", mapper.valueToTree(module.dependencies()));
    ArrayNode dependents = answer.putArray("dependents");
    for (ModuleView other : all) {
      if (!other.removed() && other.dependencies().contains(name)) {
        dependents.addObject().put("name", other.name()).put("level", other.level());
      }
    }
    answer.set("wiring", wiring(module));
    return answer;
  }

  private JsonNode wiring(ModuleView module) throws IOException {
    ObjectNode wiring = mapper.createObjectNode();
    Optional<WiringReports.Verdict> verdict = reports.verdict(module.name());
    if (verdict.isEmpty()) {
      wiring.put("explanation", "planned".equals(module.status())
          ? "Planned: no code yet, so no wiring report names it."
          : "No wiring report names it: build the project (mvn compile) with the Plumbline"
              + " processor, then ask again.");
      return wiring;
    }
    JsonNode report = verdict.get().module();
    String entry = verdict.get().entryPoint();
    String status = report.path("status").asText();
    wiring.put("report", verdict.get().report());
    wiring.put("status", status);
    wiring.put("entryPoint", entry);
    wiring.set("path", report.path("path"));
    List<String> classes = new ArrayList<>();
    report.path("classes").forEach(node -> classes.add(node.asText()));
    String shown = String.join(", ", classes.subList(0, Math.min(SHOWN_CLASSES, classes.size())))
        + (classes.size() > SHOWN_CLASSES ? ", ..." : "");
    if (!verdict.get().decides()) {
      wiring.put("explanation", (entry.isEmpty() ? "Compiled as a library (no entry point)"
          : "Seen by a partial compilation") + ": its wiring is decided by a complete build of"
          + " the application that uses it.");
    } else if (report.path("reachable").asBoolean()) {
      List<String> path = new ArrayList<>();
      report.path("path").forEach(node -> path.add(node.asText()));
      wiring.put("explanation", "Wired: reachable from " + entry + " through "
          + String.join(" -> ", path) + ".");
    } else {
      wiring.put("explanation", "Not wired: none of its classes is reachable from " + entry
          + ". To wire it, call, construct or reference one of its classes (" + shown
          + ") from code reachable from " + entry + ", or register it for ServiceLoader under a"
          + " service type that code uses.");
    }
    if ("DUPLICATE".equals(status)) {
      wiring.set("duplicates", report.path("duplicates"));
    }
    return wiring;
  }

  private static String similar(List<ModuleView> all, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> close = all.stream().map(ModuleView::name)
        .filter(other -> other.toLowerCase(Locale.ROOT).contains(lower)
            || lower.contains(other.toLowerCase(Locale.ROOT)))
        .limit(5).toList();
    return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
  }
}
