// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The agent jar in real JVMs, in both modes ({@code marks=initialized}, the default, and
 * {@code marks=bytecode}): what counts as executed, and a record whatever way the JVM ends.
 */
@SuppressWarnings("IdentifierName") // Failsafe's naming convention for tests of the packaged jar
class AgentIT {

  private static final Map<String, String> PROGRAM = Map.of(
      "app/Main.java", """
          package app;

          import lib.Counter;
          import lib.EnglishGreeter;
          import lib.Greeter;
          import lib.Nested;
          import lib.Util;

          public class Main {
            public static void main(String[] args) throws Exception {
              String mode = args.length > 0 ? args[0] : "normal";
              Counter counter = new Counter();
              counter.add(Util.twice(3));
              Greeter greeter = new EnglishGreeter();
              System.out.println("[INFO] " + greeter.greet() + " " + counter.total() + " "
                  + Nested.Inner.one());
              // Loaded, never initialised, none of its code runs.
              Class<?> loaded = Class.forName("lib.LoadedOnly", false, Main.class.getClassLoader());
              System.out.println("[INFO] loaded " + loaded.getName());
              switch (mode) {
                case "crash" -> throw new IllegalStateException("crash on purpose");
                case "exit" -> Util.exitWith(3);
                case "exit-from-thread" -> {
                  new Thread(() -> System.exit(4)).start();
                  Thread.sleep(60_000);
                }
                default -> System.out.println("✓ done");
              }
            }
          }
          """,
      "lib/Counter.java", """
          package lib;

          public class Counter {
            private int total;

            public void add(int n) {
              total += n;
            }

            public int total() {
              return total;
            }
          }
          """,
      "lib/Util.java", """
          package lib;

          public final class Util {
            public static int twice(int x) {
              return 2 * x;
            }

            public static void exitWith(int code) {
              System.exit(code);
            }
          }
          """,
      "lib/Greeter.java", """
          package lib;

          public interface Greeter {
            default String greet() {
              return "hello";
            }
          }
          """,
      "lib/EnglishGreeter.java", """
          package lib;

          public class EnglishGreeter implements Greeter {}
          """,
      "lib/Nested.java", """
          package lib;

          public class Nested {
            public static class Inner {
              public static int one() {
                return 1;
              }
            }

            public static void neverCalled() {}
          }
          """,
      "lib/LoadedOnly.java", """
          package lib;

          public class LoadedOnly {
            static {
              System.out.println("[ERROR] LoadedOnly initialised");
            }

            public static void run() {}
          }
          """);

  /** A program where the JVM initializes classes none of whose own code runs. */
  private static final Map<String, String> INITIALIZED_NOT_RUN = Map.of(
      "init/Main.java", """
          package init;

          public class Main {
            public static void main(String[] args) throws Exception {
              Fields.count = 2;
              System.out.println("[INFO] " + Derived.name() + " " + Fields.count);
              Class.forName("init.ForNameOnly");
            }
          }
          """,
      "init/Fields.java", """
          package init;

          public class Fields {
            public static int count;
          }
          """,
      "init/Base.java", """
          package init;

          public class Base {
            public void run() {}
          }
          """,
      "init/Derived.java", """
          package init;

          public class Derived extends Base {
            public static String name() {
              return "derived";
            }
          }
          """,
      "init/ForNameOnly.java", """
          package init;

          public class ForNameOnly {
            public void run() {}
          }
          """);

  private static Path classes;

