// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import dev.plumbline.annotations.Critical;
import dev.plumbline.annotations.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the modules of the sources. Every source class belongs to exactly one module:
 *
 * <ol>
 *   <li>a type annotated {@code @Module} or {@code @Critical}, with its nested types (unless they
 *       are modules themselves);
 *   <li>else a package annotated in its {@code package-info.java}, with its classes that no
 *       annotated type claims;
 *   <li>else its package, as a module named after the package: the classes an annotated module
 *       leaves in an unannotated package stay a module of their own, so annotating the first
 *       module never drops the others from the report (or marks them removed in the project
 *       memory while their code exists). When an annotated type of the same package already
 *       carries the package's name, its leftover classes join that module instead, the way a
 *       package module that someone annotated by its own name would keep them.
 * </ol>
 *
 * <p>Without any annotation every package is therefore a module, so the report works on any code
 * base as it is.
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

  /** A module while its classes are being collected. */
  private record Draft(
      Element declaring, String name, String declaration, Set<String> classes, String anchor) {}

  /**
   * The modules of the sources: annotated types by name, then annotated packages, then the
   * packages left to themselves, in the order their first class appears.
   *
   * @return the source modules
   */
  public List<ModuleDeclaration> build() {
    Set<String> claimed = new LinkedHashSet<>();
    List<Draft> drafts = annotatedTypes(claimed);
    drafts.addAll(annotatedPackages(claimed));
    List<Draft> leftovers = packagesLeftToThemselves(claimed, drafts);
    List<ModuleDeclaration> modules = new ArrayList<>();
    drafts.forEach(draft -> modules.add(declaration(draft, true)));
    leftovers.forEach(draft -> modules.add(declaration(draft, false)));
    return modules;
  }

  private List<Draft> annotatedTypes(Set<String> claimed) {
    List<Draft> drafts = new ArrayList<>();
    sources.types().forEach(
        (name, type) -> {
          if (annotations.declaresModule(type)) {
            Set<String> classes = new TreeSet<>();
            collectMembers(type, name, classes);
            claimed.addAll(classes);
            drafts.add(new Draft(type, moduleName(type, type.getSimpleName().toString()), name,
                classes, name));
          }
        });
    return drafts;
  }

  private List<Draft> annotatedPackages(Set<String> claimed) {
    List<Draft> drafts = new ArrayList<>();
    for (PackageElement pkg : sources.packageInfos()) {
      if (annotations.declaresModule(pkg)) {
        String packageName = pkg.getQualifiedName().toString();
        Set<String> classes = new TreeSet<>();
        sources.types().forEach(
            (name, type) -> {
              if (elements.getPackageOf(type).equals(pkg) && !claimed.contains(name)) {
                classes.add(name);
              }
            });
        claimed.addAll(classes);
        drafts.add(new Draft(pkg, moduleName(pkg, packageName), packageName, classes,
            packageName));
      }
    }
    return drafts;
  }

  /**
   * The unclaimed classes, grouped by package. A group joins the annotated type module of its
   * package that carries the package's name; every other group is a module of its own.
   */
  private List<Draft> packagesLeftToThemselves(Set<String> claimed, List<Draft> annotated) {
    Map<String, Draft> byPackage = new LinkedHashMap<>();
    sources.types().forEach(
        (name, type) -> {
          if (claimed.contains(name)) {
            return;
          }
          String pkg = elements.getPackageOf(type).getQualifiedName().toString();
          String moduleName = pkg.isEmpty() ? DEFAULT_PACKAGE_NAME : pkg;
          byPackage
              .computeIfAbsent(moduleName,
                  key -> new Draft(null, moduleName, moduleName, new TreeSet<>(), name))
              .classes()
              .add(name);
        });
    List<Draft> modules = new ArrayList<>();
    for (Draft group : byPackage.values()) {
      Optional<Draft> namesake = annotated.stream()
          .filter(draft -> draft.name().equals(group.name()) && packageOf(draft).equals(group.name()))
          .findFirst();
      if (namesake.isPresent()) {
        namesake.get().classes().addAll(group.classes());
      } else {
        modules.add(group);
      }
    }
    return modules;
  }

  private String packageOf(Draft draft) {
    return draft.declaring() instanceof PackageElement pkg
        ? pkg.getQualifiedName().toString()
        : elements.getPackageOf(draft.declaring()).getQualifiedName().toString();
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

  private static String moduleName(Element declaring, String defaultName) {
    Module module = declaring.getAnnotation(Module.class);
    return module == null || module.name().isEmpty() ? defaultName : module.name();
  }

  private ModuleDeclaration declaration(Draft draft, boolean annotated) {
    Module module = annotated ? draft.declaring().getAnnotation(Module.class) : null;
    Critical critical = annotated ? draft.declaring().getAnnotation(Critical.class) : null;
    return new ModuleDeclaration(
        draft.name(),
        module == null ? "" : module.description(),
        critical != null,
        critical == null ? "" : critical.value(),
        draft.declaration(),
        ModuleOrigin.SOURCE,
        "",
        draft.classes(),
        sourceFilesOf(draft.classes()),
        publicApiOf(draft.classes()),
        draft.anchor(),
        annotated);
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
