package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.wiringJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  static final JavaFileObject MAIN =
      source(
          "app.Main",
          "package app;",
          "",
          "import dev.plumbline.annotations.EntryPoint;",
          "import dev.plumbline.annotations.Module;",
          "",
          "@EntryPoint",
          "@Module(name = \"cli\", description = \"Command line\")",
          "public class Main {",
          "  public static void main(String[] args) {",
          "    new Pipeline().run();",
          "  }",
          "}");

  static final JavaFileObject PIPELINE =
      source(
          "app.Pipeline",
          "package app;",
          "",
          "import dev.plumbline.annotations.Module;",
          "",
          "@Module(name = \"pipeline\")",
          "class Pipeline {",
          "  void run() {",
          "    Tokenizer.tokenize(\"a b\");", // same package, no import line
          "  }",
          "}");

  static final JavaFileObject TOKENIZER =
      source(
          "app.Tokenizer",
          "package app;",
          "",
          "import dev.plumbline.annotations.Module;",
          "",
          "@Module(name = \"tokenizer\")",
          "@dev.plumbline.annotations.Critical",
          "class Tokenizer {",
          "  static String[] tokenize(String text) {",
          "    return text.split(\" \");",
          "  }",
          "}");

  static final JavaFileObject STORE =
      source(
          "store.Store",
          "package store;",
          "",
          "import dev.plumbline.annotations.Critical;",
          "import dev.plumbline.annotations.Module;",
          "",
          "@Critical(\"holds the results\")",
          "@Module(name = \"store\")",
          "public class Store {}");

  static final JavaFileObject REPORT =
      source(
          "extras.Report",
          "package extras;",
          "",
          "import dev.plumbline.annotations.Module;",
          "",
          "@Module(name = \"report\")",
          "public class Report {}");

  @Test
  void criticalNotWiredIsAnErrorOnItsDeclarationAndOtherNotWiredModulesAreWarnings() {
    Compilation compilation = compile(MAIN, PIPELINE, TOKENIZER, STORE, REPORT);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL004] Wiring from app.Main: 5 modules: 3 WIRED, 2 NOT WIRED, 0 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "WARNING Report.java:6 [plumbline PL002] Module 'report' (extras.Report) is NOT WIRED: none"
                + " of its classes is reachable from the entry point app.Main. To wire it, call,"
                + " construct or reference extras.Report from code reachable from app.Main, or"
                + " register it for ServiceLoader under a service type that code uses.",
            "ERROR Store.java:8 [plumbline PL001] Module 'store' (store.Store) is @Critical and NOT"
                + " WIRED: none of its classes is reachable from the entry point app.Main."
                + " Critical because: holds the results. To wire it, call, construct or reference"
                + " store.Store from code reachable from app.Main, or register it for"
                + " ServiceLoader under a service type that code uses.");
  }

  @Test
  void javaEightSourcesGetTheSameVerdict() {
    // Below source level 9 there are no modules: the verifier's look-ups must not need one.
    JavaFileObject[] files = {MAIN, PIPELINE, TOKENIZER, STORE, REPORT};
    JavaFileObject[] services = {ServiceLoaderTest.SERVICE, ServiceLoaderTest.MAIN};

    assertThat(plumblineDiagnostics(compile(List.of("--release", "8"), files)))
        .hasSize(3)
        .isEqualTo(plumblineDiagnostics(compile(files)));
    assertThat(plumblineDiagnostics(compile(List.of("--release", "8"), services)))
        .isNotEmpty()
        .isEqualTo(plumblineDiagnostics(compile(services)));
  }

  @Test
  void reportsCountsStatusesAndTheShortestWhyWiredPath() {
    Compilation compilation = compile(MAIN, PIPELINE, TOKENIZER, REPORT);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    JsonNode summary = wiringJson(compilation).get("summary");
    assertThat(summary.get("wired").asInt()).isEqualTo(3);
    assertThat(summary.get("notWired").asInt()).isEqualTo(1);
    assertThat(summary.get("duplicate").asInt()).isEqualTo(0);
    assertThat(summary.get("total").asInt()).isEqualTo(4);
    assertThat(summary.get("partial").asBoolean()).isFalse();
    assertThat(module(compilation, "tokenizer").get("status").asText()).isEqualTo("WIRED");
    assertThat(texts(module(compilation, "tokenizer").get("path")))
        .containsExactly("app.Main", "app.Pipeline", "app.Tokenizer");
    assertThat(texts(module(compilation, "cli").get("path"))).containsExactly("app.Main");
    assertThat(module(compilation, "tokenizer").get("critical").asBoolean()).isTrue();
    assertThat(module(compilation, "report").get("status").asText()).isEqualTo("NOT_WIRED");
    assertThat(module(compilation, "report").get("critical").asBoolean()).isFalse();
    assertThat(texts(module(compilation, "report").get("path"))).isEmpty();
    assertThat(texts(module(compilation, "cli").get("dependsOn"))).containsExactly("pipeline");
    assertThat(module(compilation, "cli").get("description").asText()).isEqualTo("Command line");
  }

  @Test
  void theMarkdownReportHasTheTableAndAMermaidGraph() {
    Compilation compilation = compile(MAIN, PIPELINE, TOKENIZER, REPORT);

    String markdown = WiringCompiler.resource(compilation, "META-INF/plumbline/wiring.md");
    assertThat(markdown)
        .contains("Entry point: `app.Main`")
        .contains("| 3 | 1 | 0 | 0 | 4 |")
        .contains("| tokenizer | WIRED | yes | source | app.Main → app.Pipeline → app.Tokenizer |")
        .contains("| report | NOT WIRED |  | source |  |")
        .contains("```mermaid\ngraph LR\n")
        .contains("[\"tokenizer<br/>WIRED\"]:::wired");
  }

  @Test
  void wiredModulesGetNoDiagnosticUnlessVerboseAndThenExactlyOneNoteEach() {
    Compilation compilation =
        compile(List.of("-Aplumbline.verbose=true"), MAIN, PIPELINE, TOKENIZER);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL004] Wiring from app.Main: 3 modules: 3 WIRED, 0 NOT WIRED, 0 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "NOTE Main.java:8 [plumbline PL005] Module 'cli' is WIRED: app.Main",
            "NOTE Pipeline.java:6 [plumbline PL005] Module 'pipeline' is WIRED: app.Main → app.Pipeline",
            "NOTE Tokenizer.java:7 [plumbline PL005] Module 'tokenizer' is WIRED: app.Main → app.Pipeline"
                + " → app.Tokenizer");
  }

  @Test
  void warningsCanBeTurnedOffWhileCriticalErrorsStay() {
    Compilation compilation =
        compile(List.of("-Aplumbline.warnings=false"), MAIN, PIPELINE, TOKENIZER, STORE, REPORT);

    assertThat(plumblineDiagnostics(compilation))
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).startsWith("ERROR Store.java:8 [plumbline PL001]"))
        .anySatisfy(line -> assertThat(line).startsWith("NOTE [plumbline PL004] Wiring from app.Main"));
  }

  @Test
  void twoModulesWithTheSameNameAreBothDuplicate() {
    JavaFileObject first =
        source(
            "a.Cache",
            "package a;",
            "",
            "@dev.plumbline.annotations.Module(name = \"cache\")",
            "public class Cache {}");
    JavaFileObject second =
        source(
            "b.Cache",
            "package b;",
            "",
            "@dev.plumbline.annotations.Module(name = \"cache\")",
            "public class Cache {}");
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "public class Main {",
            "  a.Cache cache = new a.Cache();",
            "  public static void main(String[] args) {}",
            "}");

    Compilation compilation = compile(first, second, main);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL004] Wiring from app.Main: 3 modules: 1 WIRED, 0 NOT WIRED, 2 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "WARNING Cache.java:4 [plumbline PL003] Module 'cache' (a.Cache) is DUPLICATE: also declared"
                + " by b.Cache. Give each module a unique @Module(name = ...) and keep each class"
                + " in one place.",
            "WARNING Cache.java:4 [plumbline PL003] Module 'cache' (b.Cache) is DUPLICATE: also declared"
                + " by a.Cache. Give each module a unique @Module(name = ...) and keep each class"
                + " in one place.");
    JsonNode modules = wiringJson(compilation).get("modules");
    assertThat(modules.get(0).get("status").asText()).isEqualTo("DUPLICATE");
    assertThat(modules.get(0).get("reachable").asBoolean()).isTrue();
    assertThat(modules.get(1).get("status").asText()).isEqualTo("DUPLICATE");
    assertThat(modules.get(1).get("reachable").asBoolean()).isFalse();
  }

  @Test
  void aPackageModuleTakesTheClassesNoTypeModuleClaims() {
    JavaFileObject packageInfo =
        source(
            "store.package-info",
            "@dev.plumbline.annotations.Module(name = \"storage\", description = \"Persistence\")",
            "@dev.plumbline.annotations.Critical",
            "package store;");
    JavaFileObject disk = source("store.Disk", "package store;", "", "public class Disk {}");
    JavaFileObject index =
        source(
            "store.Index",
            "package store;",
            "",
            "@dev.plumbline.annotations.Module(name = \"index\")",
            "public class Index {}");
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "public class Main {",
            "  static Object disk() { return new store.Disk(); }",
            "  public static void main(String[] args) {}",
            "}");

    Compilation compilation = compile(packageInfo, disk, index, main);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(texts(module(compilation, "storage").get("classes"))).containsExactly("store.Disk");
    assertThat(module(compilation, "storage").get("status").asText()).isEqualTo("WIRED");
    assertThat(module(compilation, "storage").get("critical").asBoolean()).isTrue();
    assertThat(module(compilation, "index").get("status").asText()).isEqualTo("NOT_WIRED");
  }

  @Test
  void nestedTypesBelongToTheirModuleAndAreKeptInTheResult() {
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "@dev.plumbline.annotations.Module(name = \"app\")",
            "public class Main {",
            "  public static class Options {}",
            "  public static void main(String[] args) {}",
            "}");

    Compilation compilation = compile(main);

    JsonNode app = module(compilation, "app");
    assertThat(texts(app.get("classes"))).containsExactly("app.Main", "app.Main$Options");
    // The public API goes to the project memory's structure file, not into the wiring report.
    assertThat(app.has("publicApi")).isFalse();
    assertThat(RecordingListener.last.modules().get(0).publicApi())
        .containsExactly(
            "class app.Main",
            "app.Main#<init>(): void",
            "app.Main#main(java.lang.String[]): void",
            "class app.Main$Options",
            "app.Main$Options#<init>(): void");
    assertThat(texts(app.get("sourceFiles")).get(0)).endsWith("app/Main.java");
  }
}
