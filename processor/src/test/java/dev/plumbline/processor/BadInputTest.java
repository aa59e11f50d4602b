package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.compileWithClasspath;
import static dev.plumbline.processor.WiringCompiler.diagnostics;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.writeClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken code and wrong configuration get javac's errors or one clear Plumbline error. */
class BadInputTest {

  @TempDir Path classes;

  static final JavaFileObject SECOND_MAIN =
      source(
          "tools.Admin",
          "package tools;",
          "",
          "@dev.plumbline.annotations.EntryPoint",
          "public class Admin {",
          "  public static void main(String[] args) {}",
          "}");

  /** A class that names a type javac cannot resolve. */
  static final JavaFileObject UNRESOLVABLE_TOKENIZER =
      source(
          "app.Tokenizer",
          "package app;",
          "",
          "class Tokenizer {",
          "  static String[] tokenize(String text) { return Splitter.split(text); }",
          "}");

  @Test
  void unresolvableSymbolsYieldOnlyTheCompilersErrors() {
    Compilation compilation =
        compile(ClassificationTest.MAIN, ClassificationTest.PIPELINE, UNRESOLVABLE_TOKENIZER);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(compilation)).isEmpty();
    assertThat(diagnostics(compilation))
        .anySatisfy(line -> assertThat(line).startsWith("ERROR Tokenizer.java:4 cannot find symbol"));
  }

  /**
   * Set in a parent pom, the option reaches the library modules too, where no such class exists:
   * they are verified as libraries, with a note that says so.
   */
  @Test
  void aConfiguredEntryPointThatNamesNoClassIsIgnoredWithANote() {
    Compilation compilation =
        compile(List.of("-Aplumbline.entryPoint=app.Mian", "-Aplumbline.library=pipeline"),
            ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL006] -Aplumbline.entryPoint=app.Mian names no class of this compilation"
                + " or its class path: ignored here, so this compilation is verified as a library"
                + " (as the library modules of a reactor whose parent pom sets the option are). If"
                + " this module holds the program's main class, give its binary name (e.g."
                + " com.acme.App) or annotate it with @EntryPoint.",
            "NOTE [plumbline PL004] Library compilation (no @EntryPoint): 2 modules: 0 WIRED, 0 NOT"
                + " WIRED, 0 DUPLICATE, 2 UNVERIFIED. Graph recorded in "
                + WiringCompiler.indexClass("pipeline", "app") + " for the applications that depend on it. Report: META-INF/plumbline/wiring.md");
  }

  @Test
  void anInvalidOptionValueIsAnErrorNamingTheOption() {
    Compilation compilation =
        compile(List.of("-Aplumbline.warnings=maybe"), ClassificationTest.MAIN);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "ERROR [plumbline PL013] -Aplumbline.warnings=maybe is not valid: use true or false.");
  }

  @Test
  void aCorruptLibraryIndexIsAWarningNamingItAndTheBuildGoesOn() throws IOException {
    Compilation forged =
        compile(
            List.of("-Aplumbline.library=forger"),
            source(
                "dev.plumbline.index.Wiring_broken",
                "package dev.plumbline.index;",
                "",
                "public final class Wiring_broken {",
                "  public static final String INDEX_0 = \"{not json\";",
                "}"));
    writeClasses(forged, classes);

    Compilation app =
        compileWithClasspath(List.of(classes.toFile()), List.of(), ClassificationTest.MAIN,
            ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER);

    assertThat(app.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(app))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "WARNING [plumbline PL011] Cannot read wiring index"
                            + " dev.plumbline.index.Wiring_broken (not a valid index:")
                    .endsWith(
                        "Rebuild that library with this Plumbline version; its modules are left"
                            + " out of this report."));
  }
}
