package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.wiringJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.plumbline.processor.roots.DeclaredRoots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            "NOTE [plumbline PL004] Wiring from app.Service: 1 module: 1 WIRED, 0 NOT WIRED, 0"
                + " DUPLICATE. Report: META-INF/plumbline/wiring.md",
            "WARNING Service.java:4 [plumbline PL008] app.Service is @EntryPoint but declares no"
                + " main method, and no framework Plumbline recognises starts it. It is verified as"
                + " a root all the same. If a host loads it by name (a plug-in), declare it with"
                + " -Aplumbline.roots or in META-INF/plumbline/roots.txt with the reason, and keep"
                + " @EntryPoint for the class whose main starts the program.");
  }

  @Test
  void classesLoadedByAConstantNameAreReachedAndOthersAreNot() {
    Compilation compilation = compile(
        List.of("-Aplumbline.entryPoint=host.Main"),
        source("host.Main", "package host;", "",
            "import java.lang.invoke.MethodHandles;", "",
            "public class Main {",
            "  static final String JSON = \"plugins.json.JsonPlugin\";",
            "  public static void main(String[] args) throws Exception {",
            "    Class.forName(\"plugins.csv.CsvPlugin\");",
            "    Class.forName(JSON, true, Main.class.getClassLoader());",
            "    ClassLoader.getSystemClassLoader().loadClass(\"plugins.\" + (\"xml.XmlPlugin\"));",
            "    MethodHandles.lookup().findClass(\"plugins.yaml.YamlPlugin\");",
            "    Class.forName(args[0]);",
            "  }",
            "}"),
        source("plugins.csv.CsvPlugin", "package plugins.csv;", "", "public class CsvPlugin {}"),
        source("plugins.json.JsonPlugin", "package plugins.json;", "", "public class JsonPlugin {}"),
        source("plugins.xml.XmlPlugin", "package plugins.xml;", "", "public class XmlPlugin {}"),
        source("plugins.yaml.YamlPlugin", "package plugins.yaml;", "",
            "public class YamlPlugin {}"),
        source("plugins.toml.TomlPlugin", "package plugins.toml;", "",
            "public class TomlPlugin {}"));

    for (String plugin : List.of("plugins.csv", "plugins.json", "plugins.xml", "plugins.yaml")) {
      assertThat(module(compilation, plugin).get("status").asText()).as(plugin).isEqualTo("WIRED");
      assertThat(texts(module(compilation, plugin).get("pathKinds")))
          .containsExactly("entry point", "loaded by name");
    }
    // Loaded from a name only known at run time: no analysis can see it.
    assertThat(module(compilation, "plugins.toml").get("status").asText()).isEqualTo("NOT_WIRED");
  }

  @Test
  void declaredRootsFromTheOptionMatchClassesAndPackages() {
    Compilation compilation = compile(
        List.of("-Aplumbline.entryPoint=host.Main",
            "-Aplumbline.roots=plugins.**, extra.Tool, nothing.Here"),
        source("host.Main", "package host;", "",
            "public class Main { public static void main(String[] args) {} }"),
        source("plugins.csv.CsvPlugin", "package plugins.csv;", "", "public class CsvPlugin {}"),
        source("plugins.CorePlugin", "package plugins;", "", "public class CorePlugin {}"),
        source("extra.Tool", "package extra;", "", "public class Tool {}"),
        source("extra.Other", "package extra;", "", "public class Other {}"),
        source("spare.Spare", "package spare;", "", "public class Spare {}"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(module(compilation, "plugins.csv").get("status").asText()).isEqualTo("WIRED");
    assertThat(module(compilation, "plugins").get("status").asText()).isEqualTo("WIRED");
    assertThat(texts(module(compilation, "extra").get("reachedClasses")))
        .containsExactly("extra.Tool");
    assertThat(texts(module(compilation, "plugins").get("pathKinds")))
        .containsExactly("declared root");
    assertThat(module(compilation, "spare").get("status").asText()).isEqualTo("NOT_WIRED");
    // The option is often set for every module of a reactor: a pattern that matches nothing here
    // is no warning.
    assertThat(plumblineDiagnostics(compilation)).noneMatch(line -> line.contains("PL010"));
    assertThat(WiringCompiler.resource(compilation, "META-INF/plumbline/wiring.md"))
        .contains("| plugins.CorePlugin | declared root | declared by -Aplumbline.roots |")
        .contains("| plugins | WIRED |  | source | [declared root] plugins.CorePlugin |");
  }

  @Test
  void theRootsFileGivesEachRootItsReasonAndRejectsALineWithout(@TempDir Path work)
      throws IOException {
    FileCompilation project = new FileCompilation(work)
        .source("host.Main", "package host;", "",
            "public class Main { public static void main(String[] args) {} }")
        .source("plugins.csv.CsvPlugin", "package plugins.csv;", "", "public class CsvPlugin {}")
        .options("-Aplumbline.entryPoint=host.Main");
    FileCompilation.Result declared = project
        .resource(DeclaredRoots.FILE,
            "# plug-ins the host loads by the names in its configuration",
            "plugins.**   loaded by name from host.yaml",
            "plugins.gone.Old   removed last year")
        .compile(FileCompilation.Mode.PROCESSOR);

    assertThat(declared.success()).isTrue();
    assertThat(declared.status("plugins.csv")).isEqualTo("WIRED");
    assertThat(declared.json().get("roots").get(1).get("reason").asText())
        .isEqualTo("loaded by name from host.yaml (META-INF/plumbline/roots.txt:2)");
    assertThat(declared.plumbline())
        .contains("WARNING [plumbline PL010] Declared root 'plugins.gone.Old'"
            + " (META-INF/plumbline/roots.txt:3) matches no class of this compilation.");

    FileCompilation.Result noReason = new FileCompilation(work.resolve("second"))
        .source("host.Main", "package host;", "",
            "public class Main { public static void main(String[] args) {} }")
        .resource(DeclaredRoots.FILE, "plugins.*")
        .options("-Aplumbline.entryPoint=host.Main")
        .compile(FileCompilation.Mode.PROCESSOR);

    assertThat(noReason.success()).isFalse();
    assertThat(noReason.plumbline())
        .containsExactly("ERROR [plumbline PL009] META-INF/plumbline/roots.txt:1: 'plugins.*' has"
            + " no reason: write why something loads it after the pattern, e.g. 'plugins.*"
            + " loaded by name from plugins.yaml'.");
  }

  @Test
  void aLibrarysRootsCountInTheApplicationThatUsesIt(@TempDir Path work) throws IOException {
    Compilation library = compile(
        List.of("-Aplumbline.library=plugins", "-Aplumbline.roots=plugins.csv.*"),
        source("plugins.csv.CsvPlugin", "package plugins.csv;", "", "public class CsvPlugin {}"),
        source("plugins.json.JsonPlugin", "package plugins.json;", "",
            "public class JsonPlugin {}"));
    assertThat(wiringJson(library).get("roots").toString())
        .isEqualTo("[{\"class\":\"plugins.csv.CsvPlugin\",\"kind\":\"DECLARED\","
            + "\"reason\":\"declared by -Aplumbline.roots\"}]");
    WiringCompiler.writeClasses(library, work);

    Compilation app = WiringCompiler.compileWithClasspath(List.of(work.toFile()), List.of(),
        source("host.Main", "package host;", "", "@dev.plumbline.annotations.EntryPoint",
            "public class Main { public static void main(String[] args) {} }"));

    assertThat(module(app, "plugins.csv").get("status").asText()).isEqualTo("WIRED");
    assertThat(module(app, "plugins.json").get("status").asText()).isEqualTo("NOT_WIRED");
  }
}
