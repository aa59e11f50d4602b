// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import dev.plumbline.processor.graph.ClassNaming;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * <p>Built once, when every class has been analysed, from the top-level types javac analysed
 * (with the files they came from) and the packages that have a {@code package-info.java}. The
 * elements are the ones javac analysed, in both modes: in processor mode the last round's, in
 * plugin mode the only ones, which is what makes the two modes see the same sources, including
 * those javac compiled implicitly from {@code -sourcepath}.
 */
public final class SourceSet {

  private final Map<String, TypeElement> types = new LinkedHashMap<>();
  private final Map<String, String> sourceFiles = new LinkedHashMap<>();
  private final List<PackageElement> annotatedPackages;

  /**
   * Collects the classes, top-level and nested.
   *
   * @param topLevelTypes the top-level types javac analysed, with their files
   * @param packageInfos the packages declared by a {@code package-info.java}
   * @param naming how classes are named as graph nodes
   */
  public SourceSet(
      Collection<EnteredType> topLevelTypes,
      Collection<PackageElement> packageInfos,
      ClassNaming naming) {
    Map<String, EnteredType> byName = new TreeMap<>();
    topLevelTypes.forEach(
        entered -> byName.put(entered.type().getQualifiedName().toString(), entered));
    byName.values().forEach(entered -> addWithMembers(entered.type(), entered.sourceFile(), naming));
    List<PackageElement> packages = new ArrayList<>(packageInfos);
    packages.sort(Comparator.comparing(pkg -> pkg.getQualifiedName().toString()));
    this.annotatedPackages = List.copyOf(packages);
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
   * @param anySource any class of the sources
   * @param canonicalName the type's canonical name
   * @return the type, empty when the sources cannot see it
   */
  public static Optional<TypeElement> visibleType(
      Elements elements, TypeElement anySource, String canonicalName) {
    ModuleElement module = elements.getModuleOf(anySource);
    // No module below source level 9: one flat class path, looked up as such.
    return Optional.ofNullable(
        module == null
            ? elements.getTypeElement(canonicalName)
            : elements.getTypeElement(module, canonicalName));
  }

  /**
   * Looks up a type as the sources see it (see {@link #visibleType(Elements, TypeElement,
   * String)}).
   *
   * @param elements javac's element utilities
   * @param canonicalName the type's canonical name
   * @return the type, empty when the sources cannot see it (or there are no sources)
   */
  public Optional<TypeElement> visibleType(Elements elements, String canonicalName) {
    Iterator<TypeElement> all = types.values().iterator();
    return all.hasNext() ? visibleType(elements, all.next(), canonicalName) : Optional.empty();
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
    return annotatedPackages;
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
