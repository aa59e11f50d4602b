// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import java.util.Optional;

/**
 * Where a module's diagnostics go and what they name, beside its result.
 *
 * @param anchor the class or package its diagnostics point at (a library module's is the entry
 *     point); empty when there is none
 * @param location where it is declared, as messages name it (with the library for library
 *     modules)
 * @param publicClass the first of its classes that code outside its package can use, which the
 *     fix of a NOT WIRED module names; empty when all its classes are package-private
 * @param annotated whether {@code @Module} or {@code @Critical} declares it
 */
public record ModuleSite(
    Optional<String> anchor, String location, Optional<String> publicClass, boolean annotated) {}
