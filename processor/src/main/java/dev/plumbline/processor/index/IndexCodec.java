// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.processor.graph.EdgeKind;
import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.graph.ServiceRegistrations;
import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.model.ModuleOrigin;
import dev.plumbline.processor.wiring.Root;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Converts between the in-memory graph and module model and the stored {@link LibraryIndex}. */
public final class IndexCodec {

  private static final List<String> JDK_PREFIXES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  /** Made on the first read: a library compilation reads no index, and data binding is big. */
  private @Nullable ObjectMapper mapper;
  private final JsonFactory factory = new JsonFactory();

  /**
   * Builds the index of this compilation.
   *
   * @param library the library id
   * @param classes binary names of the compiled classes
   * @param graph the reference graph (only edges from {@code classes} are kept)
   * @param services the ServiceLoader registrations of the sources
   * @param modules the source modules
   * @param roots the framework and declared roots of the sources
   * @param siteOf where each source module is declared ({@code <file URI>#<line>}), by its anchor;
   *     empty when unknown
   * @return the index
   */
  public LibraryIndex encode(
      String library,
      Set<String> classes,
      ReferenceGraph graph,
      ServiceRegistrations services,
      List<ModuleDeclaration> modules,
      List<Root> roots,
      Function<String, Optional<String>> siteOf) {
    Map<String, List<String>> serviceMap = new TreeMap<>();
    services.asMap().forEach((service, impls) -> serviceMap.put(service, List.copyOf(impls)));
    // The library's own classes come first in the nodes, so that the stored index lists each
    // name once (see toJson).
    Map<String, Integer> positions = new HashMap<>();
    List<String> nodes = new ArrayList<>();
    SortedSet<String> sortedClasses = new TreeSet<>(classes);
    sortedClasses.forEach(name -> position(name, positions, nodes));
    Rows rows = new RowBuilder(positions, nodes, serviceMap).of(sortedClasses, graph);
    roots.forEach(root -> position(root.className(), positions, nodes));
    List<IndexedModule> indexedModules =
        modules.stream()
            .map(
                module ->
                    new IndexedModule(
                        module.name(),
                        module.description(),
                        module.critical(),
                        module.criticalReason(),
                        module.declaration(),
                        List.copyOf(module.classes()),
                        module.annotated(),
                        siteOf.apply(module.anchor()).orElse("")))
            .toList();
    return new LibraryIndex(
        LibraryIndex.FORMAT,
        library,
        List.copyOf(sortedClasses),
        nodes,
        rows.code(),
        rows.byName(),
        rows.framework(),
        serviceMap,
        indexedModules,
        List.copyOf(roots));
  }

  /** The stored adjacency rows by kind: code references (with nesting), by name, framework. */
  private record Rows(
      List<List<Integer>> code, List<List<Integer>> byName, List<List<Integer>> framework) {}

  /**
   * Builds the adjacency rows in one pass over the graph, giving new targets their node
   * positions kind by kind: every code reference first, then the by-name targets, then the
   * framework ones (the nodes' stored order). Service registrations are stored as such.
   */
  private record RowBuilder(
      Map<String, Integer> positions, List<String> nodes, Map<String, List<String>> services) {

    Rows of(Set<String> from, ReferenceGraph graph) {
      List<List<Integer>> code = new ArrayList<>();
      Map<String, List<String>> byName = new LinkedHashMap<>();
      Map<String, List<String>> framework = new LinkedHashMap<>();
      for (String source : from) {
        List<Integer> row = new ArrayList<>();
        row.add(position(source, positions, nodes));
        // forEach, not entrySet(): the unmodifiable view wraps every entry it iterates.
        graph.targetsOf(source).forEach(
            (to, kind) -> {
              if (kind == EdgeKind.SERVICE || !keepTarget(to, services)) {
                return; // registrations are stored as the index's services
              }
              if (kind == EdgeKind.BY_NAME) {
                byName.computeIfAbsent(source, key -> new ArrayList<>()).add(to);
              } else if (kind == EdgeKind.FRAMEWORK) {
                framework.computeIfAbsent(source, key -> new ArrayList<>()).add(to);
              } else {
                row.add(position(to, positions, nodes));
              }
            });
        if (row.size() > 1) {
          code.add(row);
        }
      }
      return new Rows(code, positioned(byName), positioned(framework));
    }

    private List<List<Integer>> positioned(Map<String, List<String>> targets) {
      List<List<Integer>> rows = new ArrayList<>();
      targets.forEach(
          (source, names) -> {
            List<Integer> row = new ArrayList<>();
            row.add(position(source, positions, nodes));
            names.forEach(to -> row.add(position(to, positions, nodes)));
            rows.add(row);
          });
      return rows;
    }
  }

