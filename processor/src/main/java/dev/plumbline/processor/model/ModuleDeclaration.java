// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import java.util.List;
import java.util.Set;

/**
 * One module as declared: by {@code @Module}/{@code @Critical} on a type or package, by a
 * package in the no-annotation mode, or by a library index.
 *
 * @param name the module's name
 * @param description what it does, empty when not given
 * @param critical whether the program cannot do without it
 * @param criticalReason why it is critical, empty when not given
 * @param declaration the type or package that declares it
 * @param origin whether it comes from the sources or from a library
 * @param library the library index it came from, empty for source modules
 * @param classes binary names of its classes
 * @param sourceFiles URIs of the compilation units of its classes (source modules only)
 * @param publicApi its public types and their public methods and constructors
 * @param anchor the class or package diagnostics point at; empty for library modules
 * @param annotated whether {@code @Module} or {@code @Critical} declares it (else it is a package
 *     left to itself)
 */
public record ModuleDeclaration(
    String name,
    String description,
    boolean critical,
    String criticalReason,
    String declaration,
    ModuleOrigin origin,
    String library,
    Set<String> classes,
    List<String> sourceFiles,
    List<String> publicApi,
    String anchor,
    boolean annotated) {

  /**
   * Where the module is declared, as people read it in messages.
   *
   * @return the declaration, with the library for library modules
   */
  public String location() {
    return origin == ModuleOrigin.SOURCE ? declaration : declaration + " (library " + library + ")";
  }
}
