// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One module of {@code project_structure.json} as assistants are shown it.
 *
 * @param name the module's name
 * @param entry the module's entry exactly as stored
 */
public record ModuleView(String name, JsonNode entry) {

  /**
   * Every module of a structure document, in file order.
   *
   * @param structure the structure document
   * @return one view per module
   */
  public static List<ModuleView> all(JsonNode structure) {
    List<ModuleView> modules = new ArrayList<>();
    for (Map.Entry<String, JsonNode> module : structure.path("modules").properties()) {
      modules.add(new ModuleView(module.getKey(), module.getValue()));
    }
    return modules;
  }

  /**
   * The stored status: planned, active or complete.
   *
   * @return the status
   */
  public String status() {
    return entry.path("status").asText();
  }

  /**
   * The integration level (EXISTS, TESTED, WIRED, ACTIVE, COMPLETE), empty for a planned module.
   *
   * @return the level, or an empty string
   */
  public String level() {
    return entry.path("integration").asText("");
  }

  /**
   * Whether the module is declared critical.
   *
   * @return the critical flag
   */
  public boolean critical() {
    return entry.path("critical").asBoolean(false);
  }

  /**
   * Whether the module is gone from the code (its {@code removed} instant is later than its
   * {@code restored} one).
   *
   * @return true when removed
   */
  public boolean removed() {
    String removed = entry.path("removed").asText(null);
    String restored = entry.path("restored").asText(null);
    return removed != null && (restored == null || restored.compareTo(removed) < 0);
  }

  /**
   * The status as assistants filter on it: {@code removed} for a module gone from the code,
   * else the stored status.
   *
   * @return planned, active, complete or removed
   */
  public String effectiveStatus() {
    return removed() ? "removed" : status();
  }

  /**
   * Whether the module is compiled but not known to be reachable from an entry point.
   *
   * @return true for a live, non-planned module at level EXISTS
   */
  public boolean unwired() {
    return !removed() && !"planned".equals(status()) && "EXISTS".equals(level());
  }

  /**
   * The names of the modules it depends on, as stored.
   *
   * @return the dependencies
   */
  public List<String> dependencies() {
    List<String> names = new ArrayList<>();
    entry.path("dependencies").forEach(node -> names.add(node.asText()));
    return names;
  }

  /**
   * Its files as stored, without those the build marked removed.
   *
   * @return the current files
   */
  public List<String> currentFiles() {
    return currentItems("files", entry.path("files"), "");
  }

  /**
   * Its public types, without those the build marked removed.
   *
   * @return the binary names of its current public types
   */
  public List<String> currentTypes() {
    List<String> types = new ArrayList<>();
    entry.path("publicApi").fieldNames().forEachRemaining(types::add);
    return types.stream().filter(type -> !itemRemoved("publicApi", type)).toList();
  }

  /**
   * The current public members of one of its types.
   *
   * @param type the type's binary name
   * @return the member signatures not marked removed
   */
  public List<String> currentMembers(String type) {
    return currentItems("publicApi", entry.path("publicApi").path(type), type + "#");
  }

  private List<String> currentItems(String list, JsonNode array, String prefix) {
    List<String> items = new ArrayList<>();
    array.forEach(node -> {
      if (!itemRemoved(list, prefix + node.asText())) {
        items.add(node.asText());
      }
    });
    return items;
  }

  private boolean itemRemoved(String list, String item) {
    String removed = entry.path("removedItems").path(list).path(item).asText(null);
    String restored = entry.path("restoredItems").path(list).path(item).asText(null);
    return removed != null && (restored == null || restored.compareTo(removed) < 0);
  }
}
