// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.Replacement;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Reads a description's position and a fix's replacements on both Error Prone lines. The types
 * involved changed after 2.42 ({@code Description.position} became an {@code ErrorPronePosition},
 * {@code Fix.getReplacements} takes an {@code ErrorProneEndPosTable} instead of javac's
 * {@code EndPosTable}), so one rules jar reaches them by name.
 */
final class DescriptionPositions {

  private DescriptionPositions() {}

  /** Where the description starts, as a character offset in its file. */
  static int start(Description description) {
    try {
      Field position = Description.class.getField("position");
      Object value = position.get(description);
      // The field's declared type is an interface on both lines: call through it.
      Method start = position.getType().getMethod("getStartPosition");
      return (Integer) start.invoke(value);
    } catch (NoSuchFieldException | NoSuchMethodException | IllegalAccessException
        | InvocationTargetException unknownLine) {
      throw new IllegalStateException("this Error Prone line's Description has no position this"
          + " rules jar can read", unknownLine);
    }
  }

  /** The replacements of a fix in a compilation unit. */
  @SuppressWarnings("unchecked")
  static Set<Replacement> replacements(Fix fix, CompilationUnitTree unit) {
    try {
      for (Method method : Fix.class.getMethods()) {
        if (method.getName().equals("getReplacements") && method.getParameterCount() == 1) {
          Class<?> table = method.getParameterTypes()[0];
          Object endPositions = table.getName().equals("com.sun.tools.javac.tree.EndPosTable")
              ? unit.getClass().getField("endPositions").get(unit)
              : table.getMethod("create", CompilationUnitTree.class).invoke(null, unit);
          return (Set<Replacement>) method.invoke(fix, endPositions);
        }
      }
    } catch (NoSuchFieldException | NoSuchMethodException | IllegalAccessException
        | InvocationTargetException unknownLine) {
      throw new IllegalStateException("this Error Prone line's fixes cannot be read by this"
          + " rules jar", unknownLine);
    }
    throw new IllegalStateException("Fix.getReplacements not found");
  }
}
