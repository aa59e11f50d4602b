package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.compileWithClasspath;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.writeClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library's graph travels with its classes; the application computes reachability through it. */
class CrossCompilationTest {

  @TempDir Path libraryClasses;
  @TempDir Path baseClasses;

  static final JavaFileObject TEXT_API =
      source(
          "lib.text.TextApi",
          "package lib.text;",
          "",
          "@dev.plumbline.annotations.Module(name = \"text-api\")",
          "public class TextApi {",
          "  public static String clean(String s) { return Normalizer.normalize(s); }",
          "}");
  static final JavaFileObject NORMALIZER =
      source(
          "lib.text.Normalizer",
          "package lib.text;",
          "",
          "@dev.plumbline.annotations.Module(name = \"normalizer\")",
          "@dev.plumbline.annotations.Critical(\"every text goes through it\")",
          "class Normalizer {",
          "  static String normalize(String s) { return s.trim(); }",
          "}");
  static final JavaFileObject AUDIT =
      source(
          "lib.audit.Audit",
          "package lib.audit;",
          "",
          "@dev.plumbline.annotations.Module(name = \"audit\")",
          "@dev.plumbline.annotations.Critical",
          "public class Audit {}");

  /** An application whose entry point calls into the text library. */
  static final JavaFileObject MAIN_USING_TEXT_API =
      source(
          "app.Main",
          "package app;",
          "",
          "@dev.plumbline.annotations.EntryPoint",
          "public class Main {",
          "  public static void main(String[] args) { lib.text.TextApi.clean(\"x\"); }",
          "}");

  private Compilation compileLibrary(JavaFileObject... sources) throws IOException {
    Compilation library = compile(List.of("-Aplumbline.library=textlib"), sources);
    assertThat(library.status()).isEqualTo(Compilation.Status.SUCCESS);
    writeClasses(library, libraryClasses);
    return library;
  }

  @Test
  void aLibraryCompilationReportsNothingAsNotWiredAndWritesItsIndex() throws IOException {
    Compilation library = compileLibrary(TEXT_API, NORMALIZER, AUDIT);

    assertThat(plumblineDiagnostics(library))
        .containsExactly(
            "NOTE [plumbline PL004] Library compilation (no @EntryPoint): 3 modules: 0 WIRED, 0 NOT"
                + " WIRED, 0 DUPLICATE, 3 UNVERIFIED. Graph recorded in "
                + WiringCompiler.indexClass("textlib", "lib.audit", "lib.text")
                + " for the applications that depend on it. Report: META-INF/plumbline/wiring.md");
    assertThat(module(library, "audit").get("status").asText()).isEqualTo("UNVERIFIED");
    assertThat(libraryClasses.resolve(
        WiringCompiler.indexClass("textlib", "lib.audit", "lib.text").replace('.', '/') + ".class"))
        .exists();
  }

  @Test
  void theApplicationReachesLibraryModulesThroughTheLibrarysOwnEdges() throws IOException {
    compileLibrary(TEXT_API, NORMALIZER, AUDIT);
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "@dev.plumbline.annotations.Module(name = \"app\")",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    System.out.println(lib.text.TextApi.clean(args[0]));",
            "  }",
            "}");

    Compilation app = compileWithClasspath(List.of(libraryClasses.toFile()), List.of(), main);

