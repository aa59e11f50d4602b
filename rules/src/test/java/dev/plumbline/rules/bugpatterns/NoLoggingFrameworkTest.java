package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class NoLoggingFrameworkTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(NoLoggingFramework.class, getClass())
          .addSourceLines(
              "org/slf4j/Logger.java",
              "package org.slf4j;",
              "public interface Logger { void info(String message); }")
          .addSourceLines(
              "org/slf4j/LoggerFactory.java",
              "package org.slf4j;",
              "public final class LoggerFactory {",
              "  public static Logger getLogger(Class<?> type) { return null; }",
              "}")
          .addSourceLines(
              "lombok/extern/slf4j/Slf4j.java",
              "package lombok.extern.slf4j;",
              "public @interface Slf4j {}");

  /** #14 point 1: inferred types were reported as 'null' without a line. */
  @Test
  void inferredLoggingTypesAreReportedOnTheirVariableWithALine() {
    helper
        .addSourceLines(
            "Inferred.java",
            "class Inferred {",
            "  void run(Factory factory) {",
            "    // BUG: Diagnostic contains: belongs to SLF4J",
            "    var log = org.slf4j.LoggerFactory.getLogger(Inferred.class);",
            "    // BUG: Diagnostic contains: 'other' has the inferred type org.slf4j.Logger, which"
                + " belongs to SLF4J",
            "    var other = factory.logger();",
            "    // BUG: Diagnostic contains: 'handler' has the inferred type"
                + " java.util.logging.Handler",
            "    for (var handler : factory.handlers()) {",
            "      handler.flush();",
            "    }",
            "    // BUG: Diagnostic contains: 'logger' has the inferred type org.slf4j.Logger",
            "    factory.each(logger -> logger.info(\"x\"));",
            "  }",
            "  interface Factory {",
            "    // BUG: Diagnostic contains: SLF4J",
            "    org.slf4j.Logger logger();",
            "    // BUG: Diagnostic contains: java.util.logging",
            "    java.util.List<java.util.logging.Handler> handlers();",
            "    // BUG: Diagnostic contains: SLF4J",
            "    void each(java.util.function.Consumer<org.slf4j.Logger> action);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportsJulImportsAndUses() {
    helper
        .addSourceLines(
            "Service.java",
            "// BUG: Diagnostic contains: 'java.util.logging.Logger' belongs to java.util.logging",
            "import java.util.logging.Logger;",
            "class Service {",
            "  // BUG: Diagnostic contains: 'Logger' belongs to java.util.logging",
            "  private static final Logger LOG =",
            "      // BUG: Diagnostic contains: java.util.logging",
            "      Logger.getLogger(\"service\");",
            "}")
        .doTest();
  }

  @Test
  void reportsSlf4jInRecordsEnumsInterfacesAndLambdas() {
    helper
        .addSourceLines(
            "Uses.java",
            "import java.util.function.Supplier;",
            "class Uses {",
            "  record Point(int x) {",
            "    // BUG: Diagnostic contains: SLF4J",
            "    static final org.slf4j.Logger LOG = null;",
            "  }",
            "  enum Mode {",
            "    ON;",
            "    // BUG: Diagnostic contains: SLF4J",
            "    final Object log = org.slf4j.LoggerFactory.getLogger(Mode.class);",
            "  }",
            "  interface Api {",
            "    // BUG: Diagnostic contains: SLF4J",
            "    Supplier<Object> LOGGER = () -> org.slf4j.LoggerFactory.getLogger(Api.class);",
            "  }",
            "  <T> void generic(T value) {",
            "    Runnable anonymous = new Runnable() {",
            "      @Override public void run() {",
            "        // BUG: Diagnostic contains: SLF4J",
            "        org.slf4j.LoggerFactory.getLogger(Uses.class).info(\"x\");",
            "      }",
            "    };",
            "    class Local {",
            "      // BUG: Diagnostic contains: SLF4J",
            "      org.slf4j.Logger log;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportsSystemLoggerOnceForNestedTypes() {
    helper
        .addSourceLines(
            "Platform.java",
            "class Platform {",
            "  // BUG: Diagnostic contains: System.Logger",
            "  System.Logger.Level level;",
            "  void log() {",
            "    // BUG: Diagnostic contains: System.getLogger is a logging framework",
            "    System.getLogger(\"x\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void reportsLombokLoggerAnnotation() {
    helper
        .addSourceLines(
            "Lombok.java",
            "// BUG: Diagnostic contains: Lombok's logger annotations",
            "@lombok.extern.slf4j.Slf4j",
            "class Lombok {}")
        .doTest();
  }

  @Test
  void skipsLombokGeneratedMembersButReportsTheAnnotation() {
    helper
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Delomboked.java",
            "// BUG: Diagnostic contains: Lombok's logger annotations",
            "@lombok.extern.slf4j.Slf4j",
            "class Delomboked {",
            "  @lombok.Generated",
            "  private static final org.slf4j.Logger log =",
            "      org.slf4j.LoggerFactory.getLogger(Delomboked.class);",
            "}")
        .doTest();
  }

  @Test
  void ignoresConsoleOutputAndLookalikeNames() {
    helper
        .addSourceLines(
            "Clean.java",
            "class Clean {",
            "  static final class Logger { void info(String message) {} }",
            "  private final Logger logger = new Logger();",
            "  void run() {",
            "    System.out.println(\"[INFO] started\");",
            "    logger.info(\"own class named Logger\");",
            "    Class<?> jarMarker = org.slf4j.LoggerFactory.class;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void honoursSuppressionIncludingImports() {
    helper
        .addSourceLines(
            "Bridge.java",
            "import java.util.logging.Logger;",
            "@SuppressWarnings(\"NoLoggingFramework\")",
            "class Bridge {",
            "  private static final Logger LOG = Logger.getLogger(\"bridge\");",
            "}")
        .doTest();
  }
}
