// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.RootKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON tree of a stored index (format {@value LibraryIndex#FORMAT}) back into a {@link
 * LibraryIndex}, resolving positions into class names and checking every one of them: an index
 * comes from another build, and a bad one must become a clear warning, not a wrong graph.
 */
final class IndexReader {

  private final JsonNode root;
  private List<String> nodes;

  IndexReader(JsonNode root) {
    this.root = root;
  }

  LibraryIndex read() throws InvalidIndexException {
    nodes = strings(field(root, "nodes"), "nodes");
    int classCount = field(root, "classCount").asInt(-1);
    if (classCount < 0 || classCount > nodes.size()) {
      throw invalid("classCount " + classCount + " does not fit " + nodes.size() + " nodes");
    }
    List<List<Integer>> edges = rows(field(root, "edges"));
    List<List<Integer>> byName = rows(root.path("byName"));
    List<List<Integer>> framework = rows(root.path("framework"));
    Map<String, List<String>> services = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> service : field(root, "services").properties()) {
      services.put(service.getKey(), strings(service.getValue(), "services"));
    }
    List<IndexedModule> modules = new ArrayList<>();
    for (JsonNode module : field(root, "modules")) {
      modules.add(module(module));
    }
    List<Root> roots = new ArrayList<>();
    for (JsonNode entry : root.path("roots")) {
      roots.add(root(entry));
    }
    return new LibraryIndex(
        LibraryIndex.FORMAT,
        field(root, "library").asText(),
        List.copyOf(nodes.subList(0, classCount)),
        nodes,
        edges,
        byName,
        framework,
        services,
        modules,
        roots);
  }

  /** Adjacency rows; a missing field (an index without such edges) is none. */
  private List<List<Integer>> rows(JsonNode array) throws InvalidIndexException {
    List<List<Integer>> rows = new ArrayList<>();
    for (JsonNode row : array) {
      List<Integer> positions = new ArrayList<>();
      for (JsonNode position : row) {
        positions.add(position(position));
      }
      rows.add(positions);
    }
    return rows;
  }

  private Root root(JsonNode entry) throws InvalidIndexException {
    RootKind kind;
    try {
      kind = RootKind.valueOf(field(entry, "kind").asText());
    } catch (IllegalArgumentException e) {
      throw invalid("root kind " + entry.get("kind") + " is not one of "
          + Arrays.toString(RootKind.values()));
    }
    return new Root(nodes.get(position(field(entry, "class"))), kind,
        field(entry, "reason").asText());
  }

  private IndexedModule module(JsonNode module) throws InvalidIndexException {
    List<String> classes = new ArrayList<>();
    for (JsonNode position : field(module, "classes")) {
      classes.add(nodes.get(position(position)));
    }
    return new IndexedModule(
        field(module, "name").asText(),
        field(module, "description").asText(),
        field(module, "critical").asBoolean(),
        field(module, "criticalReason").asText(),
        field(module, "declaration").asText(),
        classes,
        !module.path("implicit").asBoolean(false));
  }

  private int position(JsonNode node) throws InvalidIndexException {
    int position = node.asInt(-1);
    if (!node.isInt() || position < 0 || position >= nodes.size()) {
      throw invalid("position " + node + " is not one of the " + nodes.size() + " nodes");
    }
    return position;
  }

  private static List<String> strings(JsonNode array, String name) throws InvalidIndexException {
    if (!array.isArray()) {
      throw invalid(name + " is not an array");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      if (!value.isTextual()) {
        throw invalid(name + " holds " + value + ", not a class name");
      }
      values.add(value.asText());
    }
    return values;
  }

  private static JsonNode field(JsonNode object, String name) throws InvalidIndexException {
    JsonNode value = object.get(name);
    if (value == null) {
      throw invalid("no field '" + name + "'");
    }
    return value;
  }

  private static InvalidIndexException invalid(String problem) {
    return new InvalidIndexException("not a valid index: " + problem);
  }
}
