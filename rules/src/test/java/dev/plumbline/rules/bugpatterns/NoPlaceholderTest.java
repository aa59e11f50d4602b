package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class NoPlaceholderTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(NoPlaceholder.class, getClass());

  @Test
  void reportsNotImplementedBodies() {
    helper
        .addSourceLines(
            "org/apache/commons/lang3/NotImplementedException.java",
            "package org.apache.commons.lang3;",
            "public class NotImplementedException extends UnsupportedOperationException {",
            "  public NotImplementedException() { }",
            "}")
        .addSourceLines(
            "Service.java",
            "import java.util.function.Supplier;",
            "import org.apache.commons.lang3.NotImplementedException;",
            "class Service {",
            "  // BUG: Diagnostic contains: 'load' is a placeholder: its body only throws"
                + " UnsupportedOperationException",
            "  String load() { throw new UnsupportedOperationException(); }",
            "  // BUG: Diagnostic contains: 'save' is a placeholder",
            "  void save() { throw new IllegalStateException(\"Not implemented yet\"); }",
            "  // BUG: Diagnostic contains: 'parse' is a placeholder",
            "  static int parse() { throw new RuntimeException(\"TODO\"); }",
            "  // BUG: Diagnostic contains: 'close' is a placeholder",
            "  void close() { throw new NotImplementedException(); }",
            "  <T> Supplier<T> lazy() {",
            "    // BUG: Diagnostic contains: this lambda is a placeholder",
            "    return () -> { throw new UnsupportedOperationException(\"not implemented\"); };",
            "  }",
            "  record Pair(int a) {",
            "    // BUG: Diagnostic contains: 'sum' is a placeholder",
            "    int sum() { throw new UnsupportedOperationException(\"stub\"); }",
            "  }",
            "  enum Op { ADD {",
            "    // BUG: Diagnostic contains: 'apply' is a placeholder",
            "    @Override int apply() { throw new UnsupportedOperationException(\"implement me\"); } };",
            "    abstract int apply();",
            "  }",
            "  interface Api {",
            "    // BUG: Diagnostic contains: 'call' is a placeholder",
            "    default void call() { throw new UnsupportedOperationException(\"TODO\"); }",
            "  }",
            "  Runnable anonymous = new Runnable() {",
            "    // BUG: Diagnostic contains: 'run' is a placeholder",
            "    public void run() { throw new UnsupportedOperationException(\"Not implemented\"); }",
            "  };",
            "}")
        .doTest();
  }

  @Test
  void acceptsUnsupportedOptionalOperations() {
    helper
        .addSourceLines(
            "ReadOnly.java",
            "import java.util.AbstractList;",
            "import java.util.Iterator;",
            "final class ReadOnly extends AbstractList<String> {",
            "  private ReadOnly() { throw new UnsupportedOperationException(); }",
            "  public String get(int index) { return \"\"; }",
            "  public int size() { return 0; }",
            "  public boolean add(String element) { throw new UnsupportedOperationException(); }",
            "  public String set(int index, String element) {",
            "    throw new UnsupportedOperationException(\"read-only list\");",
            "  }",
            "  interface Source { default void reset() { throw new UnsupportedOperationException(); } }",
            "  abstract static class Base {",
            "    protected void refresh() { throw new UnsupportedOperationException(); }",
            "  }",
            "  static final class Cursor implements Iterator<String> {",
            "    public boolean hasNext() { return false; }",
            "    public String next() { throw new java.util.NoSuchElementException(); }",
            "    public void remove() { throw new UnsupportedOperationException(); }",
            "  }",
            "  public String remove(int index) {",
            "    throw new UnsupportedOperationException(\"Not implemented for ReadOnly\");",
            "  }",
            "  void validate(int value) {",
            "    if (value < 0) { throw new IllegalArgumentException(\"negative\"); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportsEmptyClassesAndEnumsButNotMarkersOrRecords() {
    helper
        .addSourceLines(
            "Types.java",
            "class Types {",
            "  // BUG: Diagnostic contains: 'Later' is an empty class, a placeholder",
            "  static class Later {}",
            "  // BUG: Diagnostic contains: 'Nothing' is an empty enum",
            "  enum Nothing {}",
            "  interface Marker {}",
            "  @interface Tag {}",
            "  record Point(int x, int y) {}",
            "  static class Failure extends RuntimeException {}",
            "  static class Tagged implements Marker {}",
            "  @Deprecated static class Annotated {}",
            "  enum Single { ONE }",
            "  Object anonymous = new Object() {};",
            "  void local() {",
            "    class Local {}",
            "  }",
            "  static class TypeToken<T> {}",
            "}")
        .doTest();
  }

  @Test
  void reportsMarkersInEveryCommentStyle() {
    helper
        .addSourceLines(
            "Notes.java",
            "/** Notes. */",
            "class Notes {",
            "  // BUG: Diagnostic matches: todo",
            "  int a; // TODO: cache this",
            "  // BUG: Diagnostic matches: fixme",
            "  /* FIXME later */",
            "  int b;",
            "  /**",
            "   * Counts.",
            "   * // BUG: Diagnostic matches: xxx",
            "   * XXX overflow",
            "   */",
            "  int count() { return a; }",
            "  String text = \"TODO in a string is data\";",
            "  String block = \"\"\"",
            "      FIXME in a text block is data too",
            "      \"\"\";",
            "  // todo in lower case, TODOS and 0xXXXX are not markers",
            "  int c;",
            "}")
        .expectErrorMessage("todo", message -> message.contains("'TODO' marks unfinished work"))
        .expectErrorMessage("fixme", message -> message.contains("'FIXME' marks unfinished work"))
        .expectErrorMessage("xxx", message -> message.contains("'XXX' marks unfinished work"))
        .doTest();
  }

  /** #14 point 6: XXX as data (a currency code, a phone mask) is not a marker. */
  @Test
  void xxxAsDataIsNotAMarker() {
    helper
        .addSourceLines(
            "Money.java",
            "class Money {",
            "  // The currency XXX means no currency at all.",
            "  String none = \"XXX\";",
            "  /** Formats a phone number with the mask XXX-XXX-XXXX. */",
            "  String mask = \"\";",
            "  // BUG: Diagnostic contains: 'XXX' marks unfinished work",
            "  int rate; // XXX: rounding is wrong",
            "  // BUG: Diagnostic contains: 'XXX' marks unfinished work",
            "  int tax; // see XXX(jdoe) before release",
            "}")
        .doTest();
  }

  @Test
  void markersHonourSuppressionOnTheDeclarationAndItsJavadoc() {
    helper
        .addSourceLines(
            "Legacy.java",
            "class Legacy {",
            "  /** TODO documented elsewhere. */",
            "  @SuppressWarnings(\"NoPlaceholder\")",
            "  void old() {",
            "    // TODO inside the suppressed method",
            "  }",
            "  @SuppressWarnings(\"NoPlaceholder\")",
            "  static class Later {}",
            "  @SuppressWarnings({\"unchecked\", \"NoPlaceholder\"})",
            "  int counted; // TODO suppressed through an array of names",
            "  @SuppressWarnings(value = \"all\")",
            "  int all; // FIXME suppressed by all",
            "  // BUG: Diagnostic matches: unsuppressed",
            "  int other; // TODO not suppressed: the field has no annotation",
            "}")
        .expectErrorMessage("unsuppressed", message -> message.contains("'TODO' marks"))
        .doTest();
  }

  @Test
  void skipsGeneratedCode() {
    helper
        .addSourceLines(
            "Generated.java",
            "@javax.annotation.processing.Generated(\"tool\")",
            "class Generated {",
            "  static class Empty { }",
            "  void load() { throw new UnsupportedOperationException(\"not implemented\"); }",
            "}")
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Lombok.java",
            "class Lombok {",
            "  @lombok.Generated",
            "  void builder() { throw new UnsupportedOperationException(\"stub\"); }",
            "}")
        .doTest();
  }

  @Test
  void methodsMarkedDoNotCallOrDeprecatedMayRefuseToWork() {
    helper
        .addSourceLines(
            "com/google/errorprone/annotations/DoNotCall.java",
            "package com.google.errorprone.annotations;",
            "public @interface DoNotCall { String value() default \"\"; }")
        .addSourceLines(
            "Shim.java",
            "import com.google.errorprone.annotations.DoNotCall;",
            "final class Shim {",
            "  @DoNotCall(\"Use naturalOrder()\") @Deprecated",
            "  static Shim of() { throw new UnsupportedOperationException(); }",
            "  @Deprecated",
            "  static Shim copyOf() { throw new UnsupportedOperationException(); }",
            "  int size() { return 0; }",
            "  static Class<?> tokenClass() {",
            "    class Token<T> {}",
            "    return new Token<String>() {}.getClass();",
            "  }",
            "}")
        .doTest();
  }
}
