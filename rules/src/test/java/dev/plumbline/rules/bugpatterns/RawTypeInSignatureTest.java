package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class RawTypeInSignatureTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(RawTypeInSignature.class, getClass());

  /** #14 point 8: a raw type in a class's type-parameter bound. */
  @Test
  void reportsRawBoundsOfClassTypeParameters() {
    CompilationTestHelper.newInstance(RawTypeInSignature.class, getClass())
        .addSourceLines(
            "Bounds.java",
            "import java.util.List;",
            "// BUG: Diagnostic contains: Raw type Comparable in a signature",
            "class Bounds<T extends Comparable> {",
            "  // BUG: Diagnostic contains: Raw type List",
            "  interface Holder<L extends List & Runnable> {}",
            "  static class Fine<T extends Comparable<? super T>> {}",
            "}")
        .doTest();
  }

  @Test
  void flagsRawParametersReturnTypesBoundsAndNestedArguments() {
    helper
        .addSourceLines(
            "Shapes.java",
            "import java.util.List;",
            "import java.util.Map;",
            "class Shapes {",
            "  // BUG: Diagnostic contains: Raw type List in a signature: write List<?>",
            "  List names() { return null; }",
            "  // BUG: Diagnostic contains: Raw type Map in a signature: write Map<?, ?>",
            "  void put(Map values) {}",
            "  // BUG: Diagnostic contains: Raw type Map",
            "  List<Map> nested() { return null; }",
            "  // BUG: Diagnostic contains: Raw type Comparable",
            "  <T extends Comparable> T max(T a) { return a; }",
            "  // BUG: Diagnostic contains: Raw type Class",
            "  Shapes(Class[] types) {}",
            "  // BUG: Diagnostic contains: Raw type List",
            "  void nestedInClassBound(Class<? extends Map<String, List>> type) {}",
            "}")
        .doTest();
  }

  @Test
  void flagsRecordComponentsInterfacesEnumsAndAnnotatedTypes() {
    helper
        .addSourceLines(
            "Types.java",
            "import java.util.List;",
            "import java.lang.annotation.ElementType;",
            "import java.lang.annotation.Target;",
            "@Target(ElementType.TYPE_USE) @interface Nullable {}",
            "// BUG: Diagnostic contains: Raw type List",
            "record Box(List items, String name) {}",
            "interface Repository {",
            "  // BUG: Diagnostic contains: Raw type List",
            "  @Nullable List all();",
            "}",
            "enum Mode {",
            "  ON;",
            "  // BUG: Diagnostic contains: Raw type Iterable",
            "  void apply(Iterable things) {}",
            "}")
        .doTest();
  }

  @Test
  void acceptsGenericSignaturesQualifiersLambdasLocalsAndForcedOverrides() {
    helper
        .addSourceLines(
            "Clean.java",
            "import java.util.ArrayList;",
            "import java.util.Comparator;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.function.Function;",
            "@SuppressWarnings(\"RawTypeInSignature\")",
            "abstract class Legacy { abstract void take(List values); }",
            "class Clean extends Legacy {",
            "  // an override must repeat the raw type its supertype declares",
            "  void take(List values) {}",
            "  Map.Entry<String, Integer> first(Map<String, Integer> map) { return null; }",
            "  // class literals are raw: Class<? extends Map<?, ?>> would reject HashMap.class",
            "  Map<?, ?> create(Class<? extends Map> type) { return null; }",
            "  @interface Using { Class<? extends Comparable> value(); }",
            "  <T extends Comparable<T>> List<? extends T> sorted(List<T> in) { return in; }",
            "  record Pair(String left, List<String> right) {",
            "    Pair {",
            "      right = List.copyOf(right);",
            "    }",
            "  }",
            "  @SuppressWarnings(\"rawtypes\")",
            "  void local() {",
            "    List raw = new ArrayList();",
            "    Function<String, Integer> length = s -> s.length();",
            "    Comparator<String> byLength = new Comparator<String>() {",
            "      @Override public int compare(String a, String b) { return a.length() - b.length(); }",
            "    };",
            "    class Local { void ok(List<String> fine) {} }",
            "    String text = \"\"\"",
            "        List raw inside a text block",
            "        \"\"\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void skipsLombokStyleGeneratedMembers() {
    helper
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Bean.java",
            "import java.util.List;",
            "class Bean {",
            "  @SuppressWarnings(\"rawtypes\") private List items;",
            "  @lombok.Generated List getItems() { return items; }",
            "  @lombok.Generated void setItems(List items) { this.items = items; }",
            "}")
        .doTest();
  }

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Suppressed.java",
            "import java.util.List;",
            "class Suppressed {",
            "  @SuppressWarnings(\"RawTypeInSignature\") List legacy() { return null; }",
            "}")
        .doTest();
  }

  @Test
  void fixAddsWildcardArguments() {
    BugCheckerRefactoringTestHelper.newInstance(RawTypeInSignature.class, getClass())
        .addInputLines(
            "Shapes.java",
            "import java.util.List;",
            "import java.util.Map;",
            "class Shapes {",
            "  List names(Map<String, Class> byName) { return null; }",
            "}")
        .addOutputLines(
            "Shapes.java",
            "import java.util.List;",
            "import java.util.Map;",
            "class Shapes {",
            "  List<?> names(Map<String, Class<?>> byName) { return null; }",
            "}")
        .doTest();
  }
}
