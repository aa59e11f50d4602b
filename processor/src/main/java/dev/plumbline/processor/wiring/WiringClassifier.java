// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.model.ModuleOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classifies every module as WIRED, NOT WIRED, DUPLICATE or UNVERIFIED and computes the why-wired
 * paths, the module dependencies and the summary counts.
 */
public final class WiringClassifier {

  private final ReferenceGraph graph;
  private final List<ModuleDeclaration> modules;
  // By identity: two declarations can be equal records (the same module in two libraries).
  private final IdentityHashMap<ModuleDeclaration, Set<String>> duplicates =
      new IdentityHashMap<>();
  private final Map<String, String> moduleOfClass = new HashMap<>();
  private final Optional<String> testedLibrary;

  /**
   * Prepares the classification.
   *
   * @param graph the complete reference graph (sources, libraries, services)
   * @param modules every module: the sources' first, then the libraries'
   * @param testedLibrary in a test compilation, the id of the main code's index: its modules are
   *     the ones the test sources test, not duplicates of the test packages of the same name
   */
  public WiringClassifier(
      ReferenceGraph graph, List<ModuleDeclaration> modules, Optional<String> testedLibrary) {
    this.graph = graph;
    this.modules = List.copyOf(modules);
    this.testedLibrary = testedLibrary;
    findDuplicates();
  }

  private void findDuplicates() {
    Map<String, List<ModuleDeclaration>> byName = new LinkedHashMap<>();
    Map<String, List<ModuleDeclaration>> byClass = new HashMap<>();
    for (ModuleDeclaration module : modules) {
      byName.computeIfAbsent(module.name(), key -> new ArrayList<>()).add(module);
      for (String className : module.classes()) {
        byClass.computeIfAbsent(className, key -> new ArrayList<>()).add(module);
        moduleOfClass.putIfAbsent(className, module.name());
      }
    }
    byName.values().forEach(this::markDuplicates);
    byClass.values().forEach(this::markDuplicates);
  }

  private void markDuplicates(List<ModuleDeclaration> sharing) {
    if (sharing.size() < 2) {
      return;
    }
    for (int i = 0; i < sharing.size(); i++) {
      for (int j = 0; j < sharing.size(); j++) {
        if (i != j && !testsAndTested(sharing.get(i), sharing.get(j))) {
          duplicates
              .computeIfAbsent(sharing.get(i), key -> new TreeSet<>())
              .add(sharing.get(j).location());
        }
      }
    }
  }

  /** Whether one module is a test package and the other the main module it tests. */
  private boolean testsAndTested(ModuleDeclaration one, ModuleDeclaration other) {
    return testedLibrary.isPresent()
        && ((isTested(one) && other.origin() == ModuleOrigin.SOURCE)
            || (isTested(other) && one.origin() == ModuleOrigin.SOURCE));
  }

  private boolean isTested(ModuleDeclaration module) {
    return module.origin() == ModuleOrigin.LIBRARY
        && testedLibrary.get().equals(module.library());
  }

  /**
   * Classifies the modules.
   *
   * @param compilation what the compilation is; only an application's modules get verdicts
   * @param roots the classes the walk starts from, entry points first
   * @param library the id of this compilation's index
   * @param partialReasons why the compilation is partial, empty for a complete one
   * @return the immutable result
   */
  public WiringResult classify(
      CompilationKind compilation,
      List<Root> roots,
      String library,
      List<String> partialReasons) {
    Optional<Reachability> reachability =
        compilation == CompilationKind.APPLICATION
            ? Optional.of(new Reachability(graph, roots))
            : Optional.empty();
    boolean partial = !partialReasons.isEmpty();
    List<ModuleResult> results = new ArrayList<>();
    for (ModuleDeclaration module : ordered()) {
      results.add(classifyOne(module, reachability, partial));
    }
    int wired = count(results, ModuleStatus.WIRED);
    int notWired = count(results, ModuleStatus.NOT_WIRED);
    int duplicate = count(results, ModuleStatus.DUPLICATE);
    int unverified = count(results, ModuleStatus.UNVERIFIED);
    WiringSummary summary =
        new WiringSummary(wired, notWired, duplicate, unverified, results.size(), partial);
    return new WiringResult(compilation, List.copyOf(roots), library, partial,
        List.copyOf(partialReasons), List.copyOf(results), summary);
  }

  private List<ModuleDeclaration> ordered() {
    List<ModuleDeclaration> sources = new ArrayList<>();
    List<ModuleDeclaration> libraries = new ArrayList<>();
    for (ModuleDeclaration module : modules) {
      (module.origin() == ModuleOrigin.SOURCE ? sources : libraries).add(module);
    }
    libraries.sort(
        Comparator.comparing(ModuleDeclaration::library).thenComparing(ModuleDeclaration::name));
    sources.addAll(libraries);
    return sources;
  }

  private ModuleResult classifyOne(
      ModuleDeclaration module, Optional<Reachability> reachability, boolean partial) {
    List<Hop> path = reachability.map(reach -> shortestPath(module, reach)).orElse(List.of());
    boolean reachable = !path.isEmpty();
    Set<String> others = duplicates.getOrDefault(module, Set.of());
    ModuleStatus status;
    if (!others.isEmpty()) {
      status = ModuleStatus.DUPLICATE;
    } else if (reachable) {
      status = ModuleStatus.WIRED;
    } else if (reachability.isEmpty() || partial) {
      status = ModuleStatus.UNVERIFIED;
    } else {
      status = ModuleStatus.NOT_WIRED;
    }
    String origin =
        module.origin() == ModuleOrigin.SOURCE ? "source" : "library:" + module.library();
    return new ModuleResult(
        module.name(),
        module.description(),
        status,
        module.critical(),
        module.criticalReason(),
        origin,
        module.declaration(),
        reachable,
        List.copyOf(module.classes()),
        reachability
            .map(reach -> module.classes().stream().filter(reach::reaches).toList())
            .orElse(List.of()),
        module.sourceFiles(),
        dependenciesOf(module),
        module.publicApi(),
        path,
        List.copyOf(others));
  }

  private static List<Hop> shortestPath(ModuleDeclaration module, Reachability reachability) {
    return module.classes().stream()
        .filter(reachability::reaches)
        .min(Comparator.comparingInt(reachability::distanceTo).thenComparing(name -> name))
        .map(reachability::pathTo)
        .orElse(List.of());
  }

  private List<String> dependenciesOf(ModuleDeclaration module) {
    Set<String> names = new LinkedHashSet<>();
    for (String className : module.classes()) {
      for (String target : graph.targetsOf(className).keySet()) {
        String targetModule = moduleOfClass.get(target);
        if (targetModule != null && !targetModule.equals(module.name())) {
          names.add(targetModule);
        }
      }
    }
    return List.copyOf(new TreeSet<>(names));
  }

  private static int count(List<ModuleResult> results, ModuleStatus status) {
    return (int) results.stream().filter(result -> result.status() == status).count();
  }
}
