// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import dev.plumbline.processor.graph.EdgeKind;
import dev.plumbline.processor.graph.ReferenceGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first reachability from the roots, keeping each class's predecessor and the kind of
 * the edge that reached it, so that the shortest path to any reached class can be shown with the
 * kind of each hop (like Dagger's and ProGuard's {@code -whyareyoukeeping}).
 */
final class Reachability {

  private final Map<String, String> predecessor = new HashMap<>();
  private final Map<String, EdgeKind> reachedBy = new HashMap<>();
  private final Map<String, Integer> distance = new HashMap<>();
  private final Map<String, Root> rootOf = new HashMap<>();

  /**
   * Walks the graph from every root at once: each root is at distance 0.
   *
   * @param graph the complete reference graph
   * @param roots the roots, in the order reports list them (the first root of a class wins)
   */
  Reachability(ReferenceGraph graph, List<Root> roots) {
    Deque<String> queue = new ArrayDeque<>();
    for (Root root : roots) {
      if (rootOf.putIfAbsent(root.className(), root) == null) {
        distance.put(root.className(), 0);
        queue.add(root.className());
      }
    }
    while (!queue.isEmpty()) {
      String current = queue.poll();
      int next = distance.get(current) + 1;
      for (Map.Entry<String, EdgeKind> edge : graph.targetsOf(current).entrySet()) {
        String target = edge.getKey();
        if (!distance.containsKey(target)) {
          distance.put(target, next);
          predecessor.put(target, current);
          reachedBy.put(target, edge.getValue());
          queue.add(target);
        }
      }
    }
  }

  /** Whether a class is reachable. */
  boolean reaches(String className) {
    return distance.containsKey(className);
  }

  /** Steps from the nearest root to a class, or {@link Integer#MAX_VALUE} when unreachable. */
  int distanceTo(String className) {
    return distance.getOrDefault(className, Integer.MAX_VALUE);
  }

  /** The shortest chain from a root to a class, root first; empty when unreachable. */
  List<Hop> pathTo(String className) {
    if (!reaches(className)) {
      return List.of();
    }
    List<Hop> path = new ArrayList<>();
    for (String step = className; step != null; step = predecessor.get(step)) {
      Root root = rootOf.get(step);
      boolean start = !predecessor.containsKey(step);
      path.add(new Hop(step, start ? root.kind().label() : reachedBy.get(step).label()));
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }
}
