package dev.plumbline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline rules explain} and {@code plumbline rules baseline}. */
class RulesCommandTest {

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path project;

  @Test
  void explainPrintsTheCheckPageShippedInTheRulesJar() {
    assertThat(PlumblineCli.execute("rules", "explain", "CatchAll")).isZero();
    assertThat(console.out()).startsWith("# CatchAll\n").contains("## Suppression");
  }

  @Test
  void explainKnowsTheOldNameListsTheChecksAndRefusesAnUnknownOne() {
    assertThat(PlumblineCli.execute("rules", "explain", "MissingJavadoc")).isZero();
    assertThat(console.out()).startsWith("[INFO] MissingJavadoc is now called PublicApiJavadoc\n"
        + "# PublicApiJavadoc");
    assertThat(PlumblineCli.execute("rules", "explain")).isZero();
    assertThat(console.out()).contains("[INFO] Plumbline checks: CatchAll, ConcreteInheritance,");
    assertThat(PlumblineCli.execute("rules", "explain", "Nope")).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).startsWith("[ERROR] No Plumbline check is named 'Nope'; the checks"
        + " are CatchAll, ");
  }

  private Path sarif(String... results) throws IOException {
    Path log = project.resolve("app/target/plumbline-rules.sarif");
    Files.createDirectories(log.getParent());
    Files.writeString(log, "{\"version\":\"2.1.0\",\"runs\":[{\"results\":["
        + String.join(",", results) + "]}]}", UTF_8);
    return log;
  }

  private static String result(String check, String member, String snippet) {
    return "{\"ruleId\":\"" + check + "\",\"message\":{\"text\":\"msg " + snippet + "\"},"
        + "\"properties\":{\"file\":\"app/src/main/java/A.java\",\"member\":\"" + member
        + "\",\"snippet\":\"" + snippet + "\"}}";
  }

  @Test
  void baselineRecordsAddsAndRemovesEveryFindingVisibly() throws IOException {
    sarif(result("CatchAll", "a.A#run()", "s1"), result("StatusPrefix", "a.A#run()", "s2"),
        result("StatusPrefix", "a.A#run()", "s2"));
    assertThat(PlumblineCli.execute("rules", "baseline", "-p", project.toString())).isZero();
    Path file = project.resolve("plumbline-baseline.tsv");
    assertThat(Files.readAllLines(file, UTF_8)).hasSize(3).element(1).asString()
        .isEqualTo("app/src/main/java/A.java\tCatchAll\ta.A#run()\ts1\t1\tmsg s1");
    assertThat(console.out()).contains("3 known findings (3 added, 0 removed) from 1 SARIF log");

    sarif(result("StatusPrefix", "a.A#run()", "s2"), result("NoPlaceholder", "a.A", "s3"));
    assertThat(PlumblineCli.execute("rules", "baseline", "-p", project.toString(), "--prune"))
        .isZero();
    assertThat(console.out())
        .contains("[INFO] removed (no longer found): CatchAll in app/src/main/java/A.java"
            + " (a.A#run()): msg s1")
        .contains("[INFO] removed (no longer found): StatusPrefix in")
        .contains("1 known findings (0 added, 2 removed)");
    List<String> lines = Files.readAllLines(file, UTF_8);
    assertThat(lines).hasSize(2).element(1).asString().contains("StatusPrefix");
  }

  @Test
  void baselineWithoutSarifLogsSaysHowToGetThem() {
    assertThat(PlumblineCli.execute("rules", "baseline", "-p", project.toString()))
        .isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).contains("[ERROR] No plumbline-rules.sarif under")
        .contains("-XepOpt:Plumbline:Sarif=");
  }
}
