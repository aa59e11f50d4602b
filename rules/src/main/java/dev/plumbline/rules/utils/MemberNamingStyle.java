// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

/** How fields, methods, parameters and local variables must be named. */
public enum MemberNamingStyle {
  /** Java's lowerCamelCase, the default. */
  JAVA,
  /** The rulebook's snake_case, for teams that opt in. */
  SNAKE
}
