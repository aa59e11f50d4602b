package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.resource;
import static dev.plumbline.processor.WiringCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small things a user of a real application met, each fixed (issue #13's minor points). */
class MinorPointsTest {

  @Test
  void theFixNamesAPublicClassOrSaysThatNoneIs() {
    Compilation compilation = compile(
        List.of("-Aplumbline.entryPoint=app.Main"),
        source("app.Main", "package app;", "",
            "public class Main { public static void main(String[] args) {} }"),
        source("store.Cache", "package store;", "", "class Cache {}"),
        source("store.Store", "package store;", "", "public class Store {}"),
        source("hidden.Helper", "package hidden;", "", "class Helper {}"));

    assertThat(plumblineDiagnostics(compilation))
        .contains("WARNING Helper.java:3 [plumbline PL002] Module 'hidden' (hidden) is NOT WIRED:"
            + " none of its classes is reachable from the entry point app.Main. To wire it, make"
            + " one of its classes public (none is), or call, construct or reference hidden.Helper"
            + " from code of package hidden reachable from app.Main, or register it for"
            + " ServiceLoader under a service type that code uses.")
        // store.Cache comes first by name, but only store.Store can be used from app.Main.
        .anySatisfy(line -> assertThat(line)
            .contains("Module 'store' (store) is NOT WIRED")
            .contains("call, construct or reference store.Store from code reachable"));
  }

  @Test
  void aDuplicatePackageWithoutAnnotationsIsToldToStayInOnePlaceNotToUseModule() {
    Compilation compilation = compile(
        List.of("-Aplumbline.entryPoint=app.Main"),
        source("app.Main", "package app;", "",
            "public class Main { public static void main(String[] args) { new app.util.A(); } }"),
        source("app.util.A", "package app.util;", "",
            "@dev.plumbline.annotations.Module(name = \"app\") public class A {}"));

    assertThat(plumblineDiagnostics(compilation))
        .contains("WARNING Main.java:3 [plumbline PL003] Module 'app' (app) is DUPLICATE: also"
            + " declared by app.util.A. Keep each package in one place: the same package"
            + " compiled twice (here and in a library, or in two libraries) is loaded from"
            + " whichever comes first on the class path.")
        .anySatisfy(line -> assertThat(line)
            .contains("Module 'app' (app.util.A) is DUPLICATE")
            .contains("Give each module a unique @Module(name = ...)"));
  }

  @Test
  void twoModulesOfOneNameAreTwoNodesOfTheMermaidGraph() {
    Compilation compilation = compile(
        source("a.Cache", "package a;", "",
            "@dev.plumbline.annotations.Module(name = \"cache\")",
            "public class Cache { b.Cache other; }"),
        source("b.Cache", "package b;", "",
            "@dev.plumbline.annotations.Module(name = \"cache\") public class Cache {}"),
        source("app.Main", "package app;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "@dev.plumbline.annotations.Module(name = \"main\")",
            "public class Main {",
            "  a.Cache cache;",
            "  public static void main(String[] args) {}",
            "}"));

    String markdown = resource(compilation, "META-INF/plumbline/wiring.md");
    assertThat(markdown)
        .contains("  m0[\"cache<br/>DUPLICATE\"]:::duplicate\n"
            + "  m1[\"main<br/>WIRED\"]:::wired\n"
            + "  m2[\"cache<br/>DUPLICATE\"]:::duplicate\n")
        // main depends on the name 'cache': an edge to each node of that name.
        .contains("  m1 --> m0\n  m1 --> m2\n");
  }

  @Test
  void aLibraryCountsItsModulesAsUnverified() {
    Compilation compilation = compile(List.of("-Aplumbline.library=lib"),
        source("lib.A", "package lib;", "", "public class A {}"));

    assertThat(plumblineDiagnostics(compilation).get(0))
        .contains("1 module: 0 WIRED, 0 NOT WIRED, 0 DUPLICATE, 1 UNVERIFIED");
  }
}