  private static boolean keepTarget(String target, Map<String, List<String>> services) {
    if (services.containsKey(target)) {
      return true;
    }
    for (String prefix : JDK_PREFIXES) {
      if (target.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  private static int position(String node, Map<String, Integer> positions, List<String> nodes) {
    Integer position = positions.get(node);
    if (position == null) {
      position = nodes.size();
      nodes.add(node);
      positions.put(node, position);
    }
    return position;
  }

  /** The position of a node the index lists: a root or module class is always one of them. */
  private static int positionOf(Map<String, Integer> positions, String node) {
    Integer position = positions.get(node);
    if (position == null) {
      throw new IllegalArgumentException("class " + node + " is not one of the index's nodes");
    }
    return position;
  }

  /**
   * Adds an index's edges and service registrations to a graph.
   *
   * @param index a library index
   * @param graph the graph that receives them
   */
  public void addTo(LibraryIndex index, ReferenceGraph graph) {
    addRows(index, index.edges(), EdgeKind.REFERENCE, graph);
    addRows(index, index.byNameEdges(), EdgeKind.BY_NAME, graph);
    addRows(index, index.frameworkEdges(), EdgeKind.FRAMEWORK, graph);
    index.services().forEach(
        (service, impls) -> impls.forEach(impl -> graph.addEdge(service, impl, EdgeKind.SERVICE)));
  }

  private static void addRows(
      LibraryIndex index, List<List<Integer>> rows, EdgeKind kind, ReferenceGraph graph) {
    for (List<Integer> row : rows) {
      String from = index.nodes().get(row.get(0));
      for (int i = 1; i < row.size(); i++) {
        graph.addEdge(from, index.nodes().get(row.get(i)), kind);
      }
    }
  }

  /**
   * The modules an index declares, as library modules.
   *
   * @param index a library index
   * @return its modules
   */
  public List<ModuleDeclaration> modulesOf(LibraryIndex index) {
    return index.modules().stream()
        .map(
            module ->
                new ModuleDeclaration(
                    module.name(),
                    module.description(),
                    module.critical(),
                    module.criticalReason(),
                    module.declaration(),
                    ModuleOrigin.LIBRARY,
                    index.library(),
                    new TreeSet<>(module.classes()),
                    List.of(),
                    List.of(),
                    "",
                    module.annotated(),
                    module.site()))
        .toList();
  }

  /**
   * Serializes an index to JSON, compactly: class names are written once, in {@code nodes} (the
   * library's own classes first, {@code classCount} of them), and referred to by position
   * everywhere else.
   *
   * <p>Why the streaming API and not data binding: this runs inside every compilation, and binding
   * records costs Jackson's introspection of them on a cold JVM, several times the cost of writing
   * the text (see {@code bench/wiring-compile}).
   *
   * @param index the index
   * @return compact JSON
   * @throws IOException when Jackson cannot write it
   */
  public String toJson(LibraryIndex index) throws IOException {
    List<String> nodes = index.nodes();
    if (!nodes.subList(0, Math.min(nodes.size(), index.classes().size())).equals(index.classes())) {
      throw new IllegalArgumentException("an index's nodes start with its classes (see encode)");
    }
    Map<String, Integer> positions = new HashMap<>();
    nodes.forEach(name -> positions.put(name, positions.size()));
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("format", LibraryIndex.FORMAT);
      json.writeStringField("library", index.library());
      json.writeNumberField("classCount", index.classes().size());
      JsonArrays.writeStrings(json, "nodes", nodes);
      json.writeFieldName("edges");
      json.writeRawValue(edgesText(index.edges()));
      if (!index.byNameEdges().isEmpty()) {
        json.writeFieldName("byName");
        json.writeRawValue(edgesText(index.byNameEdges()));
      }
      if (!index.frameworkEdges().isEmpty()) {
        json.writeFieldName("framework");
        json.writeRawValue(edgesText(index.frameworkEdges()));
      }
      json.writeObjectFieldStart("services");
      for (Map.Entry<String, List<String>> service : index.services().entrySet()) {
        JsonArrays.writeStrings(json, service.getKey(), service.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("modules");
      for (IndexedModule module : index.modules()) {
        writeModule(json, module, positions);
      }
      json.writeEndArray();
      if (!index.roots().isEmpty()) {
        json.writeArrayFieldStart("roots");
        for (Root root : index.roots()) {
          json.writeStartObject();
          json.writeNumberField("class", positionOf(positions, root.className()));
          json.writeStringField("kind", root.kind().name());
          json.writeStringField("reason", root.reason());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    return text.toString();
  }

  /**
   * The edges as compact JSON, {@code [[0,5,7],[1,3]]}: what the generator would write, built
   * directly because they are most of an index and only numbers (one call per number through the
   * generator was a good part of the index's cost on a cold JVM).
   */
  private static String edgesText(List<List<Integer>> edges) {
    StringBuilder text = new StringBuilder(edges.size() * 24).append('[');
    for (int r = 0; r < edges.size(); r++) {
      List<Integer> row = edges.get(r);
      text.append(r == 0 ? "[" : ",[");
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(row.get(i).intValue());
      }
      text.append(']');
    }
    return text.append(']').toString();
  }

  private static void writeModule(
      JsonGenerator json, IndexedModule module, Map<String, Integer> positions)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", module.name());
    json.writeStringField("description", module.description());
    json.writeBooleanField("critical", module.critical());
    json.writeStringField("criticalReason", module.criticalReason());
    json.writeStringField("declaration", module.declaration());
    json.writeArrayFieldStart("classes");
    for (String name : module.classes()) {
      json.writeNumber(positionOf(positions, name));
    }
    json.writeEndArray();
    if (!module.annotated()) {
      json.writeBooleanField("implicit", true);
    }
    if (!module.site().isEmpty()) {
      json.writeStringField("site", module.site());
    }
    json.writeEndObject();
  }

  /**
   * Parses an index from JSON.
   *
   * @param json the stored text
   * @return the index
   * @throws InvalidIndexException when the text is not an index of this format
   */
  public LibraryIndex fromJson(String json) throws InvalidIndexException {
    JsonNode root;
    try {
      if (mapper == null) {
        mapper = new ObjectMapper();
      }
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidIndexException("not a valid index: " + e.getOriginalMessage());
    }
    int format = root.path("format").asInt(-1);
    if (format != LibraryIndex.FORMAT) {
      throw new InvalidIndexException(
          "index format " + format + ", expected " + LibraryIndex.FORMAT);
    }
    return new IndexReader(root).read();
  }
}
