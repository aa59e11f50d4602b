// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import dev.plumbline.processor.model.SourceSet;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.RootKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the framework rules look at (the sources, their service registrations and resources, the
 * classes of the libraries on the class path) and what they find (roots, entry points, and edges
 * such as Spring's component scan).
 */
final class FrameworkScan {

  private final SourceSet sources;
  private final Elements elements;
  private final AnnotationValues annotations = new AnnotationValues();
  private final Map<String, Set<String>> services;
  private final Collection<String> libraryClasses;
  private final Optional<Path> classOutput;
  private final Map<String, Root> roots = new LinkedHashMap<>();
  private final Map<String, Root> entryPoints = new LinkedHashMap<>();
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();

  FrameworkScan(
      SourceSet sources,
      Elements elements,
      Map<String, Set<String>> services,
      Collection<String> libraryClasses,
      Optional<Path> classOutput) {
    this.sources = sources;
    this.elements = elements;
    this.services = services;
    this.libraryClasses = libraryClasses;
    this.classOutput = classOutput;
  }

  SourceSet sources() {
    return sources;
  }

  AnnotationValues annotations() {
    return annotations;
  }

  Map<String, Set<String>> services() {
    return services;
  }

  Collection<String> libraryClasses() {
    return libraryClasses;
  }

  Optional<Path> classOutput() {
    return classOutput;
  }

  /** Whether the sources can see any of the named types: a rule whose types are absent is skipped. */
  boolean seesAny(Collection<String> canonicalNames) {
    return canonicalNames.stream().anyMatch(name -> type(name).isPresent());
  }

  /** A type as the sources see it. */
  Optional<TypeElement> type(String canonicalName) {
    return sources.visibleType(elements, canonicalName);
  }

  /** A class of the sources or a library, by binary name; empty when the sources cannot see it. */
  Optional<TypeElement> classNamed(String binaryName) {
    TypeElement source = sources.types().get(binaryName);
    return source != null ? Optional.of(source) : type(binaryName.replace('$', '.'));
  }

  Elements elements() {
    return elements;
  }

  void root(String className, String reason) {
    roots.putIfAbsent(className, new Root(className, RootKind.FRAMEWORK, reason));
  }

  void entryPoint(String className, String reason) {
    entryPoints.putIfAbsent(className, new Root(className, RootKind.ENTRY_POINT, reason));
  }

  void edge(String from, String to) {
    if (!from.equals(to)) {
      edges.computeIfAbsent(from, key -> new LinkedHashSet<>()).add(to);
    }
  }

  List<Root> roots() {
    return new ArrayList<>(roots.values());
  }

  List<Root> entryPoints() {
    return new ArrayList<>(entryPoints.values());
  }

  Map<String, Set<String>> edges() {
    return edges;
  }
}
