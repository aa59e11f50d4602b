package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code without any Plumbline annotation: every package is a module. */
class NoAnnotationModeTest {

  @Test
  void everyPackageIsAModuleAndTheConfiguredMainClassIsTheEntryPoint() {
    Compilation compilation =
        compile(
            List.of("-Aplumbline.entryPoint=shop.App"),
            source(
                "shop.App",
                "package shop;",
                "",
                "public class App {",
                "  public static void main(String[] args) { shop.billing.Invoice.total(); }",
                "}"),
            source(
                "shop.billing.Invoice",
                "package shop.billing;",
                "",
                "public class Invoice { public static int total() { return Tax.rate(); } }"),
            source(
                "shop.billing.Tax",
                "package shop.billing;",
                "",
                "class Tax { static int rate() { return 20; } }"),
            source("shop.legacy.OldReport", "package shop.legacy;", "", "public class OldReport {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(texts(module(compilation, "shop.billing").get("classes")))
        .containsExactly("shop.billing.Invoice", "shop.billing.Tax");
    assertThat(module(compilation, "shop.billing").get("status").asText()).isEqualTo("WIRED");
    assertThat(texts(module(compilation, "shop.billing").get("path")))
        .containsExactly("shop.App", "shop.billing.Invoice");
    assertThat(module(compilation, "shop").get("status").asText()).isEqualTo("WIRED");
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline] Wiring from shop.App: 3 modules: 2 WIRED, 1 NOT WIRED, 0 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "WARNING OldReport.java:3 [plumbline] Module 'shop.legacy' (shop.legacy) is NOT WIRED:"
                + " none of its classes is reachable from the entry point shop.App. To wire it,"
                + " call, construct or reference shop.legacy.OldReport from code reachable from"
                + " shop.App, or register it for ServiceLoader under a service type that code"
                + " uses.");
  }

  @Test
  void withoutAnEntryPointAnUnannotatedCodeBaseIsALibraryWithPackageModules() {
    Compilation compilation =
        compile(
            List.of("-Aplumbline.library=plain"),
            source("a.A", "package a;", "", "public class A { b.B b; }"),
            source("b.B", "package b;", "", "public class B {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(module(compilation, "a").get("status").asText()).isEqualTo("UNVERIFIED");
    assertThat(texts(module(compilation, "a").get("dependsOn"))).containsExactly("b");
  }
}
