package dev.plumbline.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.rules.baseline.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF log and the baseline, through real javac and Error Prone: the log validates against
 * the official SARIF 2.1.0 schema; a recorded baseline turns today's findings into notes, keeps
 * them known when methods move, the file is reformatted and unrelated lines change, and lets a new
 * violation through.
 */
class SarifAndBaselineTest {

  @TempDir Path project;

  private Path sarif;
  private Path baseline;

  @BeforeEach
  void locateOutputs() {
    sarif = project.resolve("target/plumbline-rules.sarif");
    baseline = project.resolve("plumbline-baseline.tsv");
  }

  private Path write(String... lines) throws IOException {
    return RealJavac.write(project, "src/main/java/demo/Service.java", lines);
  }

  private RealJavac.Result compile(Path source, String... extraFlags) throws IOException {
    String flags = "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:StatusPrefix:WARN"
        + " -Xep:CatchAll:ERROR -Xep:PublicApiJavadoc:WARN"
        + " -XepOpt:Plumbline:ProjectRoot=" + project
        + " -XepOpt:Plumbline:Sarif=" + sarif + " " + String.join(" ", extraFlags);
    return RealJavac.compile(project, flags, source);
  }

  private static final String[] ORIGINAL = {
    "package demo;",
    "",
    "/** A service. */",
    "public class Service {",
    "  /** Starts. */",
    "  public void start() {",
    "    System.out.println(\"started\");",
    "  }",
    "",
    "  public void stop(Runnable task) {",
    "    try {",
    "      task.run();",
    "    } catch (Exception e) {",
    "      System.err.println(\"[ERROR] \" + e);",
    "    }",
    "  }",
    "}",
  };

  /** The same class: methods swapped, reformatted, an unrelated field and comment added. */
  private static final String[] EDITED = {
    "package demo;",
    "",
    "/** A service. */",
    "public class Service {",
    "  private int unrelated = 1;",
    "",
    "  public void stop(",
    "      Runnable task) {",
    "    // an unrelated comment",
    "    try { task.run(); }",
    "    catch (Exception e) { System.err.println(\"[ERROR] \" + e); }",
    "  }",
    "",
    "  /** Starts. */",
    "  public void start() {",
    "    System.out",
    "        .println(\"started\");",
    "  }",
    "}",
  };

