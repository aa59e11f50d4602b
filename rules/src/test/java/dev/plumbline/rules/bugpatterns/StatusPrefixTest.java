package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class StatusPrefixTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(StatusPrefix.class, getClass());

  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(StatusPrefix.class, getClass());

  @Test
  void reportsMessagesWithoutPrefix() {
    helper
        .addSourceLines(
            "Console.java",
            "import java.util.Locale;",
            "class Console {",
            "  void run(int count, String name) {",
            "    // BUG: Diagnostic contains: System.out message must start with one of"
                + " ✓ [HF] [WARN] [ERROR] [INFO] followed by a space",
            "    System.out.println(\"started\");",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(\"count: \" + count);",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.printf(\"%d files%n\", count);",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.printf(Locale.ROOT, \"%d files%n\", count);",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(String.format(\"%s done\", name));",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(\"%s done\".formatted(name));",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(\"[INFO]done\");",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(\"===\" + name);",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(\"== 1 ==\");",
            "    // BUG: Diagnostic contains: System.err message must start with one of"
                + " [ERROR] [WARN] followed by a space",
            "    System.err.println(\"failed\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportsInfoOnStderr() {
    helper
        .addSourceLines(
            "Console.java",
            "class Console {",
            "  void run() {",
            "    // BUG: Diagnostic contains: System.err takes only [ERROR] [WARN] messages;"
                + " a [INFO] message belongs on System.out",
            "    System.err.println(\"[INFO] started\");",
            "    // BUG: Diagnostic contains: a ✓ message belongs on System.out",
            "    System.err.println(\"✓ saved\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void acceptsPrefixedMessagesAndUncheckableOnes() {
    helper
        .addSourceLines(
            "Console.java",
            "class Console {",
            "  void run(String message, int step) {",
            "    System.out.println(\"✓ saved\");",
            "    System.out.println(\"[HF] downloading\");",
            "    System.out.println(\"[INFO] step \" + step);",
            "    System.out.println(\"\\n[INFO] summary\");",
            "    System.out.println(\"[WARN]\");",
            "    System.out.println();",
            "    System.out.println(\"\");",
            "    System.out.println(\"" + "=".repeat(70) + "\");",
            "    System.out.println(\"  ----  \");",
            "    System.out.println(message);",
            "    System.out.println(step + \" steps\");",
            "    System.out.println(\"=\".repeat(70));",
            "    System.out.print(\".\");",
            "    System.err.println(\"[ERROR] disk full\");",
            "    System.err.printf(\"[WARN] %d retries%n\", step);",
            "    System.out.println(\"\"\"",
            "        [INFO] multi",
            "        line\"\"\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void coversLambdasRecordsEnumsAnonymousAndLocalClasses() {
    helper
        .addSourceLines(
            "Shapes.java",
            "import java.util.List;",
            "class Shapes {",
            "  record Circle(double radius) {",
            "    Circle {",
            "      // BUG: Diagnostic contains: System.out message must start",
            "      System.out.println(\"radius \" + radius);",
            "    }",
            "  }",
            "  enum Level {",
            "    LOW { @Override void show() {",
            "      // BUG: Diagnostic contains: System.out message must start",
            "      System.out.println(\"low\"); } };",
            "    abstract void show();",
            "  }",
            "  interface Printer {",
            "    default void show() {",
            "      // BUG: Diagnostic contains: System.out message must start",
            "      System.out.println(\"show\");",
            "    }",
            "  }",
            "  <T> void each(List<T> items) {",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    items.forEach(item -> System.out.println(\"item \" + item));",
            "    Runnable anonymous = new Runnable() {",
            "      public void run() {",
            "        // BUG: Diagnostic contains: System.out message must start",
            "        System.out.println(\"anonymous\");",
            "      }",
            "    };",
            "    class Local {",
            "      public String toString() {",
            "        // BUG: Diagnostic contains: System.out message must start",
            "        System.out.println(\"\"\"",
            "            local",
            "            \"\"\");",
            "        return \"\";",
            "      }",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void skipsTestSourcesGeneratedCodeAndSuppressed() {
    helper
        .addSourceLines(
            "src/test/java/ConsoleTest.java",
            "class ConsoleTest {",
            "  void run() { System.out.println(\"debug output\"); }",
            "}")
        .addSourceLines(
            "Generated.java",
            "@javax.annotation.processing.Generated(\"tool\")",
            "class Generated {",
            "  void run() { System.out.println(\"generated\"); }",
            "}")
        .addSourceLines(
            "Suppressed.java",
            "class Suppressed {",
            "  @SuppressWarnings(\"StatusPrefix\")",
            "  void run() { System.out.println(\"raw\"); }",
            "}")
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Lombok.java",
            "class Lombok {",
            "  @lombok.Generated",
            "  public String toString() { System.out.println(\"generated\"); return \"\"; }",
            "}")
        .doTest();
  }

  @Test
  void usesConfiguredPrefixes() {
    helper
        .setArgs(
            "-XepOpt:Plumbline:StatusPrefixes=OK,FAIL",
            "-XepOpt:Plumbline:StderrPrefixes=FAIL")
        .addSourceLines(
            "Console.java",
            "class Console {",
            "  void run() {",
            "    System.out.println(\"OK saved\");",
            "    System.err.println(\"FAIL disk\");",
            "    // BUG: Diagnostic contains: must start with one of OK FAIL",
            "    System.out.println(\"[INFO] saved\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixInsertsInfoOrErrorPrefix() {
    refactoring
        .addInputLines(
            "Console.java",
            "class Console {",
            "  void run(int count) {",
            "    System.out.println(\"started\");",
            "    System.out.println(\"\\ncount: \" + count);",
            "    System.out.printf(\"%d files%n\", count);",
            "    System.err.println(\"failed\");",
            "    System.out.println(\"\"\"",
            "        block",
            "        \"\"\");",
            "  }",
            "}")
        .addOutputLines(
            "Console.java",
            "class Console {",
            "  void run(int count) {",
            "    System.out.println(\"[INFO] started\");",
            "    System.out.println(\"\\n[INFO] count: \" + count);",
            "    System.out.printf(\"[INFO] %d files%n\", count);",
            "    System.err.println(\"[ERROR] failed\");",
            "    System.out.println(\"\"\"",
            "        [INFO] block",
            "        \"\"\");",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  /** #14 point 5: fixes that read well, and progress fragments that are not messages. */
  @Test
  void fixKeepsTheMessagesOwnStatusAndSkipsLineFragments() {
    refactoring
        .addInputLines(
            "Console.java",
            "class Console {",
            "  void run(int count) {",
            "    System.out.println(\"[INFO]saved\");",
            "    System.out.println(\"[info] loaded\");",
            "    System.out.println(\"Error: disk full\");",
            "    System.err.println(\"WARNING: slow disk\");",
            "    System.out.println(\"Failed to save \" + count);",
            "    System.out.println(\"[DEBUG] raw\");",
            "    System.out.println(\"[STEP] unpack\");",
            "    for (int i = 0; i < count; i++) {",
            "      System.out.printf(\"%d \", i);",
            "    }",
            "    System.out.println();",
            "  }",
            "}")
        .addOutputLines(
            "Console.java",
            "class Console {",
            "  void run(int count) {",
            "    System.out.println(\"[INFO] saved\");",
            "    System.out.println(\"[INFO] loaded\");",
            "    System.out.println(\"[ERROR] disk full\");",
            "    System.err.println(\"[WARN] slow disk\");",
            "    System.out.println(\"[ERROR] Failed to save \" + count);",
            "    System.out.println(\"[INFO] raw\");",
            "    System.out.println(\"[STEP] unpack\");",
            "    for (int i = 0; i < count; i++) {",
            "      System.out.printf(\"%d \", i);",
            "    }",
            "    System.out.println();",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
    helper
        .addSourceLines(
            "Fragments.java",
            "class Fragments {",
            "  void run(int count) {",
            "    for (int i = 0; i < count; i++) {",
            "      System.out.printf(\"%d \", i);",
            "      System.out.format(\"%d%% \", i);",
            "    }",
            "    // BUG: Diagnostic contains: System.out message must start",
            "    System.out.println(\"[DEBUG] raw\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixMovesInfoFromStderrToStdout() {
    refactoring
        .addInputLines(
            "Console.java",
            "class Console {",
            "  void run() {",
            "    System.err.println(\"[INFO] started\");",
            "  }",
            "}")
        .addOutputLines(
            "Console.java",
            "class Console {",
            "  void run() {",
            "    System.out.println(\"[INFO] started\");",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }
}
