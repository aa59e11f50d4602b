// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * A top-level type as javac entered it in plugin mode, with the URI of its source file.
 *
 * <p>A plugin sees each compilation unit when it is entered, so it can keep the element and its
 * file instead of looking both up again by name (there are no processing rounds that could replace
 * the element).
 *
 * @param type the type's element
 * @param sourceFile the URI of the file that declares it
 */
public record EnteredType(TypeElement type, String sourceFile) {}
