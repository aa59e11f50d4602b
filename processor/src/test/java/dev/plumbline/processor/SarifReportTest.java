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
        .endsWith("src/extras/Report.java");
    // The region starts where the declaration starts: at its first annotation.
    assertThat(reportLocation.get("region").get("startLine").asInt()).isEqualTo(5);
    JsonNode store = results.get(1);
    assertThat(store.get("ruleId").asText()).isEqualTo("PL001");
    assertThat(store.get("level").asText()).isEqualTo("error");
    assertThat(store.get("message").get("text").asText())
        .startsWith("[plumbline PL001] Module 'store' (store.Store) is @Critical and NOT WIRED");
    assertThat(
            store.get("locations").get(0).get("physicalLocation").get("region").get("startLine")
                .asInt())
        .isEqualTo(6);
  }
}
