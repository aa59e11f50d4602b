package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class CatchAllTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(CatchAll.class, getClass());

  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(CatchAll.class, getClass());

  @Test
  void reportsEachBroadType() {
    helper
        .addSourceLines(
            "Handlers.java",
            "import java.io.IOException;",
            "import java.nio.file.Files;",
            "import java.nio.file.Path;",
            "class Handlers {",
            "  String read(Path path) {",
            "    try {",
            "      return Files.readString(path);",
            "    // BUG: Diagnostic contains: catch (Exception) handles every failure alike;"
                + " catch what the try body declares (IOException) or rethrow",
            "    } catch (Exception e) {",
            "      return \"\";",
            "    }",
            "  }",
            "  void run(Runnable task) {",
            "    try {",
            "      task.run();",
            "    // BUG: Diagnostic contains: catch (Throwable) handles every failure alike;"
                + " the try body declares no checked exception",
            "    } catch (Throwable t) {",
            "      System.err.println(\"[ERROR] \" + t);",
            "    }",
            "    try {",
            "      task.run();",
            "    // BUG: Diagnostic contains: catch (RuntimeException)",
            "    } catch (RuntimeException e) {",
            "      System.err.println(\"[ERROR] \" + e);",
            "    }",
            "    try {",
            "      task.run();",
            "    // BUG: Diagnostic contains: catch (Error)",
            "    } catch (Error e) {",
            "      System.err.println(\"[ERROR] \" + e);",
            "    }",
            "  }",
            "  void multi(Path path) {",
            "    try {",
            "      Files.delete(path);",
            "    // BUG: Diagnostic contains: catch (RuntimeException) handles every failure",
            "    } catch (IOException | RuntimeException e) {",
            "      System.err.println(\"[ERROR] \" + e);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void acceptsRethrowsSpecificCatchesAndForcedCatches() {
    helper
        .addSourceLines(
            "Handlers.java",
            "import java.io.IOException;",
            "import java.io.UncheckedIOException;",
            "import java.nio.file.Files;",
            "import java.nio.file.Path;",
            "import java.util.concurrent.Callable;",
            "class Handlers {",
            "  String read(Path path) {",
            "    try {",
            "      return Files.readString(path);",
            "    } catch (IOException e) {",
            "      throw new UncheckedIOException(e);",
            "    }",
            "  }",
            "  void cleanup(Runnable task) {",
            "    try {",
            "      task.run();",
            "    } catch (RuntimeException e) {",
            "      System.err.println(\"[ERROR] cleaning up\");",
            "      throw e;",
            "    }",
            "  }",
            "  void wrap(Runnable task) {",
            "    try {",
            "      task.run();",
            "    } catch (Exception e) {",
            "      if (e instanceof IllegalStateException) {",
            "        throw new IllegalArgumentException(\"bad state\", e);",
            "      }",
            "      System.err.println(\"[WARN] ignored\");",
            "    }",
            "  }",
            "  void close(AutoCloseable resource) {",
            "    try {",
            "      resource.close();",
            "    } catch (Exception e) {",
            "      System.err.println(\"[WARN] close failed\");",
            "    }",
            "  }",
            "  void closeResource(AutoCloseable resource) {",
            "    try (resource) {",
            "      System.out.println(\"[INFO] using\");",
            "    } catch (Exception e) {",
            "      System.err.println(\"[WARN] close failed\");",
            "    }",
            "  }",
            "  <E extends Throwable> void generic(Action<E> action) {",
            "    try {",
            "      action.run();",
            "    } catch (Throwable t) {",
            "      System.err.println(\"[WARN] action failed\");",
            "    }",
            "  }",
            "  void wildcard(Action<? extends Exception> action) {",
            "    try {",
            "      action.run();",
            "    } catch (Exception e) {",
            "      System.err.println(\"[WARN] action failed\");",
            "    }",
            "  }",
            "  interface Action<E extends Throwable> { void run() throws E; }",
            "  <V> V call(Callable<V> callable) {",
            "    try {",
            "      return callable.call();",
            "    } catch (Exception e) {",
            "      return null;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void coversLambdasRecordsEnumsInterfacesAnonymousLocalAndGenericCode() {
    helper
        .addSourceLines(
            "Places.java",
            "import java.util.function.Supplier;",
            "class Places {",
            "  record Box(int size) {",
            "    Box {",
            "      // BUG: Diagnostic contains: catch (Exception)",
            "      try { Integer.parseInt(\"1\"); } catch (Exception e) { size = 0; }",
            "    }",
            "  }",
            "  enum Mode { ON { @Override void go() {",
            "    // BUG: Diagnostic contains: catch (Throwable)",
            "    try { go(); } catch (Throwable t) { }",
            "  } }; abstract void go(); }",
            "  interface Api { default void call() {",
            "    // BUG: Diagnostic contains: catch (Exception)",
            "    try { hashCode(); } catch (Exception e) { }",
            "  } }",
            "  <T> Supplier<T> lazy(Supplier<T> inner) {",
            "    return () -> {",
            "      // BUG: Diagnostic contains: catch (RuntimeException)",
            "      try { return inner.get(); } catch (RuntimeException e) { return null; }",
            "    };",
            "  }",
            "  Object anonymous = new Object() {",
            "    public String toString() {",
            "      // BUG: Diagnostic contains: catch (Exception)",
            "      try { return super.toString(); } catch (Exception e) { return \"\"; }",
            "    }",
            "  };",
            "  void local() {",
            "    class Local { void run() {",
            "      // BUG: Diagnostic contains: catch (Exception)",
            "      try { run(); } catch (Exception e) { }",
            "    } }",
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
            "  @SuppressWarnings(\"CatchAll\")",
            "  void top(Runnable task) { try { task.run(); } catch (Throwable t) { } }",
            "  @javax.annotation.processing.Generated(\"tool\")",
            "  void generated(Runnable task) { try { task.run(); } catch (Exception e) { } }",
            "  @lombok.Generated",
            "  public boolean equals(Object o) {",
            "    try { return o.hashCode() == 1; } catch (RuntimeException e) { return false; }",
            "  }",
            "}")
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .doTest();
  }

  /**
   * #14 point 2: narrowing {@code catch (Exception e)} to the declared checked exceptions lets
   * runtime exceptions escape, so the check offers no fix at all; the message names the types.
   */
  @Test
  void offersNoFixBecauseNarrowingChangesWhatIsCaught() {
    refactoring
        .addInputLines(
            "Handlers.java",
            "import java.io.FileNotFoundException;",
            "import java.nio.file.Files;",
            "import java.nio.file.Path;",
            "class Handlers {",
            "  String read(Path path) {",
            "    try {",
            "      Thread.sleep(1);",
            "      return Files.readString(path);",
            "    } catch (Exception e) {",
            "      return \"\";",
            "    }",
            "  }",
            "  void open(Path path) {",
            "    try {",
            "      Files.delete(path);",
            "    } catch (java.io.IOException | RuntimeException e) {",
            "      System.err.println(\"[ERROR] \" + e);",
            "    }",
            "  }",
            "  void earlier(Path path) {",
            "    try {",
            "      if (path == null) { throw new FileNotFoundException(); }",
            "      Files.delete(path);",
            "    } catch (FileNotFoundException e) {",
            "      System.err.println(\"[ERROR] missing\");",
            "    } catch (Exception e) {",
            "      System.err.println(\"[ERROR] \" + e);",
            "    }",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
    helper
        .addSourceLines(
            "Narrow.java",
            "import java.nio.file.Files;",
            "import java.nio.file.Path;",
            "class Narrow {",
            "  String read(Path path) {",
            "    try {",
            "      Thread.sleep(1);",
            "      return Files.readString(path);",
            "    // BUG: Diagnostic contains: catch what the try body declares"
                + " (InterruptedException, IOException) or rethrow",
            "    } catch (Exception e) {",
            "      return \"\";",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void noFixWhenNothingCheckedIsThrown() {
    refactoring
        .addInputLines(
            "Handlers.java",
            "class Handlers {",
            "  void run(Runnable task) {",
            "    try { task.run(); } catch (Exception e) { }",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void handingTheExceptionToAnAlwaysThrowingHelperIsARethrow() {
    helper
        .addSourceLines(
            "Wrapping.java",
            "import java.io.IOException;",
            "import java.io.UncheckedIOException;",
            "class Wrapping {",
            "  void wrapAndThrow(Exception cause, String what) throws IOException {",
            "    throw new IOException(\"[ERROR] \" + what, cause);",
            "  }",
            "  static void throwAs(Exception cause) {",
            "    throw new IllegalStateException(cause);",
            "  }",
            "  static void unwrapAndThrow(Exception cause) {",
            "    throwAs(cause);",
            "  }",
            "  void delegated(Runnable setter) {",
            "    try {",
            "      setter.run();",
            "    } catch (Exception e) {",
            "      unwrapAndThrow(e);",
            "    }",
            "  }",
            "  void logOnly(Exception cause) {",
            "    System.err.println(\"[WARN] \" + cause);",
            "  }",
            "  void set(Runnable setter) throws IOException {",
            "    try {",
            "      setter.run();",
            "    } catch (Exception e) {",
            "      wrapAndThrow(e, \"setter\");",
            "    }",
            "  }",
            "  void swallow(Runnable setter) {",
            "    try {",
            "      setter.run();",
            "    // BUG: Diagnostic contains: catch (Exception) handles every failure alike",
            "    } catch (Exception e) {",
            "      logOnly(e);",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
