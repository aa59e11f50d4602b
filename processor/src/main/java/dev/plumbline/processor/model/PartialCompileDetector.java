// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;

/**
 * Decides whether this compilation sees only part of the program, as an IDE's or javac's
 * incremental build does.
 *
 * <p>Signs of a partial view: the option {@code -Aplumbline.partial=true}; the code references a
 * class of one of the compiled packages that is not compiled now and belongs to no library index
 * (it comes from the previous build's output); the entry point is not among the compiled sources.
 */
public final class PartialCompileDetector {

  private PartialCompileDetector() {}

  /**
   * Lists the reasons the compilation is partial.
   *
   * @param declared whether the option declares it partial
   * @param sourceTypes the classes compiled now, by binary name
   * @param referenced every class the sources reference
   * @param libraryClasses every class listed by a library index
   * @param entryPoints the entry points' binary names
   * @return the reasons, empty for a complete compilation
   */
  public static List<String> reasons(
      boolean declared,
      Map<String, TypeElement> sourceTypes,
      Set<String> referenced,
      Set<String> libraryClasses,
      List<String> entryPoints) {
    List<String> reasons = new ArrayList<>();
    if (declared) {
      reasons.add("declared by -Aplumbline.partial=true");
    }
    Set<String> sourcePackages = new TreeSet<>();
    sourceTypes.keySet().forEach(name -> sourcePackages.add(packageOf(name)));
    Set<String> missing = new TreeSet<>();
    for (String name : referenced) {
      boolean samePackage = sourcePackages.contains(packageOf(name));
      if (samePackage && !sourceTypes.containsKey(name) && !libraryClasses.contains(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      reasons.add(missing.size() + " referenced classes of the compiled packages are not compiled"
          + " now (first: " + missing.iterator().next() + ")");
    }
    for (String entryPoint : entryPoints) {
      if (!sourceTypes.containsKey(entryPoint)) {
        reasons.add("the entry point " + entryPoint + " is not compiled now");
      }
    }
    return reasons;
  }

  private static String packageOf(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    return dot < 0 ? "" : binaryName.substring(0, dot);
  }
}
