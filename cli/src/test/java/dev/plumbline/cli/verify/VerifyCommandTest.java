package dev.plumbline.cli.verify;

import static dev.plumbline.cli.verify.TestReportsTest.failed;
import static dev.plumbline.cli.verify.TestReportsTest.passed;
import static dev.plumbline.cli.verify.TestReportsTest.report;
import static dev.plumbline.cli.verify.TestReportsTest.skipped;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.cli.ConsoleCapture;
import dev.plumbline.cli.PlumblineCli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumbline verify} on a two-module build tree laid out as Maven leaves it: an application
 * ({@code app}) and a library ({@code lib}), each with its wiring report, class files, test
 * references, Surefire/Failsafe reports, and one agent record of a run.
 *
 * <ul>
 *   <li>{@code app}: critical, tested, wired, ran: COMPLETE;
 *   <li>{@code audit}: no test references it, wired, ran: ACTIVE (not TESTED);
 *   <li>{@code report}: critical, its only test fails, NOT WIRED, never ran: EXISTS;
 *   <li>{@code greeting} (lib): tested in the library, wired only through the application's
 *       report, ran: COMPLETE;
 *   <li>{@code stemmer} (lib): its only test is skipped, NOT WIRED, loaded but never run: EXISTS.
 * </ul>
 */
class VerifyCommandTest {

  @TempDir Path root;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeEach
  void build() throws IOException {
    source("app", "app/Main.java", "package app;", "", "import dev.plumbline.annotations.Critical;",
        "", "@Critical(reason = \"the program\")", "public class Main {}");
    source("app", "app/audit/Audit.java", "package app.audit;", "", "public class Audit {}");
    source("app", "app/report/package-info.java", "/** Reports. */",
        "@dev.plumbline.annotations.Critical(reason = \"the output\")", "package app.report;");
    source("app", "app/report/Report.java", "package app.report;", "", "public class Report {}");
    source("lib", "lib/greeting/Greeter.java", "package lib.greeting;", "",
        "public class Greeter {}");
    source("lib", "lib/stemmer/Stemmer.java", "package lib.stemmer;", "",
        "/** Stems words. */", "@dev.plumbline.annotations.Module(\"stemmer\")",
        "public class Stemmer {}");
    write("app/target/classes/META-INF/plumbline/wiring.json", wiring("APPLICATION", "app.Main",
        "app", false,
        module("app", "app.Main", "WIRED", true, "source", true, "app/Main.java", "app.Main"),
        module("audit", "app.audit", "WIRED", false, "source", true, "app/audit/Audit.java",
            "app.audit.Audit"),
        module("report", "app.report", "NOT_WIRED", true, "source", false,
            "app/report/Report.java", "app.report.Report"),
        module("greeting", "lib.greeting", "WIRED", false, "library:lib", true, "",
            "lib.greeting.Greeter"),
        module("stemmer", "lib.stemmer.Stemmer", "NOT_WIRED", false, "library:lib", false, "",
            "lib.stemmer.Stemmer")));
    write("lib/target/classes/META-INF/plumbline/wiring.json", wiring("LIBRARY", "", "lib", false,
        module("greeting", "lib.greeting", "UNVERIFIED", false, "source", false,
            "lib/greeting/Greeter.java", "lib.greeting.Greeter"),
        module("stemmer", "lib.stemmer.Stemmer", "UNVERIFIED", false, "source", false,
            "lib/stemmer/Stemmer.java", "lib.stemmer.Stemmer")));
    for (String className : List.of("app.Main", "app.audit.Audit", "app.report.Report")) {
      write("app/target/classes/" + className.replace('.', '/') + ".class", "");
    }
    for (String className : List.of("lib.greeting.Greeter", "lib.stemmer.Stemmer")) {
      write("lib/target/classes/" + className.replace('.', '/') + ".class", "");
    }
    write("app/target/test-classes/META-INF/plumbline/test-references.json", references("app",
        "app.MainTest", "app/app", "app.report.ReportTest", "app/report"));
    write("lib/target/test-classes/META-INF/plumbline/test-references.json", references("lib",
        "lib.greeting.GreeterTest", "lib/greeting", "lib.stemmer.StemmerIT", "lib/stemmer"));
    write("app/target/surefire-reports/TEST-app.MainTest.xml", report("surefire", "app.MainTest",
        passed("app.MainTest", "runs()")));
    write("app/target/surefire-reports/TEST-app.report.ReportTest.xml", report("surefire",
        "app.report.ReportTest", failed("app.report.ReportTest", "prints()")));
    write("lib/target/surefire-reports/TEST-lib.greeting.GreeterTest.xml", report("surefire",
        "lib.greeting.GreeterTest", passed("lib.greeting.GreeterTest", "greets()")));
    write("lib/target/failsafe-reports/TEST-lib.stemmer.StemmerIT.xml", report("failsafe",
        "lib.stemmer.StemmerIT", skipped("lib.stemmer.StemmerIT", "stems()")));
    write("app/target/plumbline/activity/activity-1700000000000-42.json", activity(
        List.of("app.Main", "app.audit.Audit", "lib.greeting.Greeter"),
        List.of("app.Main", "app.audit.Audit", "lib.greeting.Greeter", "lib.stemmer.Stemmer")));
  }

