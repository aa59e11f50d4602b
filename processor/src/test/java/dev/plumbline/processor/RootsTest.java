package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.wiringJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classes the walk starts from: entry points, and what is wrong with their declarations. */
class RootsTest {

  @Test
  void severalEntryPointsAreEachARoot() {
    Compilation compilation = compile(ClassificationTest.MAIN, ClassificationTest.PIPELINE,
        ClassificationTest.TOKENIZER, BadInputTest.SECOND_MAIN);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL004] Wiring from app.Main and 1 other roots: 4 modules: 4 WIRED,"
                + " 0 NOT WIRED, 0 DUPLICATE. Report: META-INF/plumbline/wiring.md");
    assertThat(module(compilation, "tools").get("status").asText()).isEqualTo("WIRED");
    assertThat(texts(module(compilation, "tools").get("pathKinds")))
        .containsExactly("entry point");
    assertThat(wiringJson(compilation).get("entryPoint").asText()).isEqualTo("app.Main");
    assertThat(wiringJson(compilation).get("roots").toString())
        .isEqualTo("[{\"class\":\"app.Main\",\"kind\":\"ENTRY_POINT\",\"reason\":\"@EntryPoint\"},"
            + "{\"class\":\"tools.Admin\",\"kind\":\"ENTRY_POINT\",\"reason\":\"@EntryPoint\"}]");
  }

  @Test
  void anAnnotatedAndADifferentConfiguredEntryPointAreBothRoots() {
    Compilation compilation =
        compile(List.of("-Aplumbline.entryPoint=tools.Admin"), ClassificationTest.MAIN,
            ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER,
            source("tools.Admin", "package tools;", "",
                "public class Admin { public static void main(String[] args) {} }"));

    assertThat(module(compilation, "tools").get("status").asText()).isEqualTo("WIRED");
    assertThat(wiringJson(compilation).get("roots").get(1).get("reason").asText())
        .isEqualTo("-Aplumbline.entryPoint");
  }

  @Test
  void anEntryPointOnAnAnnotationTypeIsAnError() {
    Compilation compilation = compile(
        source("app.Marker", "package app;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "public @interface Marker {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "ERROR Marker.java:4 [plumbline PL007] app.Marker is an annotation type: it cannot"
                + " start a program, so @EntryPoint on it declares no entry point. Move @EntryPoint"
                + " to the class whose main method starts the program.");
  }

  @Test
  void anEntryPointWithoutMainIsAWarningAndStillARoot() {
    Compilation compilation = compile(
        source("app.Service", "package app;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "public class Service { void serve() { new Handler(); } }"),
        source("app.Handler", "package app;", "", "class Handler {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL004] Wiring from app.Service: 1 modules: 1 WIRED, 0 NOT WIRED, 0"
                + " DUPLICATE. Report: META-INF/plumbline/wiring.md",
            "WARNING Service.java:4 [plumbline PL008] app.Service is @EntryPoint but declares no"
                + " main method, and no framework Plumbline recognises starts it. It is verified as"
                + " a root all the same. If a host loads it by name (a plug-in), declare it with"
                + " -Aplumbline.roots or in META-INF/plumbline/roots.txt with the reason, and keep"
                + " @EntryPoint for the class whose main starts the program.");
  }
}
