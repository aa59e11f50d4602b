package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class PublicApiJavadocTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(PublicApiJavadoc.class, getClass());

  @Test
  void flagsPublicTypesMethodsAndConstructorsWithoutJavadoc() {
    helper
        .addSourceLines(
            "api/Service.java",
            "package api;",
            "// BUG: Diagnostic contains: Public class Service has no Javadoc",
            "public class Service {",
            "  // BUG: Diagnostic contains: Public constructor of Service has no Javadoc",
            "  public Service() {}",
            "  /* a block comment is not Javadoc */",
            "  // BUG: Diagnostic contains: Public method start has no Javadoc",
            "  public void start() {}",
            "  // BUG: Diagnostic contains: Public method create has no Javadoc",
            "  public static <T extends Comparable<T>> Service create(T seed) { return null; }",
            "  // BUG: Diagnostic contains: Public enum Mode has no Javadoc",
            "  public enum Mode { ON, OFF }",
            "}")
        .addSourceLines(
            "api/Shape.java",
            "package api;",
            "// BUG: Diagnostic contains: Public interface Shape has no Javadoc",
            "public interface Shape {",
            "  // BUG: Diagnostic contains: Public method area has no Javadoc",
            "  double area();",
            "}")
        .addSourceLines(
            "api/Point.java",
            "package api;",
            "// BUG: Diagnostic contains: Public record Point has no Javadoc",
            "public record Point(int x, int y) {",
            "  // BUG: Diagnostic contains: Public method origin has no Javadoc",
            "  public static Point origin() { return new Point(0, 0); }",
            "}")
        .addSourceLines(
            "api/Marker.java",
            "package api;",
            "// BUG: Diagnostic contains: Public annotation type Marker has no Javadoc",
            "public @interface Marker {",
            "  // BUG: Diagnostic contains: Public method value has no Javadoc",
            "  String value();",
            "}")
        .doTest();
  }

  @Test
  void acceptsDocumentedOverridesLocalAnonymousGeneratedAndNonPublicCode() {
    helper
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "/** Lombok's marker, declared here so the test needs no Lombok jar. */",
            "public @interface Generated {}",
            "")
        .addSourceLines(
            "api/Documented.java",
            "package api;",
            "import java.util.function.Supplier;",
            "/** A documented type. */",
            "public class Documented implements Comparable<Documented>, Runnable {",
            "  /** Creates it. */",
            "  public Documented() {}",
            "  /**",
            "   * Returns a name.",
            "   *",
            "   * @return the name",
            "   */",
            "  public String name() { return \"\"\"",
            "      text block\"\"\"; }",
            "  // overrides inherit their documentation, with or without @Override",
            "  public int compareTo(Documented other) { return 0; }",
            "  @Override public void run() {}",
            "  public String toString() { return name(); }",
            "  @lombok.Generated public int getSize() { return 1; }",
            "  void packagePrivate() {}",
            "  protected void forSubclasses() {}",
            "  /** Builds suppliers. */",
            "  public Supplier<Object> supplier() {",
            "    class Local { public void run() {} }",
            "    Runnable anonymous = new Runnable() { public void run() {} public void extra() {} };",
            "    return () -> new Object() { public String describe() { return \"\"; } };",
            "  }",
            "  static class Hidden { public void notApi() {} }",
            "  /** A record; its accessors are documented by its @param tags. */",
            "  public record Pair(String left, String right) {}",
            "  /** Modes. */",
            "  public enum Mode {",
            "    ON { @Override public String toString() { return \"on\"; } }, OFF",
            "  }",
            "  @SuppressWarnings(\"PublicApiJavadoc\") public void suppressed() {}",
            "}")
        .addSourceLines(
            "api/Internal.java",
            "package api;",
            "class Internal { public void helper() {} public Internal() {} }")
        .addSourceLines(
            "api/Made.java",
            "package api;",
            "@javax.annotation.processing.Generated(\"a processor\")",
            "public class Made { public void generated() {} }")
        .doTest();
  }
}
