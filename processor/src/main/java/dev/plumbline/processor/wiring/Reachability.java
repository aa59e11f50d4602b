// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import dev.plumbline.processor.graph.ReferenceGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first reachability from the entry point, keeping each class's predecessor so that the
 * shortest path to any reached class can be shown (like Dagger's and ProGuard's
 * {@code -whyareyoukeeping}).
 */
public final class Reachability {

  private final Map<String, String> predecessor = new HashMap<>();
  private final Map<String, Integer> distance = new HashMap<>();

  /**
   * Walks the graph from {@code root}.
   *
   * @param graph the complete reference graph
   * @param root binary name of the entry point
   */
  public Reachability(ReferenceGraph graph, String root) {
    Deque<String> queue = new ArrayDeque<>();
    distance.put(root, 0);
    queue.add(root);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      int next = distance.get(current) + 1;
      for (String target : graph.targetsOf(current).keySet()) {
        if (!distance.containsKey(target)) {
          distance.put(target, next);
          predecessor.put(target, current);
          queue.add(target);
        }
      }
    }
  }

  /**
   * Whether a class is reachable.
   *
   * @param className binary name
   * @return true when reached from the root
   */
  public boolean reaches(String className) {
    return distance.containsKey(className);
  }

  /**
   * Steps from the root to a class, or {@link Integer#MAX_VALUE} when unreachable.
   *
   * @param className binary name
   * @return the distance
   */
  public int distanceTo(String className) {
    return distance.getOrDefault(className, Integer.MAX_VALUE);
  }

  /**
   * The shortest chain from the root to a class, root first.
   *
   * @param className binary name
   * @return the chain, empty when the class is unreachable
   */
  public List<String> pathTo(String className) {
    if (!reaches(className)) {
      return List.of();
    }
    List<String> path = new ArrayList<>();
    for (String step = className; step != null; step = predecessor.get(step)) {
      path.add(step);
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /**
   * Every reached class, for oracle comparisons.
   *
   * @return an unmodifiable view of the reached classes
   */
  public Set<String> reached() {
    return Collections.unmodifiableSet(distance.keySet());
  }
}