  @Test
  void eachLevelComesFromItsSourceOfTruth() throws IOException {
    int exit = PlumblineCli.execute("verify", "-p", root.toString(), "--no-memory");

    assertThat(exit).as(console.err()).isEqualTo(1);
    assertThat(console.out()).contains(
        "[INFO] module             EXISTS  TESTED  WIRED   ACTIVE  COMPLETE  integration\n"
            + "[INFO] app (critical)     yes     yes     yes     yes     yes       COMPLETE\n"
            + "[INFO] audit              yes     -       yes     yes     -         ACTIVE\n"
            + "[INFO] report (critical)  yes     -       -       -       -         EXISTS\n"
            + "[INFO] greeting           yes     yes     yes     yes     yes       COMPLETE\n"
            + "[INFO] stemmer            yes     -       -       -       -         EXISTS\n"
            + "[INFO] Counts: EXISTS 5, TESTED 2, WIRED 3, ACTIVE 3, COMPLETE 2 of 5 modules.\n");
    assertThat(console.err()).isEqualTo(
        "[ERROR] @Critical module 'report' (app.report) is NOT WIRED. Critical because: the"
            + " output.\n");
    JsonNode json = MAPPER.readTree(root.resolve("target/plumbline/levels.json").toFile());
    Map<String, String> evidence = new TreeMap<>();
    for (JsonNode module : json.get("modules")) {
      evidence.put(module.get("name").asText(), module.get("integration").asText() + " tested by "
          + module.get("testedBy") + " not passing " + module.get("testsNotPassing")
          + " executed " + module.get("executed") + " wiring " + module.get("wiring"));
    }
    assertThat(evidence).containsExactly(
        Map.entry("app", "COMPLETE tested by [\"app.MainTest\"] not passing [] executed"
            + " [\"app.Main\"] wiring \"WIRED\""),
        Map.entry("audit", "ACTIVE tested by [] not passing [] executed [\"app.audit.Audit\"]"
            + " wiring \"WIRED\""),
        Map.entry("greeting", "COMPLETE tested by [\"lib.greeting.GreeterTest\"] not passing []"
            + " executed [\"lib.greeting.Greeter\"] wiring \"WIRED\""),
        Map.entry("report", "EXISTS tested by [] not passing [\"app.report.ReportTest\"] executed"
            + " [] wiring \"NOT_WIRED\""),
        Map.entry("stemmer", "EXISTS tested by [] not passing [\"lib.stemmer.StemmerIT\"] executed"
            + " [] wiring \"NOT_WIRED\""));
    assertThat(json.get("counts").toString()).isEqualTo(
        "{\"EXISTS\":5,\"TESTED\":2,\"WIRED\":3,\"ACTIVE\":3,\"COMPLETE\":2,\"total\":5}");
    String markdown = Files.readString(root.resolve("target/plumbline/levels.md"));
    assertThat(markdown)
        .contains("| report (critical) | ✓ | ✗ | ✗ | ✗ | ✗ | EXISTS |\n")
        .contains("  m2[\"report<br/>EXISTS\"]:::exists\n")
        .contains("  classDef complete fill:#198754");
  }