    assertThat(app.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(app))
        .containsExactly(
            "NOTE [plumbline PL004] Wiring from app.Main: 4 modules: 3 WIRED, 1 NOT WIRED, 0 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "ERROR Main.java:5 [plumbline PL001] Module 'audit' (lib.audit.Audit (library textlib)) is"
                + " @Critical and NOT WIRED: none of its classes is reachable from the entry point"
                + " app.Main. To wire it, call, construct or reference lib.audit.Audit from code"
                + " reachable from app.Main, or register it for ServiceLoader under a service type"
                + " that code uses.");
  }

  @Test
  void theWhyWiredPathRunsThroughLibraryClasses() throws IOException {
    compileLibrary(TEXT_API, NORMALIZER);
    JavaFileObject main = MAIN_USING_TEXT_API;

    Compilation app = compileWithClasspath(List.of(libraryClasses.toFile()), List.of(), main);

    assertThat(app.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(module(app, "normalizer").get("origin").asText()).isEqualTo("library:textlib");
    assertThat(texts(module(app, "normalizer").get("path")))
        .containsExactly("app.Main", "lib.text.TextApi", "lib.text.Normalizer");
    assertThat(texts(module(app, "app").get("dependsOn"))).containsExactly("text-api");
  }

  @Test
  void reachabilityCrossesAChainOfLibraries() throws IOException {
    Compilation base =
        compile(
            List.of("-Aplumbline.library=base"),
            source(
                "base.Core",
                "package base;",
                "",
                "@dev.plumbline.annotations.Module(name = \"core\")",
                "@dev.plumbline.annotations.Critical",
                "public class Core { public static void start() {} }"));
    writeClasses(base, baseClasses);
    Compilation middle =
        compileWithClasspath(
            List.of(baseClasses.toFile()),
            List.of("-Aplumbline.library=middle"),
            source(
                "mid.Service",
                "package mid;",
                "",
                "@dev.plumbline.annotations.Module(name = \"service\")",
                "public class Service { public static void run() { base.Core.start(); } }"));
    assertThat(middle.status()).isEqualTo(Compilation.Status.SUCCESS);
    writeClasses(middle, libraryClasses);

    Compilation app =
        compileWithClasspath(
            List.of(baseClasses.toFile(), libraryClasses.toFile()),
            List.of(),
            source(
                "app.Main",
                "package app;",
                "",
                "@dev.plumbline.annotations.EntryPoint",
                "public class Main {",
                "  public static void main(String[] args) { mid.Service.run(); }",
                "}"));

    assertThat(app.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(texts(module(app, "core").get("path")))
        .containsExactly("app.Main", "mid.Service", "base.Core");
  }

  @Test
  void aModuleNameDeclaredInTheSourcesAndInALibraryIsDuplicate() throws IOException {
    compileLibrary(TEXT_API, NORMALIZER);
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "@dev.plumbline.annotations.Module(name = \"text-api\")",
            "public class Main {",
            "  public static void main(String[] args) { lib.text.TextApi.clean(\"x\"); }",
            "}");

    Compilation app = compileWithClasspath(List.of(libraryClasses.toFile()), List.of(), main);

    assertThat(plumblineDiagnostics(app))
        .contains(
            "WARNING Main.java:5 [plumbline PL003] Module 'text-api' (app.Main) is DUPLICATE: also"
                + " declared by lib.text.TextApi (library textlib). Give each module a unique"
                + " @Module(name = ...) and keep each class in one place.");
    assertThat(Files.exists(libraryClasses.resolve("lib/text/TextApi.class"))).isTrue();
  }

  @Test
  void aClassCompiledHereThatALibraryAlreadyContainsMakesBothModulesDuplicate()
      throws IOException {
    compileLibrary(TEXT_API, NORMALIZER);
    JavaFileObject copy =
        source(
            "lib.text.TextApi",
            "package lib.text;",
            "",
            "@dev.plumbline.annotations.Module(name = \"my-text\")",
            "public class TextApi {",
            "  public static String clean(String s) { return s; }",
            "}");
    JavaFileObject main = MAIN_USING_TEXT_API;

    Compilation app =
        compileWithClasspath(List.of(libraryClasses.toFile()), List.of(), copy, main);

    assertThat(module(app, "my-text").get("status").asText()).isEqualTo("DUPLICATE");
    assertThat(texts(module(app, "my-text").get("duplicates")))
        .containsExactly("lib.text.TextApi (library textlib)");
    assertThat(module(app, "text-api").get("status").asText()).isEqualTo("DUPLICATE");
  }
}
