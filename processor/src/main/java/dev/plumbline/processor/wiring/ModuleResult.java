// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import java.util.List;

/**
 * The outcome for one module: what it is and whether (and why) it is wired.
 *
 * @param name the module's name
 * @param description what it does
 * @param status WIRED, NOT_WIRED or DUPLICATE
 * @param critical whether the program cannot do without it
 * @param criticalReason why it is critical, empty when not given
 * @param origin {@code source} or {@code library:<id>}
 * @param declaration the type or package that declares it
 * @param reachable whether any of its classes is reachable (also for DUPLICATE modules)
 * @param classes binary names of its classes
 * @param reachedClasses those of its classes reachable from the entry point (empty without one)
 * @param sourceFiles URIs of its compilation units (empty for library modules)
 * @param dependsOn names of the modules its classes reference
 * @param publicApi its public types, methods and constructors (source modules only: a library
 *     module's API is in the library's own result); empty when no {@link WiringResultListener}
 *     needs it
 * @param path the shortest chain of classes from a root to the module, with the kind of root
 *     and of each hop; empty if none
 * @param duplicates where else the same module is declared, empty unless DUPLICATE
 */
public record ModuleResult(
    String name,
    String description,
    ModuleStatus status,
    boolean critical,
    String criticalReason,
    String origin,
    String declaration,
    boolean reachable,
    List<String> classes,
    List<String> reachedClasses,
    List<String> sourceFiles,
    List<String> dependsOn,
    List<String> publicApi,
    List<Hop> path,
    List<String> duplicates) {}