  @Test
  void withoutTheCriticalGapItPassesAndRequireCompleteFailsOnEachCriticalModuleBelowIt()
      throws IOException {
    // The report's test is fixed and the module wired and run: WIRED alone no longer fails.
    write("app/target/surefire-reports/TEST-app.report.ReportTest.xml", report("surefire",
        "app.report.ReportTest", passed("app.report.ReportTest", "prints()")));
    String wiring = Files.readString(root.resolve("app/target/classes/META-INF/plumbline/wiring.json"))
        .replace(module("report", "app.report", "NOT_WIRED", true, "source", false,
            "app/report/Report.java", "app.report.Report"),
            module("report", "app.report", "WIRED", true, "source", true,
                "app/report/Report.java", "app.report.Report"));
    write("app/target/classes/META-INF/plumbline/wiring.json", wiring);

    assertThat(PlumblineCli.execute("verify", "-p", root.toString(), "--no-memory"))
        .as(console.err()).isEqualTo(0);
    assertThat(console.out()).endsWith("✓ No @Critical module is below WIRED.\n");

    assertThat(PlumblineCli.execute("verify", "-p", root.toString(), "--no-memory",
        "--require", "COMPLETE")).isEqualTo(1);
    assertThat(console.err()).isEqualTo("[ERROR] @Critical module 'report' (app.report) is WIRED,"
        + " below COMPLETE: not ACTIVE. None of its code ran in the agent's records: run the"
        + " program with -javaagent:plumbline-agent.jar on a path that uses it.\n");
  }

