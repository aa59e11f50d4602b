// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class whose {@code main} method starts the program: the root of the wiring graph.
 *
 * <p>Everything reachable from this class is WIRED. A compilation without an entry point is a
 * library: it records its reference graph for the compilations that depend on it and reports
 * nothing as not wired. At most one entry point may exist in a compilation; two are an error
 * naming both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EntryPoint {}
