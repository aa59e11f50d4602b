package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.realJavac;
import static dev.plumbline.processor.WiringCompiler.writeSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report lists every finding with its rule, level, text and declaration line. */
class SarifReportTest {

  @TempDir Path directory;

  @Test
  void findingsCarryRuleLevelMessageAndLocationEvenWhenWarningsAreOff() throws IOException {
    Path sources = directory.resolve("src");
    Path classes = directory.resolve("classes");
    for (var source :
        List.of(ClassificationTest.MAIN, ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER,
            ClassificationTest.STORE, ClassificationTest.REPORT)) {
      writeSource(sources, source);
    }

    // A Maven project: locations are relative to its root, the code-scanning upload's base.
    java.nio.file.Files.writeString(directory.resolve("pom.xml"), "<project/>\n");

    boolean ok = realJavac(sources, classes, List.of("-Aplumbline.warnings=false"));

    assertThat(ok).isFalse(); // the critical store module is not wired
    JsonNode sarif =
        new ObjectMapper().readTree(classes.resolve("META-INF/plumbline/wiring.sarif").toFile());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results).hasSize(2);
    JsonNode report = results.get(0);
    assertThat(report.get("ruleId").asText()).isEqualTo("PL002");
    assertThat(report.get("level").asText()).isEqualTo("warning");
    JsonNode reportLocation = report.get("locations").get(0).get("physicalLocation");
    assertThat(reportLocation.get("artifactLocation").get("uri").asText())
        .isEqualTo("src/extras/Report.java");
    assertThat(reportLocation.get("artifactLocation").get("uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
    assertThat(sarif.get("runs").get(0).at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(directory.toUri().toString());
    // The region starts where the declaration starts: at its first annotation.
    assertThat(reportLocation.get("region").get("startLine").asInt()).isEqualTo(5);
    JsonNode store = results.get(1);
    assertThat(store.get("ruleId").asText()).isEqualTo("PL001");
    assertThat(store.get("level").asText()).isEqualTo("error");
    assertThat(store.get("message").get("text").asText())
        .startsWith("[plumbline PL001] Module 'store' (store.Store) is @Critical and NOT WIRED");
    // At the unwired module's own declaration, not at the entry point.
    assertThat(store.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/store/Store.java");
    assertThat(
            store.get("locations").get(0).get("physicalLocation").get("region").get("startLine")
                .asInt())
        .isEqualTo(6);
  }

  /**
   * A library module that the application does not reach: the application's SARIF result points
   * at the module's declaration in the library's sources (recorded in the library's index), not
   * at the application's entry point.
   */
  @Test
  void aLibraryModulesResultPointsAtItsDeclarationInTheLibrary() throws IOException {
    java.nio.file.Files.writeString(directory.resolve("pom.xml"), "<project/>\n");
    Path libSources = directory.resolve("lib/src/main/java");
    Path libClasses = directory.resolve("lib/target/classes");
    Path appSources = directory.resolve("app/src/main/java");
    Path appClasses = directory.resolve("app/target/classes");
    writeSource(libSources, WiringCompiler.source("text.Tokenizer", "package text;", "",
        "import dev.plumbline.annotations.Module;", "",
        "@Module(name = \"tokenizer\")",
        "public class Tokenizer { public static int count(String s) { return s.length(); } }"));
    writeSource(libSources, WiringCompiler.source("text.Stemmer", "package text;", "",
        "import dev.plumbline.annotations.Module;", "", "/** Stems. */",
        "@Module(name = \"stemmer\")",
        "public class Stemmer { public static String stem(String s) { return s; } }"));
    writeSource(appSources, WiringCompiler.source("app.Main", "package app;", "",
        "public class Main {",
        "  public static void main(String[] args) { text.Tokenizer.count(args[0]); }",
        "}"));
    java.nio.file.Files.createDirectories(libClasses);
    java.nio.file.Files.createDirectories(appClasses);
    List<String> messages = new java.util.ArrayList<>();
    assertThat(realJavac(libSources, libClasses, List.of(), List.of("-Aplumbline.library=lib"),
        messages)).as(messages.toString()).isTrue();
    assertThat(realJavac(appSources, appClasses, List.of(libClasses),
        List.of("-Aplumbline.library=app", "-Aplumbline.entryPoint=app.Main"), messages))
        .as(messages.toString()).isTrue();

    JsonNode results = new ObjectMapper()
        .readTree(appClasses.resolve("META-INF/plumbline/wiring.sarif").toFile())
        .get("runs").get(0).get("results");
    assertThat(results).hasSize(1);
    JsonNode location = results.get(0).at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText())
        .isEqualTo("lib/src/main/java/text/Stemmer.java");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(6);
  }
}
