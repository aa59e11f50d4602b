package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.writeSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TESTED level's compile-time half: a Maven-shaped test compilation (real javac, the main
 * classes and their index on the class path) records which modules each test class references.
 */
class TestReferencesTest {

  private static final List<String> OPTIONS =
      List.of("-Aplumbline.library=demo", "-Aplumbline.entryPoint=shop.App");

  @Test
  void eachTestClassRecordsTheModulesItsMembersAndTestHelpersReference(@TempDir Path work)
      throws IOException {
    Path main = work.resolve("src/main/java");
    Path tests = work.resolve("src/test/java");
    Path classes = Files.createDirectories(work.resolve("target/classes"));
    Path testClasses = Files.createDirectories(work.resolve("target/test-classes"));
    writeSource(main, source("shop.App", "package shop;", "",
        "public class App { public static void main(String[] args) { new Cart().add(); } }"));
    writeSource(main, source("shop.Cart", "package shop;", "",
        "public class Cart { public void add() { new tax.Tax().rate(); } }"));
    writeSource(main, source("tax.Tax", "package tax;", "",
        "public class Tax { public int rate() { return 20; } }"));
    writeSource(main, source("report.Unused", "package report;", "",
        "public class Unused { public String text() { return \"\"; } }"));
    // Direct reference: shop only (Cart's own call into tax does not make CartTest a tax test).
    writeSource(tests, source("shop.CartTest", "package shop;", "",
        "class CartTest { void adds() { new Cart().add(); } }"));
    // Through a member class.
    writeSource(tests, source("tax.TaxTest", "package tax;", "",
        "class TaxTest {",
        "  static class Fixture { Tax make() { return new Tax(); } }",
        "  void rates() { new Fixture().make(); }",
        "}"));
    // Through a helper class of the test sources.
    writeSource(tests, source("helpers.Fixtures", "package helpers;", "",
        "public class Fixtures { public static Object unused() { return new report.Unused(); } }"));
    writeSource(tests, source("report.UnusedTest", "package report;", "",
        "class UnusedTest { Object make() { return helpers.Fixtures.unused(); } }"));
    writeSource(tests, source("other.NothingTest", "package other;", "",
        "class NothingTest { int answer() { return 42; } }"));
    List<String> messages = new ArrayList<>();
    assertThat(WiringCompiler.realJavac(main, classes, List.of(), OPTIONS, messages))
        .as(messages.toString()).isTrue();

    messages.clear();
    assertThat(WiringCompiler.realJavac(
        tests, testClasses, List.of(testClasses, classes), OPTIONS, messages))
        .as(messages.toString()).isTrue();

    JsonNode record = new ObjectMapper().readTree(
        Files.readString(testClasses.resolve(TestReferences.RESOURCE)));
    assertThat(record.get("format").asInt()).isEqualTo(1);
    assertThat(record.get("library").asText()).isEqualTo("demo");
    Map<String, List<String>> references = new LinkedHashMap<>();
    for (JsonNode test : record.get("tests")) {
      List<String> modules = new ArrayList<>();
      test.get("modules").forEach(
          module -> modules.add(module.get("library").asText() + "/" + module.get("name").asText()));
      references.put(test.get("class").asText(), modules);
    }
    assertThat(references).containsExactly(
        Map.entry("helpers.Fixtures", List.of("demo/report")),
        Map.entry("other.NothingTest", List.of()),
        Map.entry("report.UnusedTest", List.of("demo/report")),
        Map.entry("shop.CartTest", List.of("demo/shop")),
        Map.entry("tax.TaxTest", List.of("demo/tax")));
    // The main compilation is an application: it records no test references.
    assertThat(classes.resolve(TestReferences.RESOURCE)).doesNotExist();
  }
}
