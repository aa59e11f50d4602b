package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class FlushInLoopTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(FlushInLoop.class, getClass());

  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(FlushInLoop.class, getClass());

  /** #14 point 8: a console write passed as a method reference to forEach. */
  @Test
  void reportsAndFixesMethodReferencesPassedToForEach() {
    BugCheckerRefactoringTestHelper.newInstance(FlushInLoop.class, getClass())
        .addInputLines(
            "Refs.java",
            "import java.util.List;",
            "class Refs {",
            "  void run(List<String> items) {",
            "    items.forEach(System.out::print);",
            "    items.forEach(System.out::println);",
            "  }",
            "}")
        .addOutputLines(
            "Refs.java",
            "import java.util.List;",
            "class Refs {",
            "  void run(List<String> items) {",
            "    items.forEach(printed -> { System.out.print(printed); System.out.flush(); });",
            "    items.forEach(System.out::println);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void reportsUnflushedWritesInEveryKindOfLoop() {
    helper
        .addSourceLines(
            "Progress.java",
            "import java.util.List;",
            "class Progress {",
            "  void run(List<String> items, int steps) {",
            "    for (int i = 0; i < steps; i++) {",
            "      // BUG: Diagnostic contains: System.out.print without a line break inside a loop:"
                + " call System.out.flush() after it",
            "      System.out.print(\".\");",
            "    }",
            "    for (String item : items) {",
            "      // BUG: Diagnostic contains: System.out.printf without a line break",
            "      System.out.printf(\"[INFO] %s \", item);",
            "    }",
            "    int left = steps;",
            "    while (left-- > 0) {",
            "      // BUG: Diagnostic contains: System.err.print without a line break",
            "      System.err.print(\"[WARN] \" + left);",
            "    }",
            "    do {",
            "      // BUG: Diagnostic contains: System.out.write without a line break",
            "      System.out.write('x');",
            "    } while (left++ < 3);",
            "    // BUG: Diagnostic contains: System.out.print without a line break",
            "    items.forEach(item -> System.out.print(item));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void acceptsFlushedLineTerminatedAndOutOfLoopWrites() {
    helper
        .addSourceLines(
            "Progress.java",
            "import java.util.List;",
            "class Progress {",
            "  void run(List<String> items, int rows, int cols) {",
            "    System.out.print(\"[INFO] once\");",
            "    for (String item : items) {",
            "      System.out.print(\"[INFO] \" + item);",
            "      System.out.flush();",
            "      System.out.print(\"[INFO] line\\n\");",
            "      System.out.printf(\"[INFO] %s%n\", item);",
            "      System.out.println(\"[INFO] done\");",
            "    }",
            "    for (int r = 0; r < rows; r++) {",
            "      for (int c = 0; c < cols; c++) {",
            "        System.out.print(c);",
            "      }",
            "      System.out.println();",
            "    }",
            "    items.forEach(item -> {",
            "      System.out.print(item);",
            "      if (item.isEmpty()) { System.out.flush(); }",
            "    });",
            "    items.stream().map(item -> { System.out.print(item); return item; }).count();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flushOfTheOtherStreamOrBeforeTheWriteDoesNotCount() {
    helper
        .addSourceLines(
            "Progress.java",
            "class Progress {",
            "  void run(int steps) {",
            "    for (int i = 0; i < steps; i++) {",
            "      System.out.flush();",
            "      // BUG: Diagnostic contains: System.out.print without a line break",
            "      System.out.print(i);",
            "      System.err.flush();",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void coversRecordsEnumsInterfacesAnonymousAndLocalClasses() {
    helper
        .addSourceLines(
            "Kinds.java",
            "class Kinds {",
            "  record Bar(int width) {",
            "    void draw() {",
            "      for (int i = 0; i < width; i++) {",
            "        // BUG: Diagnostic contains: System.out.print without a line break",
            "        System.out.print(\"#\");",
            "      }",
            "    }",
            "  }",
            "  enum Spinner { ON; void spin() {",
            "    // BUG: Diagnostic contains: without a line break",
            "    while (true) { System.out.print(\"|\"); }",
            "  } }",
            "  interface Dots { default <T> void dots(Iterable<T> items) {",
            "    for (T item : items) {",
            "      // BUG: Diagnostic contains: without a line break",
            "      System.out.print(item);",
            "    }",
            "  } }",
            "  Runnable anonymous = new Runnable() {",
            "    public void run() {",
            "      for (int i = 0; i < 3; i++) {",
            "        // BUG: Diagnostic contains: without a line break",
            "        System.out.append(\"-\");",
            "      }",
            "    }",
            "  };",
            "  void local() {",
            "    for (int i = 0; i < 3; i++) {",
            "      class Inner { void write() { System.out.print(\"not in a loop here\"); } }",
            "      new Inner().write();",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void honoursSuppressionAndGeneratedCode() {
    helper
        .addSourceLines(
            "Quiet.java",
            "class Quiet {",
            "  @SuppressWarnings(\"FlushInLoop\")",
            "  void run() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "  @javax.annotation.processing.Generated(\"tool\")",
            "  void generated() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "  @lombok.Generated",
            "  void lombok() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "}")
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .doTest();
  }

  /**
   * Generated code is told apart per file and per declaration in one compilation, whichever file
   * comes first: the answers kept for one compilation unit must not leak into the next one.
   */
  @Test
  void generatedCodeIsToldApartPerFileAndDeclarationWithinOneCompilation() {
    helper
        .addSourceLines(
            "src/main/java/app/First.java",
            "package app;",
            "class First {",
            "  void run() {",
            "    for (int i = 0; i < 3; i++) {",
            "      // BUG: Diagnostic contains: System.out.print without a line break",
            "      System.out.print(i);",
            "    }",
            "  }",
            "}")
        .addSourceLines(
            "target/generated-sources/annotations/app/Made.java",
            "package app;",
            "class Made {",
            "  void run() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "}")
        .addSourceLines(
            "src/main/java/app/Annotated.java",
            "package app;",
            "@javax.annotation.processing.Generated(\"a processor\")",
            "class Annotated {",
            "  void run() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "  class Inner {",
            "    void run() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "  }",
            "}")
        .addSourceLines(
            "src/main/java/app/Mixed.java",
            "package app;",
            "class Mixed {",
            "  @javax.annotation.processing.Generated(\"a processor\")",
            "  void made() { for (int i = 0; i < 3; i++) { System.out.print(i); } }",
            "  void written() {",
            "    for (int i = 0; i < 3; i++) {",
            "      // BUG: Diagnostic contains: System.out.print without a line break",
            "      System.out.print(i);",
            "    }",
            "  }",
            "}")
        .addSourceLines(
            "src/main/java/app/Last.java",
            "package app;",
            "class Last {",
            "  void run() {",
            "    for (int i = 0; i < 3; i++) {",
            "      // BUG: Diagnostic contains: System.out.print without a line break",
            "      System.out.print(i);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixAddsFlushAfterTheWrite() {
    refactoring
        .addInputLines(
            "Progress.java",
            "import java.util.List;",
            "class Progress {",
            "  void run(List<String> items) {",
            "    for (String item : items) {",
            "      System.out.print(item);",
            "    }",
            "    for (String item : items) System.err.print(item);",
            "    items.forEach(item -> System.out.print(item));",
            "  }",
            "}")
        .addOutputLines(
            "Progress.java",
            "import java.util.List;",
            "class Progress {",
            "  void run(List<String> items) {",
            "    for (String item : items) {",
            "      System.out.print(item);",
            "      System.out.flush();",
            "    }",
            "    for (String item : items) { System.err.print(item); System.err.flush(); }",
            "    items.forEach(item -> { System.out.print(item); System.out.flush(); });",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }
}
