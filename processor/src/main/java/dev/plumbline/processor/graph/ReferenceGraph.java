// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Directed class-level graph: an edge {@code a -> b} means class {@code a} needs class {@code b}.
 *
 * <p>Nodes are binary class names ({@code pkg.Outer$Inner}). Anonymous and local classes are
 * folded into the named class that contains them, so each node is a class a person can name.
 * The first kind recorded for an edge is kept, which makes the graph independent of how often a
 * reference repeats.
 */
public final class ReferenceGraph {

  private final Map<String, Map<String, EdgeKind>> edges = new HashMap<>();

  /**
   * Records that {@code from} needs {@code to}; self edges are ignored.
   *
   * @param from binary name of the class that holds the reference
   * @param to binary name of the class it needs
   * @param kind why the reference exists
   */
  public void addEdge(String from, String to, EdgeKind kind) {
    if (from.equals(to)) {
      return;
    }
    edges.computeIfAbsent(from, key -> new LinkedHashMap<>()).putIfAbsent(to, kind);
  }

  /**
   * The classes {@code from} needs, with the kind of each edge.
   *
   * @param from binary class name
   * @return an unmodifiable view, empty when the class has no outgoing edge
   */
  public Map<String, EdgeKind> targetsOf(String from) {
    return Collections.unmodifiableMap(edges.getOrDefault(from, Map.of()));
  }

  /**
   * Every class with at least one outgoing edge.
   *
   * @return an unmodifiable view of the source nodes
   */
  public Set<String> sources() {
    return Collections.unmodifiableSet(edges.keySet());
  }

  /**
   * Number of edges, for summaries.
   *
   * @return the edge count
   */
  public int edgeCount() {
    return edges.values().stream().mapToInt(Map::size).sum();
  }
}
