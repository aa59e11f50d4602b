package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.testing.compile.Compilation;
import dev.plumbline.processor.wiring.ModuleResult;
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
            "NOTE [plumbline PL004] Wiring from shop.App: 3 modules: 2 WIRED, 1 NOT WIRED, 0 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "WARNING OldReport.java:3 [plumbline PL002] Module 'shop.legacy' (shop.legacy) is NOT WIRED:"
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

  /**
   * Adopting annotations one module at a time: the first {@code @Module} names one module, and
   * every other package, and the classes it leaves in its own package, stay modules.
   */
  @Test
  void theFirstModuleAnnotationKeepsEveryOtherPackageAModule() {
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
                "@dev.plumbline.annotations.Module(name = \"invoices\")",
                "public class Invoice { public static int total() { return Tax.rate(); } }"),
            source(
                "shop.billing.Tax",
                "package shop.billing;",
                "",
                "class Tax { static int rate() { return 20; } }"),
            source("shop.legacy.OldReport", "package shop.legacy;", "", "public class OldReport {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(texts(wiringJsonModuleNames(compilation)))
        .containsExactly("invoices", "shop", "shop.billing", "shop.legacy");
    assertThat(texts(module(compilation, "shop.billing").get("classes")))
        .containsExactly("shop.billing.Tax");
    assertThat(module(compilation, "shop.billing").get("status").asText()).isEqualTo("WIRED");
    assertThat(texts(module(compilation, "shop.billing").get("path")))
        .containsExactly("shop.App", "shop.billing.Invoice", "shop.billing.Tax");
    assertThat(module(compilation, "shop.legacy").get("status").asText()).isEqualTo("NOT_WIRED");
  }

  /** An annotated type named like its package keeps the package's other classes. */
  @Test
  void aTypeModuleNamedLikeItsPackageKeepsThePackagesOtherClasses() {
    Compilation compilation =
        compile(
            source(
                "store.Store",
                "package store;",
                "",
                "@dev.plumbline.annotations.EntryPoint",
                "@dev.plumbline.annotations.Module(name = \"store\")",
                "public class Store { public static void main(String[] args) { new Index(); } }"),
            source("store.Index", "package store;", "", "class Index {}"));

    assertThat(texts(wiringJsonModuleNames(compilation))).containsExactly("store");
    assertThat(texts(module(compilation, "store").get("classes")))
        .containsExactly("store.Index", "store.Store");
  }

  /** {@code @Critical} alone on a package: that package is a critical module, the others stay. */
  @Test
  void criticalAloneOnAPackageMakesItACriticalModuleBesideThePackageModules() {
    Compilation compilation =
        compile(
            List.of("-Aplumbline.entryPoint=shop.App"),
            source(
                "shop.App",
                "package shop;",
                "",
                "public class App { public static void main(String[] args) {} }"),
            source(
                "shop.audit.package-info",
                "@dev.plumbline.annotations.Critical(\"the law requires an audit trail\")",
                "package shop.audit;"),
            source("shop.audit.Trail", "package shop.audit;", "", "public class Trail {}"),
            source("shop.legacy.OldReport", "package shop.legacy;", "", "public class OldReport {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    // javac keeps a failed compilation's reports to itself: the listener gets the same result.
    assertThat(RecordingListener.last.modules())
        .extracting(ModuleResult::name, ModuleResult::critical)
        .containsExactly(
            tuple("shop.audit", true), tuple("shop", false), tuple("shop.legacy", false));
    assertThat(plumblineDiagnostics(compilation))
        .contains(
            "ERROR package-info.java:2 [plumbline PL001] Module 'shop.audit' (shop.audit) is @Critical"
                + " and NOT WIRED: none of its classes is reachable from the entry point shop.App."
                + " Critical because: the law requires an audit trail. To wire it, call,"
                + " construct or reference shop.audit.Trail from code reachable from shop.App, or"
                + " register it for ServiceLoader under a service type that code uses.");
  }

  private static com.fasterxml.jackson.databind.JsonNode wiringJsonModuleNames(
      Compilation compilation) {
    com.fasterxml.jackson.databind.node.ArrayNode names =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    WiringCompiler.wiringJson(compilation).get("modules")
        .forEach(module -> names.add(module.get("name").asText()));
    return names;
  }
}
