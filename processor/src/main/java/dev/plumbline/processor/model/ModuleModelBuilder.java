// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import dev.plumbline.annotations.Critical;
import dev.plumbline.annotations.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the modules declared by the sources.
 *
 * <p>Annotated mode (any {@code @Module} or {@code @Critical} in the sources): a module is an
 * annotated type with its nested types (unless they are modules themselves), or an annotated
 * package with its classes that no annotated type claims. Classes outside every module still
 * take part in the graph; they are simply not reported. Package mode (no annotation at all):
 * every package is a module named after the package, so the report works on any code base.
 */
public final class ModuleModelBuilder {

  /** The name used for the unnamed package in package mode. */
  public static final String DEFAULT_PACKAGE_NAME = "(default package)";

  private final SourceSet sources;
  private final Elements elements;
  private final boolean publicApi;
  private final AnnotationLookup annotations;

  /**
   * Creates a builder over the compilation's sources.
   *
   * @param sources the source classes and packages
   * @param elements javac's element utilities
   * @param publicApi whether to list each module's public API (else the lists are empty)
   * @param annotations which elements carry Plumbline's annotations
   */
  public ModuleModelBuilder(
      SourceSet sources, Elements elements, boolean publicApi, AnnotationLookup annotations) {
    this.sources = sources;
    this.elements = elements;
    this.publicApi = publicApi;
    this.annotations = annotations;
  }

  /**
   * Whether the sources declare any module explicitly.
   *
   * @return true when a source type or package carries {@code @Module} or {@code @Critical}
   */
  public boolean annotatedMode() {
    boolean annotatedType =
        sources.types().values().stream().anyMatch(annotations::declaresModule);
    boolean annotatedPackage =
        sources.packageInfos().stream().anyMatch(annotations::declaresModule);
    return annotatedType || annotatedPackage;
  }

  /**
   * The modules of the sources, in declaration order (types by name, then packages).
   *
   * @return the source modules
   */
  public List<ModuleDeclaration> build() {
    return annotatedMode() ? annotatedModules() : packageModules();
  }

  private List<ModuleDeclaration> annotatedModules() {
    List<ModuleDeclaration> modules = new ArrayList<>();
    Set<String> claimed = new LinkedHashSet<>();
    sources.types().forEach(
        (name, type) -> {
          if (annotations.declaresModule(type)) {
            Set<String> classes = new TreeSet<>();
            collectMembers(type, name, classes);
            claimed.addAll(classes);
            modules.add(declaration(type, type.getSimpleName().toString(), name, classes, name));
          }
        });
    for (PackageElement pkg : sources.packageInfos()) {
      if (annotations.declaresModule(pkg)) {
        String packageName = pkg.getQualifiedName().toString();
        Set<String> classes = new TreeSet<>();
        sources.types().forEach(
            (name, type) -> {
              boolean inPackage = elements.getPackageOf(type).equals(pkg);
              if (inPackage && !claimed.contains(name)) {
                classes.add(name);
              }
            });
        modules.add(declaration(pkg, packageName, packageName, classes, packageName));
      }
    }
    return modules;
  }

  private void collectMembers(TypeElement type, String name, Set<String> classes) {
    classes.add(name);
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      if (!annotations.declaresModule(member)) {
        String memberName = elements.getBinaryName(member).toString();
        collectMembers(member, memberName, classes);
      }
    }
  }

  private ModuleDeclaration declaration(
      Element declaring,
      String defaultName,
      String declarationName,
      Set<String> classes,
      String anchor) {
    Module module = declaring.getAnnotation(Module.class);
    Critical critical = declaring.getAnnotation(Critical.class);
    String name = module == null || module.name().isEmpty() ? defaultName : module.name();
    String description = module == null ? "" : module.description();
    return new ModuleDeclaration(
        name,
        description,
        critical != null,
        critical == null ? "" : critical.value(),
        declarationName,
        ModuleOrigin.SOURCE,
        "",
        classes,
        sourceFilesOf(classes),
        publicApiOf(classes),
        anchor);
  }

  private List<ModuleDeclaration> packageModules() {
    Map<String, Set<String>> byPackage = new LinkedHashMap<>();
    Map<String, String> anchors = new LinkedHashMap<>();
    sources.types().forEach(
        (name, type) -> {
          String pkg = elements.getPackageOf(type).getQualifiedName().toString();
          String moduleName = pkg.isEmpty() ? DEFAULT_PACKAGE_NAME : pkg;
          byPackage.computeIfAbsent(moduleName, key -> new TreeSet<>()).add(name);
          anchors.putIfAbsent(moduleName, name);
        });
    List<ModuleDeclaration> modules = new ArrayList<>();
    byPackage.forEach(
        (name, classes) ->
            modules.add(
                new ModuleDeclaration(
                    name,
                    "",
                    false,
                    "",
                    name,
                    ModuleOrigin.SOURCE,
                    "",
                    classes,
                    sourceFilesOf(classes),
                    publicApiOf(classes),
                    anchors.get(name))));
    return modules;
  }

  private List<String> sourceFilesOf(Set<String> classes) {
    return classes.stream()
        .map(sources::sourceFileOf)
        .filter(file -> !file.isEmpty())
        .distinct()
        .sorted()
        .toList();
  }

  private List<String> publicApiOf(Set<String> classes) {
    if (!publicApi) {
      return List.of();
    }
    List<String> api = new ArrayList<>();
    for (String name : classes) {
      api.addAll(PublicApi.of(sources.types().get(name), name));
    }
    return api;
  }
}
