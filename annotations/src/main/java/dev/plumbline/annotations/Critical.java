// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module that the program cannot do without.
 *
 * <p>A critical module that is not reachable from the {@link EntryPoint} fails the compilation
 * with an error reported on its declaration; any other unreachable module is only a warning.
 * Place it beside {@link Module} on the same type or package. On a type or package without
 * {@code @Module} it makes that type or package a module of its own, named as {@code @Module}
 * would name it.
 *
 * <p>In a library compilation (one without an entry point) nothing is reported as not wired;
 * the check happens in the application that depends on the library.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Critical {

  /**
   * Why the program cannot do without this module, quoted in the error when it is not wired.
   *
   * @return the reason, or empty when none is given
   */
  String value() default "";
}
