// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Mermaid graph of the module dependencies, kept within what Mermaid renders with its
 * defaults ({@code maxEdges} 500, {@code maxTextSize} 50,000 characters): beyond them code hosts
 * show an error instead of a graph.
 *
 * <p>The whole graph when it fits. Otherwise, in this order, the first that fits, with a line
 * above the graph that says what it shows: the findings (NOT WIRED and DUPLICATE modules) with the
 * modules next to them; the modules collapsed into their parent packages (once, then again); the
 * findings alone. When nothing fits, no graph, and the line says so ({@code wiring.json} has
 * every dependency).
 */
final class MermaidGraph {

  /** Mermaid's default {@code maxEdges}. */
  static final int MAX_EDGES = 500;
  /** Mermaid's default {@code maxTextSize}. */
  static final int MAX_TEXT = 50_000;

  private static final int COLLAPSE_LEVELS = 2;

  private final List<ModuleResult> modules;

  MermaidGraph(List<ModuleResult> modules) {
    this.modules = modules;
  }

  /** One node of a drawn graph: a module, or a package of collapsed modules. */
  private record Node(String label, String style) {}

  /** A graph to draw: nodes, and edges as pairs of node positions. */
  private record Drawing(List<Node> nodes, Set<List<Integer>> edges) {
    String text() {
      StringBuilder graph = new StringBuilder("```mermaid\ngraph LR\n");
      for (int i = 0; i < nodes.size(); i++) {
        Node node = nodes.get(i);
        graph.append("  m").append(i).append("[\"").append(node.label().replace("\"", "'"))
            .append("\"]:::").append(node.style()).append('\n');
      }
      for (List<Integer> edge : edges) {
        graph.append("  m").append(edge.get(0)).append(" --> m").append(edge.get(1)).append('\n');
      }
      graph.append("  classDef wired fill:#c8f7c5,stroke:#2e7d32\n")
          .append("  classDef not_wired fill:#ffd6d6,stroke:#c62828\n")
          .append("  classDef duplicate fill:#fff3c4,stroke:#f9a825\n")
          .append("  classDef unverified fill:#eeeeee,stroke:#757575\n")
          .append("```\n");
      return graph.toString();
    }

    boolean fits() {
      return edges.size() <= MAX_EDGES && text().length() <= MAX_TEXT;
    }
  }

  /** The Markdown of the graph: a fenced Mermaid block, after a line when it is reduced. */
  String render() {
    Set<List<Integer>> allEdges = edges();
    Drawing full = moduleDrawing(allModules(), allEdges);
    if (full.fits()) {
      return full.text();
    }
    String over = "The full module graph (" + modules.size() + " modules, " + allEdges.size()
        + " dependencies) is over Mermaid's default limits (" + MAX_EDGES + " edges, "
        + String.format(Locale.ROOT, "%,d", MAX_TEXT) + " characters)";
    List<Integer> findings = findings();
    if (!findings.isEmpty()) {
      Drawing near = neighbourhood(findings, allEdges);
      if (near.fits()) {
        return "> " + over + ": this graph shows the " + findings.size() + " findings and the "
            + (near.nodes().size() - findings.size()) + " modules they depend on or that depend"
            + " on them.\n\n" + near.text();
      }
    }
    for (int level = 1; level <= COLLAPSE_LEVELS; level++) {
      Optional<Drawing> collapsed = collapsed(level, allEdges);
      if (collapsed.isPresent() && collapsed.get().fits()) {
        return "> " + over + ": this graph shows the modules collapsed into their parent"
            + " packages" + (level > 1 ? " (" + level + " levels up)" : "") + ", "
            + collapsed.get().nodes().size() + " nodes, each coloured by the worst status in"
            + " it.\n\n" + collapsed.get().text();
      }
    }
    Drawing alone = moduleDrawing(findings, Set.of());
    if (!findings.isEmpty() && alone.fits()) {
      return "> " + over + ": this graph shows only the " + findings.size() + " findings,"
          + " without their dependencies.\n\n" + alone.text();
    }
    return "> " + over + ", and no reduced graph fits either: every dependency is listed in"
        + " `wiring.json` (`dependsOn`).\n";
  }

