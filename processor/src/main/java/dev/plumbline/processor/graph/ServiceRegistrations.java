// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * ServiceLoader registrations: which implementations each service type has.
 *
 * <p>A registration is an edge from the service type to the implementation, because whoever
 * loads the service through {@code ServiceLoader} gets the implementation without naming it.
 * Registrations come from {@code META-INF/services} files and from {@code @AutoService}
 * (read from the annotation itself, so it works before AutoService has written its file).
 */
public final class ServiceRegistrations {

  /** The canonical name of AutoService's annotation. */
  public static final String AUTO_SERVICE = "com.google.auto.service.AutoService";

  private final Map<String, Set<String>> implementations = new TreeMap<>();

  /**
   * Records one registration.
   *
   * @param service binary name of the service type
   * @param implementation binary name of the implementation
   */
  public void register(String service, String implementation) {
    implementations.computeIfAbsent(service, key -> new TreeSet<>()).add(implementation);
  }

  /**
   * Records the registrations of the {@code @AutoService} annotations on {@code types}.
   *
   * @param types classes from the sources
   * @param autoService the {@code AutoService} annotation type as the sources see it (compared by
   *     identity, javac's elements being unique within a compilation)
   * @param naming how classes are named as graph nodes
   */
  public void readAutoService(
      Collection<TypeElement> types, TypeElement autoService, ClassNaming naming) {
    for (TypeElement type : types) {
      for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
        if (annotation.getAnnotationType().asElement() == autoService) {
          readAutoService(type, annotation, naming);
        }
      }
    }
  }

  private void readAutoService(TypeElement type, AnnotationMirror annotation, ClassNaming naming) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        for (TypeMirror service : serviceTypes(entry.getValue())) {
          TypeElement serviceType = (TypeElement) ((DeclaredType) service).asElement();
          register(naming.nodeName(serviceType), naming.nodeName(type));
        }
      }
    }
  }

  private static List<TypeMirror> serviceTypes(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof TypeMirror mirror) {
      return List.of(mirror);
    }
    if (raw instanceof List<?> values) {
      return values.stream()
          .map(item -> ((AnnotationValue) item).getValue())
          .filter(TypeMirror.class::isInstance)
          .map(TypeMirror.class::cast)
          .filter(mirror -> mirror instanceof DeclaredType)
          .toList();
    }
    return List.of();
  }

  /**
   * Records the {@code provides} clauses of a module descriptor ({@code module-info.java}): the
   * module system hands those implementations to {@code ServiceLoader} exactly as a services
   * file does.
   *
   * @param module the sources' module; an unnamed module declares nothing
   * @param naming how classes are named as graph nodes
   */
  public void readModuleDescriptor(ModuleElement module, ClassNaming naming) {
    if (module.isUnnamed()) {
      return;
    }
    for (ModuleElement.ProvidesDirective provides
        : ElementFilter.providesIn(module.getDirectives())) {
      for (TypeElement implementation : provides.getImplementations()) {
        register(naming.nodeName(provides.getService()), naming.nodeName(implementation));
      }
    }
  }

  /**
   * Reads every {@code META-INF/services/<service>} file in a directory.
   *
   * @param servicesDirectory the {@code META-INF/services} directory; absent is fine
   * @throws IOException when a file exists but cannot be read
   */
  public void readServiceFiles(Path servicesDirectory) throws IOException {
    if (!Files.isDirectory(servicesDirectory)) {
      return;
    }
    try (Stream<Path> files = Files.list(servicesDirectory)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String service = file.getFileName().toString();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String implementation = stripComment(line);
          if (!implementation.isEmpty()) {
            register(service, implementation);
          }
        }
      }
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).trim();
  }

  /**
   * Adds a SERVICE edge from every service type to each of its implementations.
   *
   * @param graph the graph that receives the edges
   */
  public void addEdgesTo(ReferenceGraph graph) {
    implementations.forEach(
        (service, impls) -> impls.forEach(impl -> graph.addEdge(service, impl, EdgeKind.SERVICE)));
  }

  /**
   * The registrations, service type to implementations, sorted.
   *
   * @return an unmodifiable view
   */
  public Map<String, Set<String>> asMap() {
    return Collections.unmodifiableMap(implementations);
  }
}
