// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.processor.graph.EdgeKind;
import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.graph.ServiceRegistrations;
import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.model.ModuleOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Converts between the in-memory graph and module model and the stored {@link LibraryIndex}. */
public final class IndexCodec {

  private static final List<String> JDK_PREFIXES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Builds the index of this compilation.
   *
   * @param library the library id
   * @param classes binary names of the compiled classes
   * @param graph the reference graph (only edges from {@code classes} are kept)
   * @param services the ServiceLoader registrations of the sources
   * @param modules the source modules
   * @return the index
   */
  public LibraryIndex encode(
      String library,
      Set<String> classes,
      ReferenceGraph graph,
      ServiceRegistrations services,
      List<ModuleDeclaration> modules) {
    Map<String, List<String>> serviceMap = new TreeMap<>();
    services.asMap().forEach((service, impls) -> serviceMap.put(service, List.copyOf(impls)));
    Map<String, Integer> positions = new HashMap<>();
    List<String> nodes = new ArrayList<>();
    List<List<Integer>> edges = new ArrayList<>();
    for (String from : new TreeSet<>(classes)) {
      List<Integer> row = new ArrayList<>();
      row.add(position(from, positions, nodes));
      for (Map.Entry<String, EdgeKind> edge : graph.targetsOf(from).entrySet()) {
        String to = edge.getKey();
        if (edge.getValue() != EdgeKind.SERVICE && keepTarget(to, serviceMap)) {
          row.add(position(to, positions, nodes));
        }
      }
      if (row.size() > 1) {
        edges.add(row);
      }
    }
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
                        List.copyOf(module.classes())))
            .toList();
    return new LibraryIndex(
        LibraryIndex.FORMAT,
        library,
        List.copyOf(new TreeSet<>(classes)),
        nodes,
        edges,
        serviceMap,
        indexedModules);
  }

  private static boolean keepTarget(String target, Map<String, List<String>> services) {
    return services.containsKey(target) || JDK_PREFIXES.stream().noneMatch(target::startsWith);
  }

  private static int position(String node, Map<String, Integer> positions, List<String> nodes) {
    return positions.computeIfAbsent(
        node,
        key -> {
          nodes.add(key);
          return nodes.size() - 1;
        });
  }

  /**
   * Adds an index's edges and service registrations to a graph.
   *
   * @param index a library index
   * @param graph the graph that receives them
   */
  public void addTo(LibraryIndex index, ReferenceGraph graph) {
    for (List<Integer> row : index.edges()) {
      String from = index.nodes().get(row.get(0));
      for (int i = 1; i < row.size(); i++) {
        graph.addEdge(from, index.nodes().get(row.get(i)), EdgeKind.REFERENCE);
      }
    }
    index.services().forEach(
        (service, impls) -> impls.forEach(impl -> graph.addEdge(service, impl, EdgeKind.SERVICE)));
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
                    ""))
        .toList();
  }

  /**
   * Serializes an index to JSON.
   *
   * @param index the index
   * @return compact JSON
   * @throws JsonProcessingException when Jackson cannot serialize it
   */
  public String toJson(LibraryIndex index) throws JsonProcessingException {
    return mapper.writeValueAsString(index);
  }

  /**
   * Parses an index from JSON.
   *
   * @param json the stored text
   * @return the index
   * @throws JsonProcessingException when the text is not a valid index
   */
  public LibraryIndex fromJson(String json) throws JsonProcessingException {
    return mapper.readValue(json, LibraryIndex.class);
  }
}