  @BeforeAll
  static void compileTheProgram(@TempDir Path directory) throws IOException {
    classes = AgentRuns.compile(directory, PROGRAM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void recordsTheClassesWhoseCodeRanAndNotTheOnesOnlyLoaded(String marks, @TempDir Path out)
      throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks, "-cp", classes.toString(),
        "app.Main");

    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).isEqualTo("[INFO] hello 6 1\n[INFO] loaded lib.LoadedOnly\n✓ done\n");
    assertThat(run.executed()).containsExactly("app.Main", "lib.Counter", "lib.EnglishGreeter",
        "lib.Greeter", "lib.Nested$Inner", "lib.Util");
    assertThat(run.loaded()).containsExactly("app.Main", "lib.Counter", "lib.EnglishGreeter",
        "lib.Greeter", "lib.LoadedOnly", "lib.Nested$Inner", "lib.Util");
    assertThat(run.written().path("format").asInt()).isEqualTo(1);
    assertThat(run.written().path("marks").asText()).isEqualTo(marks);
    assertThat(run.written().path("mainClass").asText()).isEqualTo("app.Main");
    assertThat(run.written().path("pid").asLong()).isPositive();
    assertThat(run.strings("notInstrumented")).isEmpty();
  }

  @Test
  void withoutOptionsTheMarksAreTheJvmsInitializationState(@TempDir Path out) throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "", "-cp", classes.toString(), "app.Main");

    assertThat(run.written().path("marks").asText()).isEqualTo("initialized");
    assertThat(run.executed()).containsExactly("app.Main", "lib.Counter", "lib.EnglishGreeter",
        "lib.Greeter", "lib.Nested$Inner", "lib.Util");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void aRunThatEndsWithAnUncaughtExceptionStillWritesItsRecord(String marks, @TempDir Path out)
      throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks, "-cp", classes.toString(),
        "app.Main", "crash");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("java.lang.IllegalStateException: crash on purpose");
    assertThat(run.record()).as("record after an uncaught exception").isNotNull();
    assertThat(run.executed()).contains("app.Main", "lib.Counter", "lib.Util")
        .doesNotContain("lib.LoadedOnly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void aRunThatCallsSystemExitStillWritesItsRecord(String marks, @TempDir Path out)
      throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks, "-cp", classes.toString(),
        "app.Main", "exit");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.record()).as("record after System.exit(3)").isNotNull();
    assertThat(run.executed()).contains("app.Main", "lib.Util").doesNotContain("lib.LoadedOnly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void aRunThatAnotherThreadEndsWithSystemExitStillWritesItsRecord(String marks,
      @TempDir Path out) throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks, "-cp", classes.toString(),
        "app.Main", "exit-from-thread");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.executed()).contains("app.Main", "lib.Counter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void includeLimitsTheRecordToThePrefixesGiven(String marks, @TempDir Path out)
      throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks + ",include=lib.Util:lib.Counter",
        "-cp", classes.toString(), "app.Main");

    assertThat(run.executed()).containsExactly("lib.Counter", "lib.Util");
    assertThat(run.loaded()).containsExactly("lib.Counter", "lib.Util");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void excludeRemovesPrefixesFromTheScope(String marks, @TempDir Path out) throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks + ",exclude=lib",
        "-cp", classes.toString(), "app.Main");

    assertThat(run.executed()).containsExactly("app.Main");
    assertThat(run.loaded()).containsExactly("app.Main");
  }

  @Test
  void anUnknownOptionIsAWarningAndTheRunIsRecordedAllTheSame(@TempDir Path out)
      throws Exception {
    AgentRuns.Run run = AgentRuns.run(out, "colour=blue,marks=fast", "-cp", classes.toString(),
        "app.Main");

    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).startsWith("[WARN] plumbline-agent: unknown option 'colour=blue'"
        + " (known: out=DIR, include=PREFIX:PREFIX, exclude=PREFIX:PREFIX,"
        + " marks=initialized|bytecode); ignored.\n"
        + "[WARN] plumbline-agent: marks is initialized or bytecode, not 'fast'; ignored.\n");
    assertThat(run.written().path("marks").asText()).isEqualTo("initialized");
    assertThat(run.executed()).contains("app.Main");
  }

  /**
   * Where the two modes differ, as the README says: the JVM initializes a class when a static
   * field of it is written or read, when a subclass is initialized, and for
   * {@code Class.forName(name)}; none of these runs code of a class without a static initializer,
   * so only the bytecode marks leave it out.
   */
  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void initializedWithoutRunningCodeCountsOnlyWithoutBytecodeMarks(String marks,
      @TempDir Path directory, @TempDir Path out) throws Exception {
    Path program = AgentRuns.compile(directory, INITIALIZED_NOT_RUN);

    AgentRuns.Run run =
        AgentRuns.run(out, "marks=" + marks, "-cp", program.toString(), "init.Main");

    assertThat(run.output()).isEqualTo("[INFO] derived 2\n");
    assertThat(run.loaded()).containsExactly("init.Base", "init.Derived", "init.Fields",
        "init.ForNameOnly", "init.Main");
    if (marks.equals("bytecode")) {
      assertThat(run.executed()).containsExactly("init.Derived", "init.Main");
    } else {
      assertThat(run.executed()).containsExactly("init.Base", "init.Derived", "init.Fields",
          "init.ForNameOnly", "init.Main");
    }
  }

  /**
   * A nested class whose enclosing class is not on the class path at run time (Apache POI ships
   * XMLBeans types so): asking it for its declaring class would throw NoClassDefFoundError, which
   * once cost the training run of the example its whole record.
   */
  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void aNestedClassWhoseEnclosingClassIsMissingDoesNotCostTheRecord(String marks,
      @TempDir Path directory, @TempDir Path out) throws Exception {
    Path program = AgentRuns.compile(directory, Map.of(
        "orphan/Outer.java", """
            package orphan;
            public class Outer {
              public static class Nested {
                public static String hello() {
                  return "[INFO] nested";
                }
              }
            }
            """,
        "orphan/Main.java", """
            package orphan;
            public class Main {
              public static void main(String[] args) {
                System.out.println(Outer.Nested.hello());
              }
            }
            """));
    Files.delete(program.resolve("orphan/Outer.class"));

    AgentRuns.Run run =
        AgentRuns.run(out, "marks=" + marks, "-cp", program.toString(), "orphan.Main");

    assertThat(run.output()).isEqualTo("[INFO] nested\n");
    assertThat(run.executed()).containsExactly("orphan.Main", "orphan.Outer$Nested");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void classesOfALoaderThatDoesNotDelegateToTheApplicationLoaderAreRecorded(String marks,
      @TempDir Path directory, @TempDir Path out) throws Exception {
    Path plugin = AgentRuns.compile(directory.resolve("plugin"), Map.of("plugin/Plugin.java", """
        package plugin;

        public class Plugin {
          public static String run() {
            return "plugin ran";
          }
        }
        """));
    Path host = AgentRuns.compile(directory.resolve("host"), Map.of("host/Host.java", """
        package host;

        import java.net.URL;
        import java.net.URLClassLoader;
        import java.nio.file.Path;

        public class Host {
          public static void main(String[] args) throws Exception {
            URL[] urls = {Path.of(args[0]).toUri().toURL()};
            try (URLClassLoader isolated = new URLClassLoader(urls, null)) {
              Object result = isolated.loadClass("plugin.Plugin").getMethod("run").invoke(null);
              System.out.println("[INFO] " + result);
            }
          }
        }
        """));

    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks, "-cp", host.toString(),
        "host.Host", plugin.toString());

    assertThat(run.output()).isEqualTo("[INFO] plugin ran\n");
    assertThat(run.executed()).containsExactly("host.Host", "plugin.Plugin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void classesOfANamedModuleAreRecorded(String marks, @TempDir Path directory,
      @TempDir Path out) throws Exception {
    Path module = AgentRuns.compile(directory, Map.of(
        "module-info.java", "module m.app {}\n",
        "mapp/Main.java", """
            package mapp;

            public class Main {
              public static void main(String[] args) {
                System.out.println("[INFO] " + Helper.answer());
              }
            }
            """,
        "mapp/Helper.java", """
            package mapp;

            final class Helper {
              static int answer() {
                return 42;
              }
            }
            """));

    AgentRuns.Run run = AgentRuns.run(out, "marks=" + marks, "-p", module.toString(), "-m",
        "m.app/mapp.Main");

    assertThat(run.output()).isEqualTo("[INFO] 42\n");
    assertThat(run.executed()).containsExactly("mapp.Helper", "mapp.Main");
  }

  /** Bytecode marks in a class file that cannot hold {@code invokedynamic} call the recorder. */
  @ParameterizedTest
  @ValueSource(strings = {"initialized", "bytecode"})
  void classFilesOlderThanJava7AreRecorded(String marks, @TempDir Path directory,
      @TempDir Path out) throws Exception {
    Path legacy = directory.resolve("old");
    Files.createDirectories(legacy);
    Files.write(legacy.resolve("Legacy.class"), java6MainClass());

    AgentRuns.Run run =
        AgentRuns.run(out, "marks=" + marks, "-cp", directory.toString(), "old.Legacy");

    assertThat(run.output()).isEqualTo("[INFO] Java 6 class ran\n");
    assertThat(run.executed()).containsExactly("old.Legacy");
  }

  /** {@code old.Legacy} as a Java 6 class file (version 50), its main printing one line. */
  private static byte[] java6MainClass() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V1_6, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "old/Legacy", null,
        "java/lang/Object", null);
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main",
        "([Ljava/lang/String;)V", null, null);
    main.visitCode();
    main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
    main.visitLdcInsn("[INFO] Java 6 class ran");
    main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println",
        "(Ljava/lang/String;)V", false);
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(0, 0);
    main.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
