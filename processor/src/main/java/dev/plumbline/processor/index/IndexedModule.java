// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import java.util.List;

/**
 * A module as a library index stores it.
 *
 * @param name the module's name
 * @param description what it does
 * @param critical whether the program cannot do without it
 * @param criticalReason why it is critical
 * @param declaration the type or package that declares it
 * @param classes binary names of its classes
 * @param annotated whether {@code @Module} or {@code @Critical} declares it (else it is a package
 *     left to itself; stored as {@code "implicit": true}, absent in indexes written before)
 */
public record IndexedModule(
    String name,
    String description,
    boolean critical,
    String criticalReason,
    String declaration,
    List<String> classes,
    boolean annotated) {}
