// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.plumbline.processor.graph.ClassNaming;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The classes and packages declared by the sources of this compilation.
 *
 * <p>Built once, after the last processing round, from the names collected during the rounds
 * (javac may replace element objects between rounds, names stay). In plugin mode there are no
 * rounds: the elements and files seen when javac entered each unit are used as they are.
 */
public final class SourceSet {

  private final Map<String, TypeElement> types = new LinkedHashMap<>();
  private final Map<String, String> sourceFiles = new LinkedHashMap<>();
  private final List<PackageElement> annotatedPackages = new ArrayList<>();

  /**
   * Resolves the collected names into elements.
   *
   * @param topLevelTypes canonical names of the top-level types in the sources
   * @param enteredTypes the elements and files of those types where they are already known
   *     (plugin mode), by canonical name; the others are looked up by name
   * @param packageInfos names of the packages that have a {@code package-info.java}
   * @param elements javac's element utilities
   * @param trees javac's tree utilities, to find each type's compilation unit
   * @param naming how classes are named as graph nodes
   */
  public SourceSet(
      Collection<String> topLevelTypes,
      Map<String, EnteredType> enteredTypes,
      Collection<String> packageInfos,
      Elements elements,
      Trees trees,
      ClassNaming naming) {
    for (String name : new TreeSet<>(topLevelTypes)) {
      EnteredType entered = enteredTypes.get(name);
      if (entered != null) {
        addWithMembers(entered.type(), entered.sourceFile(), naming);
        continue;
      }
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        addWithMembers(type, sourceFileOf(type, trees), naming);
      }
    }
    for (String name : new TreeSet<>(packageInfos)) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        annotatedPackages.add(pkg);
      }
    }
  }

  private static String sourceFileOf(TypeElement type, Trees trees) {
    TreePath path = trees.getPath(type);
    if (path == null) {
      return "";
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    return unit.getSourceFile().toUri().toString();
  }

  private void addWithMembers(TypeElement type, String file, ClassNaming naming) {
    String name = naming.nodeName(type);
    types.put(name, type);
    sourceFiles.put(name, file);
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      addWithMembers(member, file, naming);
    }
  }

  /**
   * Looks up a type as the sources see it: in their module (the unnamed module on a class-path
   * build). {@code Elements.getTypeElement(name)} without a module tries every module of the JDK
   * in turn when the name is missing, which costs milliseconds per name.
   *
   * @param elements javac's element utilities
   * @param canonicalName the type's canonical name
   * @return the type, empty when the sources cannot see it (or there are no sources)
   */
  public Optional<TypeElement> visibleType(Elements elements, String canonicalName) {
    Iterator<TypeElement> types = this.types.values().iterator();
    if (!types.hasNext()) {
      return Optional.empty();
    }
    ModuleElement module = elements.getModuleOf(types.next());
    // No module below source level 9: one flat class path, looked up as such.
    return Optional.ofNullable(
        module == null
            ? elements.getTypeElement(canonicalName)
            : elements.getTypeElement(module, canonicalName));
  }

  /**
   * Every source class, top-level and member, by binary name, in name order of the top level.
   *
   * @return an unmodifiable view
   */
  public Map<String, TypeElement> types() {
    return Collections.unmodifiableMap(types);
  }

  /**
   * The URI of the compilation unit that declares a class.
   *
   * @param binaryName a source class
   * @return the URI, empty when unknown
   */
  public String sourceFileOf(String binaryName) {
    return sourceFiles.getOrDefault(binaryName, "");
  }

  /**
   * Packages declared with a {@code package-info.java} in the sources.
   *
   * @return an unmodifiable view
   */
  public List<PackageElement> packageInfos() {
    return Collections.unmodifiableList(annotatedPackages);
  }

  /**
   * Names of the packages that hold source classes.
   *
   * @param elements javac's element utilities
   * @return sorted package names
   */
  public Set<String> packageNames(Elements elements) {
    Set<String> names = new TreeSet<>();
    for (Element type : types.values()) {
      names.add(elements.getPackageOf(type).getQualifiedName().toString());
    }
    return names;
  }
}