  private static List<String> plumblineFindings(RealJavac.Result result) {
    return result.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).matches("(?s)\\[[A-Za-z]+\\].*"))
        .map(d -> d.getKind() + " " + d.getLineNumber() + " "
            + d.getMessage(Locale.ROOT).substring(0, d.getMessage(Locale.ROOT).indexOf(']') + 1))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void sarifLogValidatesAgainstTheOfficialSchemaAndCarriesRulesLocationsAndFixes()
      throws IOException {
    RealJavac.Result result = compile(write(ORIGINAL),
        "-XepOpt:Plumbline:DocsUrl=https://example.com/rules/");
    assertThat(result.success()).isFalse(); // CatchAll is an error
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());

    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new String(in.readAllBytes(), UTF_8), InputFormat.JSON);
    }
    assertThat(schema.validate(log)).isEmpty();

    JsonNode run = log.get("runs").get(0);
    assertThat(run.get("originalUriBaseIds").get("PROJECTROOT").get("uri").asText())
        .isEqualTo(project.toUri().toString());
    List<String> results = new ArrayList<>();
    for (JsonNode finding : run.get("results")) {
      JsonNode location = finding.get("locations").get(0).get("physicalLocation");
      results.add(finding.get("ruleId").asText() + " " + finding.get("level").asText() + " "
          + location.get("artifactLocation").get("uri").asText() + ":"
          + location.get("region").get("startLine").asInt());
    }
    assertThat(results).containsExactlyInAnyOrder(
        "StatusPrefix warning src/main/java/demo/Service.java:7",
        "PublicApiJavadoc warning src/main/java/demo/Service.java:10",
        "CatchAll error src/main/java/demo/Service.java:13");
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("helpUri").asText()).startsWith("https://example.com/rules/");
    assertThat(rule.get("help").get("markdown").asText()).startsWith("# ");
    JsonNode statusPrefix = findResult(run, "StatusPrefix");
    JsonNode replacement = statusPrefix.get("fixes").get(0).get("artifactChanges").get(0)
        .get("replacements").get(0);
    assertThat(replacement.get("insertedContent").get("text").asText()).isEqualTo("[INFO] ");
    assertThat(replacement.get("deletedRegion").get("startLine").asInt()).isEqualTo(7);
    assertThat(replacement.get("deletedRegion").get("startColumn").asInt()).isEqualTo(25);
  }

  private static JsonNode findResult(JsonNode run, String ruleId) {
    for (JsonNode finding : run.get("results")) {
      if (finding.get("ruleId").asText().equals(ruleId)) {
        return finding;
      }
    }
    throw new AssertionError("no " + ruleId + " result");
  }

  @Test
  void baselineKeepsKnownFindingsAsNotesThroughEditsAndReportsTheNewOne() throws IOException {
    RealJavac.Result recording = compile(write(ORIGINAL), "-XepOpt:Plumbline:BaselineRecord=true");
    assertThat(recording.success()).as("a recording build never fails").isTrue();
    Baseline.of(entriesOf(sarif)).write(project.resolve("plumbline-baseline.tsv"));
    assertThat(Baseline.read(baseline).findings()).isEqualTo(3);

    String withBaseline = "-XepOpt:Plumbline:Baseline=" + baseline;
    RealJavac.Result known = compile(write(ORIGINAL), withBaseline);
    assertThat(known.success()).isTrue();
    assertThat(plumblineFindings(known)).containsExactly(
        "NOTE 10 [PublicApiJavadoc]", "NOTE 13 [CatchAll]", "NOTE 7 [StatusPrefix]");

    RealJavac.Result edited = compile(write(EDITED), withBaseline);
    assertThat(edited.success()).isTrue();
    assertThat(plumblineFindings(edited)).allMatch(line -> line.startsWith("NOTE"));
    assertThat(plumblineFindings(edited)).hasSize(3);

    List<String> withNewViolation = new ArrayList<>(List.of(EDITED));
    withNewViolation.add(withNewViolation.size() - 1, "  public void added() {}");
    RealJavac.Result added = compile(write(withNewViolation.toArray(new String[0])),
        withBaseline);
    assertThat(plumblineFindings(added)).filteredOn(line -> !line.startsWith("NOTE"))
        .containsExactly(Diagnostic.Kind.WARNING + " 19 [PublicApiJavadoc]");
  }

  /**
   * The baseline is read once per compilation, never kept between compilations: a build tool
   * that runs javac in its own JVM (Maven's in-process compiler, an IDE) sees the file as it is
   * now in each compilation.
   */
  @Test
  void aChangedBaselineIsReadAgainByTheNextCompilationInTheSameJvm() throws IOException {
    compile(write(ORIGINAL), "-XepOpt:Plumbline:BaselineRecord=true");
    List<Baseline.Entry> recorded = entriesOf(sarif);
    Baseline.of(recorded).write(baseline);
    String withBaseline = "-XepOpt:Plumbline:Baseline=" + baseline;
    assertThat(plumblineFindings(compile(write(ORIGINAL), withBaseline))).containsExactly(
        "NOTE 10 [PublicApiJavadoc]", "NOTE 13 [CatchAll]", "NOTE 7 [StatusPrefix]");

    Baseline.of(recorded.stream().filter(entry -> !entry.key().check().equals("CatchAll"))
        .collect(Collectors.toList())).write(baseline);
    assertThat(plumblineFindings(compile(write(ORIGINAL), withBaseline))).containsExactly(
        "ERROR 13 [CatchAll]", "NOTE 10 [PublicApiJavadoc]", "NOTE 7 [StatusPrefix]");

    Baseline.of(List.of()).write(baseline);
    assertThat(plumblineFindings(compile(write(ORIGINAL), withBaseline))).containsExactly(
        "ERROR 13 [CatchAll]", "WARNING 10 [PublicApiJavadoc]", "WARNING 7 [StatusPrefix]");
  }

  /**
   * Without a baseline and a SARIF log no finding's site is computed, and the severities are
   * still the configured ones (a recording build demotes errors to warnings).
   */
  @Test
  void withoutBaselineOrSarifFindingsKeepTheirSeverities() throws IOException {
    String checks = "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:StatusPrefix:WARN"
        + " -Xep:CatchAll:ERROR -Xep:PublicApiJavadoc:WARN";
    RealJavac.Result plain = RealJavac.compile(project, checks, write(ORIGINAL));
    assertThat(plain.success()).isFalse();
    assertThat(plumblineFindings(plain)).containsExactly(
        "ERROR 13 [CatchAll]", "WARNING 10 [PublicApiJavadoc]", "WARNING 7 [StatusPrefix]");
    RealJavac.Result recording = RealJavac.compile(project,
        checks + " -XepOpt:Plumbline:BaselineRecord=true", write(ORIGINAL));
    assertThat(recording.success()).isTrue();
    assertThat(plumblineFindings(recording)).containsExactly(
        "WARNING 10 [PublicApiJavadoc]", "WARNING 13 [CatchAll]", "WARNING 7 [StatusPrefix]");
    assertThat(sarif).doesNotExist();
  }

  /**
   * A check with several findings is one SARIF rule: the summary of its first finding and its
   * page from the rules jar, read once per compilation.
   */
  @Test
  void aCheckWithSeveralFindingsIsOneRuleWithItsPage() throws IOException {
    compile(RealJavac.write(project, "src/main/java/demo/Loud.java",
        "package demo;",
        "",
        "/** Loud. */",
        "public class Loud {",
        "  /** Talks. */",
        "  public void talk() {",
        "    System.out.println(\"first\");",
        "    System.err.println(\"second\");",
        "  }",
        "}"));
    JsonNode run = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0);
    List<String> ruleIds = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    assertThat(ruleIds).containsExactly("StatusPrefix");
    assertThat(run.get("results")).hasSize(2);
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("shortDescription").get("text").asText())
        .isEqualTo(run.get("results").get(0).get("message").get("text").asText())
        .isNotEqualTo(run.get("results").get(1).get("message").get("text").asText());
    String page;
    try (InputStream in = getClass().getResourceAsStream(
        "/dev/plumbline/rules/docs/StatusPrefix.md")) {
      page = new String(in.readAllBytes(), UTF_8);
    }
    assertThat(rule.get("help").get("markdown").asText()).isEqualTo(page);
  }

  /** What `plumbline rules baseline` does with a SARIF log, in short. */
  private static List<Baseline.Entry> entriesOf(Path sarif) throws IOException {
    List<Baseline.Entry> entries = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0)
        .get("results")) {
      JsonNode properties = finding.get("properties");
      entries.add(new Baseline.Entry(new Baseline.Key(properties.get("file").asText(),
          finding.get("ruleId").asText(), properties.get("member").asText(),
          properties.get("snippet").asText()), 1,
          finding.get("message").get("text").asText()));
    }
    return entries;
  }

  @Test
  void aDamagedBaselineIsOneErrorNamingTheLine() throws IOException {
    Files.createDirectories(project);
    Files.writeString(project.resolve("plumbline-baseline.tsv"), "not\ta baseline\n", UTF_8);
    RealJavac.Result result = compile(write(ORIGINAL),
        "-XepOpt:Plumbline:Baseline=" + project.resolve("plumbline-baseline.tsv"));
    assertThat(result.everything()).doesNotContain("exception has occurred");
    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).getMessage(Locale.ROOT))
        .contains("plumbline-baseline.tsv:1: not a baseline entry");
  }
}
