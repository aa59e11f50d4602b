// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a module of the program: a unit whose wiring Plumbline verifies.
 *
 * <p>On a type, the module is that type together with its nested types. On a package (in
 * {@code package-info.java}), the module is every type of that package that is not itself
 * annotated with {@code @Module}. Sub-packages are separate packages and are not included.
 *
 * <p>A module is <em>WIRED</em> when any of its classes is reachable from the {@link EntryPoint}
 * through method calls, constructions, field accesses, type uses, annotations, lambdas, method
 * references, class literals or ServiceLoader registrations. It is <em>NOT WIRED</em> otherwise,
 * and <em>DUPLICATE</em> when two declarations claim the same {@link #name()}.
 *
 * <p>When a compilation declares no {@code @Module} at all, every package is treated as a module
 * named after the package, so the wiring report works on an existing code base unchanged.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Module {

  /**
   * The module's name as reports and diagnostics show it; unique within the program.
   *
   * @return the name, or empty to use the simple name of the type or the package name
   */
  String name() default "";

  /**
   * One sentence on what the module does, copied into the wiring report and project memory.
   *
   * @return the description, or empty when none is given
   */
  String description() default "";
}
