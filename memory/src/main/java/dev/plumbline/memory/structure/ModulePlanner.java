// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Records a {@link ModulePlan} in {@code project_structure.json}, append-only: a new module gets
 * {@code status: planned} and {@code origin: plan}; planning an already planned module again
 * only appends dependencies and files it does not list yet. A module whose code exists, or that
 * was removed from the code, is not planned over: the plan would contradict the build.
 */
public final class ModulePlanner {

  static final String ORIGIN_PLAN = "plan";
  static final String DESCRIPTION = "description";
  static final String PLANNED = "planned";

  private final ObjectMapper mapper;
  private final StructureMerger merger;

  /**
   * Creates a planner.
   *
   * @param mapper creates new JSON nodes
   * @param generatedBy the value of {@code generatedBy} in a newly created document
   */
  public ModulePlanner(ObjectMapper mapper, String generatedBy) {
    this.mapper = mapper;
    this.merger = new StructureMerger(mapper, generatedBy);
  }

  /**
   * Adds the plan to a copy of the document.
   *
   * @param existing the current document (schema-valid), or null when there is none
   * @param plan the planned module
   * @param now the time written into {@code planned}
   * @return the new document and what was added; unchanged when the plan adds nothing
   * @throws IllegalArgumentException when the module exists in the code, was removed from it, or
   *     was planned with another description (the message says what to do instead)
   */
  public PlanResult plan(@Nullable ObjectNode existing, ModulePlan plan, Instant now) {
    ObjectNode document = existing == null
        ? merger.merge(null, new StructureSnapshot(List.of(), true), now).document()
        : existing.deepCopy();
    ObjectNode modules = document.withObjectProperty(StructureMerger.MODULES);
    JsonNode current = modules.get(plan.name());
    if (current == null) {
      modules.set(plan.name(), create(plan, now));
      return new PlanResult(document, true, plan.dependencies(), plan.files());
    }
    ObjectNode entry = (ObjectNode) current;
    refuseUnlessPlanned(plan.name(), entry);
    String description = entry.path(DESCRIPTION).asText("");
    if (!description.isEmpty() && !description.equals(plan.description())) {
      throw new IllegalArgumentException("module '" + plan.name() + "' is already planned as \""
          + description + "\"; a description is never rewritten by tooling. Plan it again with"
          + " that same description to add dependencies or files, or record the new idea with"
          + " memory_log");
    }
    if (description.isEmpty()) {
      entry.put(DESCRIPTION, plan.description());
    }
    List<String> newDependencies =
        appendMissing(entry.withArrayProperty(StructureMerger.DEPENDENCIES), plan.dependencies());
    List<String> newFiles =
        appendMissing(entry.withArrayProperty(StructureMerger.FILES), plan.files());
    if (plan.critical() != null && !entry.has(StructureMerger.CRITICAL)) {
      entry.put(StructureMerger.CRITICAL, plan.critical());
    }
    return new PlanResult(document, !document.equals(existing), newDependencies, newFiles);
  }

  private static void refuseUnlessPlanned(String name, ObjectNode entry) {
    if (Tombstones.isRemoved(entry)) {
      throw new IllegalArgumentException("module '" + name + "' was removed from the code on "
          + entry.path(Tombstones.REMOVED).asText() + " and stays in the memory as history;"
          + " plan the new module under another name");
    }
    String status = entry.path(StructureMerger.STATUS).asText();
    if (!ModuleStatus.PLANNED.jsonValue().equals(status)) {
      throw new IllegalArgumentException("module '" + name + "' already exists in the code"
          + " (status " + status + "); structure_plan records modules before their code exists."
          + " The build keeps existing modules current: record the planned change with"
          + " memory_log");
    }
  }

  private ObjectNode create(ModulePlan plan, Instant now) {
    ObjectNode entry = mapper.createObjectNode();
    entry.put(StructureMerger.STATUS, ModuleStatus.PLANNED.jsonValue());
    entry.put(StructureMerger.ORIGIN, ORIGIN_PLAN);
    if (plan.critical() != null) {
      entry.put(StructureMerger.CRITICAL, plan.critical());
    }
    entry.put(DESCRIPTION, plan.description());
    ArrayNode dependencies = entry.putArray(StructureMerger.DEPENDENCIES);
    plan.dependencies().stream().distinct().forEach(dependencies::add);
    ArrayNode files = entry.putArray(StructureMerger.FILES);
    plan.files().stream().distinct().forEach(files::add);
    entry.put(PLANNED, Tombstones.stamp(now));
    return entry;
  }

  private static List<String> appendMissing(ArrayNode array, List<String> items) {
    Set<String> present = new HashSet<>();
    array.forEach(node -> present.add(node.asText()));
    List<String> added = new ArrayList<>();
    for (String item : items) {
      if (present.add(item)) {
        array.add(item);
        added.add(item);
      }
    }
    return added;
  }

  /**
   * The outcome of a plan.
   *
   * @param document the new document (equal to the old one when nothing changed)
   * @param changed whether anything was added
   * @param addedDependencies dependencies the plan added
   * @param addedFiles files the plan added
   */
  public record PlanResult(ObjectNode document, boolean changed, List<String> addedDependencies,
      List<String> addedFiles) {}
}