  private List<Integer> allModules() {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      all.add(i);
    }
    return all;
  }

  private List<Integer> findings() {
    List<Integer> findings = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      ModuleStatus status = modules.get(i).status();
      if (status == ModuleStatus.NOT_WIRED || status == ModuleStatus.DUPLICATE) {
        findings.add(i);
      }
    }
    return findings;
  }

  /**
   * Every dependency as a pair of module positions. Modules are told apart by position, not by
   * name: two modules of the same name (a DUPLICATE) are two nodes, and a dependency on that name
   * is drawn to both.
   */
  private Set<List<Integer>> edges() {
    Map<String, List<Integer>> byName = new LinkedHashMap<>();
    for (int i = 0; i < modules.size(); i++) {
      byName.computeIfAbsent(modules.get(i).name(), name -> new ArrayList<>()).add(i);
    }
    Set<List<Integer>> edges = new LinkedHashSet<>();
    for (int i = 0; i < modules.size(); i++) {
      for (String dependency : modules.get(i).dependsOn()) {
        for (int target : byName.getOrDefault(dependency, List.of())) {
          if (target != i) {
            edges.add(List.of(i, target));
          }
        }
      }
    }
    return edges;
  }

  private Drawing neighbourhood(List<Integer> findings, Set<List<Integer>> allEdges) {
    Set<Integer> shown = new LinkedHashSet<>(findings);
    Set<List<Integer>> kept = new LinkedHashSet<>();
    for (List<Integer> edge : allEdges) {
      if (findings.contains(edge.get(0)) || findings.contains(edge.get(1))) {
        kept.add(edge);
        shown.addAll(edge);
      }
    }
    return moduleDrawing(new ArrayList<>(new TreeSet<>(shown)), kept);
  }

  /** The given modules as nodes, with the given edges between them renumbered. */
  private Drawing moduleDrawing(List<Integer> shown, Set<List<Integer>> edges) {
    Map<Integer, Integer> position = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    for (int module : shown) {
      position.put(module, nodes.size());
      ModuleResult result = modules.get(module);
      nodes.add(new Node(result.name() + "<br/>" + MarkdownReport.statusText(result.status()),
          style(result.status())));
    }
    Set<List<Integer>> renumbered = new LinkedHashSet<>();
    for (List<Integer> edge : edges) {
      if (position.containsKey(edge.get(0)) && position.containsKey(edge.get(1))) {
        renumbered.add(List.of(position.get(edge.get(0)), position.get(edge.get(1))));
      }
    }
    return new Drawing(nodes, renumbered);
  }

  /** Modules grouped by their name without its last {@code level} segments; empty if no gain. */
  private Optional<Drawing> collapsed(int level, Set<List<Integer>> allEdges) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < modules.size(); i++) {
      groups.computeIfAbsent(parent(modules.get(i).name(), level), key -> new ArrayList<>())
          .add(i);
    }
    if (groups.size() == modules.size()) {
      return Optional.empty();
    }
    Map<Integer, Integer> groupOf = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    groups.forEach(
        (name, members) -> {
          ModuleStatus worst = modules.get(members.get(0)).status();
          for (int member : members) {
            groupOf.put(member, nodes.size());
            worst = worse(worst, modules.get(member).status());
          }
          String label = members.size() == 1
              ? modules.get(members.get(0)).name()
              : name + ".*<br/>" + members.size() + " modules";
          nodes.add(new Node(label + "<br/>" + MarkdownReport.statusText(worst), style(worst)));
        });
    Set<List<Integer>> edges = new LinkedHashSet<>();
    for (List<Integer> edge : allEdges) {
      int from = groupOf.get(edge.get(0));
      int to = groupOf.get(edge.get(1));
      if (from != to) {
        edges.add(List.of(from, to));
      }
    }
    return Optional.of(new Drawing(nodes, edges));
  }

  private static String parent(String name, int level) {
    String parent = name;
    for (int i = 0; i < level; i++) {
      int dot = parent.lastIndexOf('.');
      if (dot < 0) {
        return parent;
      }
      parent = parent.substring(0, dot);
    }
    return parent;
  }

  /** The status that says the most: NOT WIRED, then DUPLICATE, then UNVERIFIED, then WIRED. */
  private static ModuleStatus worse(ModuleStatus a, ModuleStatus b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(ModuleStatus status) {
    return switch (status) {
      case NOT_WIRED -> 3;
      case DUPLICATE -> 2;
      case UNVERIFIED -> 1;
      case WIRED -> 0;
    };
  }

  private static String style(ModuleStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