  @Test
  void theSarifValidatesAgainstTheOfficialSchemaAndPointsAtEachDeclaration() throws IOException {
    PlumblineCli.execute("verify", "-p", root.toString(), "--no-memory");

    String sarif = Files.readString(root.resolve("target/plumbline/levels.sarif"));
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new String(in.readAllBytes(), UTF_8), InputFormat.JSON);
    }
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertThat(errors).isEmpty();
    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(root.toUri().toString());
    List<String> results = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      results.add(result.get("ruleId").asText() + " " + result.get("level").asText() + " "
          + location.at("/artifactLocation/uri").asText() + " "
          + location.at("/artifactLocation/uriBaseId").asText() + ":"
          + location.at("/region/startLine").asInt());
    }
    // Below WIRED: the critical package module (at its package-info annotation) and the library
    // module (at its @Module line), both relative to the project root.
    assertThat(results).containsExactly(
        "PL103 error app/src/main/java/app/report/package-info.java %SRCROOT%:2",
        "PL103 warning lib/src/main/java/lib/stemmer/Stemmer.java %SRCROOT%:4");
  }

  @Test
  void theProjectMemoryTakesTheMeasuredLevelsInOneVocabulary() throws IOException {
    write(".claude/project_structure.json", "{\n  \"schemaVersion\" : 1,\n  \"generatedBy\" :"
        + " \"plumbline\",\n  \"modules\" : {\n"
        + "    \"app\" : { \"status\" : \"active\", \"integration\" : \"WIRED\", \"critical\" :"
        + " true },\n"
        + "    \"stemmer\" : { \"status\" : \"active\", \"integration\" : \"EXISTS\", \"critical\" :"
        + " false, \"note\" : \"kept by people\" },\n"
        + "    \"planned\" : { \"status\" : \"planned\" }\n  }\n}\n");

    PlumblineCli.execute("verify", "-p", root.toString());

    JsonNode structure = MAPPER.readTree(root.resolve(".claude/project_structure.json").toFile());
    assertThat(structure.at("/modules/app/integration").asText()).isEqualTo("COMPLETE");
    assertThat(structure.at("/modules/stemmer/integration").asText()).isEqualTo("EXISTS");
    assertThat(structure.at("/modules/stemmer/note").asText()).isEqualTo("kept by people");
    assertThat(structure.at("/modules/planned").toString()).isEqualTo("{\"status\":\"planned\"}");
    assertThat(structure.at("/modules/audit").isMissingNode()).isTrue();
    assertThat(console.out()).contains("[INFO] Project memory: 'integration' updated for app");
    JsonNode levels = MAPPER.readTree(root.resolve("target/plumbline/levels.json").toFile());
    for (JsonNode module : levels.get("modules")) {
      JsonNode entry = structure.at("/modules/" + module.get("name").asText() + "/integration");
      if (!entry.isMissingNode()) {
        assertThat(entry.asText()).as(module.get("name").asText())
            .isEqualTo(module.get("integration").asText());
      }
    }

    PlumblineCli.execute("verify", "-p", root.toString());
    assertThat(console.out()).contains(
        "[INFO] Project memory: every module's 'integration' already says its level.");
  }

  @Test
  void aBuildWithoutReportsIsNamedWithItsFix() {
    assertThat(PlumblineCli.execute("verify", "-p", root.resolve("app/src").toString()))
        .isEqualTo(1);
    assertThat(console.err()).startsWith("[ERROR] No wiring report under ");
  }

  private void source(String module, String path, String... lines) throws IOException {
    write(module + "/src/main/java/" + path, String.join("\n", lines) + "\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  private String wiring(String compilation, String entryPoint, String library, boolean partial,
      String... modules) {
    return "{\n  \"compilation\" : \"" + compilation + "\",\n  \"entryPoint\" : \"" + entryPoint
        + "\",\n  \"library\" : \"" + library + "\",\n  \"partial\" : " + partial
        + ",\n  \"modules\" : [ " + String.join(",\n", modules) + " ]\n}\n";
  }

  private String module(String name, String declaration, String status, boolean critical,
      String origin, boolean reachable, String sourceFile, String className) {
    String uri = sourceFile.isEmpty() ? "" : "\"" + root.resolve(rootModule(className))
        .resolve("src/main/java").resolve(sourceFile).toUri() + "\"";
    String extraUri = declaration.equals("app.report") && origin.equals("source") ? ", \""
        + root.resolve("app/src/main/java/app/report/package-info.java").toUri() + "\"" : "";
    return "{ \"name\" : \"" + name + "\", \"description\" : \"\", \"status\" : \"" + status
        + "\", \"critical\" : " + critical + ", \"criticalReason\" : \""
        + (critical ? (name.equals("app") ? "the program" : "the output") : "")
        + "\", \"origin\" : \"" + origin + "\", \"declaration\" : \"" + declaration
        + "\", \"reachable\" : " + reachable + ", \"classes\" : [ \"" + className
        + "\" ], \"sourceFiles\" : [ " + uri + extraUri + " ], \"dependsOn\" : [ ] }";
  }

  /** The Maven module of a class: {@code app.*} in app/, {@code lib.*} in lib/. */
  private static String rootModule(String className) {
    return className.substring(0, className.indexOf('.'));
  }

  private static String references(String library, String... testsAndModules) {
    StringBuilder json = new StringBuilder("{\n  \"format\" : 1,\n  \"library\" : \"" + library
        + "\",\n  \"tests\" : [ ");
    for (int i = 0; i < testsAndModules.length; i += 2) {
      String[] module = testsAndModules[i + 1].split("/");
      json.append(i == 0 ? "" : ", ").append("{ \"class\" : \"").append(testsAndModules[i])
          .append("\", \"modules\" : [ { \"library\" : \"").append(module[0])
          .append("\", \"name\" : \"").append(module[1]).append("\" } ] }");
    }
    return json.append(" ]\n}\n").toString();
  }

  private static String activity(List<String> executed, List<String> loaded) {
    return "{\n  \"format\": 1,\n  \"tool\": \"plumbline-agent\",\n  \"mainClass\": \"app.Main\",\n"
        + "  \"pid\": 42,\n  \"started\": \"2026-12-03T14:00:00Z\",\n  \"ended\":"
        + " \"2026-12-03T14:00:01Z\",\n  \"include\": [],\n  \"exclude\": [],\n  \"executed\": "
        + quoted(executed) + ",\n  \"loaded\": " + quoted(loaded) + ",\n  \"notInstrumented\": []\n}\n";
  }

  private static String quoted(List<String> names) {
    return "[" + String.join(", ", names.stream().map(name -> "\"" + name + "\"").toList()) + "]";
  }
}
