// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report for code-scanning tools, {@code META-INF/plumbline/wiring.sarif} (SARIF 2.1.0): one
 * result per module that has a finding, with the same text and level as the compiler diagnostic
 * and the declaration's file and line. It always lists every finding, also when
 * {@code -Aplumbline.warnings=false} keeps the warnings out of the compiler output.
 */
public final class SarifReport {

  /** Where the report goes in the class output. */
  public static final String RESOURCE = "META-INF/plumbline/wiring.sarif";

  /** Rule of a critical module that is not wired. */
  public static final String CRITICAL_NOT_WIRED = "PL001";
  /** Rule of any other module that is not wired. */
  public static final String NOT_WIRED = "PL002";
  /** Rule of a duplicate module. */
  public static final String DUPLICATE = "PL003";

  private static final Map<String, String> RULES =
      Map.of(
          CRITICAL_NOT_WIRED, "A @Critical module is not reachable from the entry point",
          NOT_WIRED, "A module is not reachable from the entry point",
          DUPLICATE, "Two modules declare the same name, or a class exists in two places");

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Finds the location of a module's declaration (by its anchor key), if it is in the sources. */
  public interface Locator {
    /**
     * Locates a declaration.
     *
     * @param anchor the binary name of a class or the name of a package
     * @return its location, empty when it is not in the sources
     */
    Optional<SourceLocation> locate(String anchor);
  }

  /**
   * Renders the result.
   *
   * @param result the run's result
   * @param anchors the anchor key of each module, in the order of {@code result.modules()}
   * @param locator finds the declarations
   * @return SARIF JSON ending with a newline
   * @throws JsonProcessingException when Jackson cannot serialize it
   */
  public String render(WiringResult result, List<String> anchors, Locator locator)
      throws JsonProcessingException {
    ObjectNode sarif = mapper.createObjectNode();
    sarif.put("version", "2.1.0");
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    ObjectNode run = sarif.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Plumbline");
    ArrayNode rules = driver.putArray("rules");
    for (String id : List.of(CRITICAL_NOT_WIRED, NOT_WIRED, DUPLICATE)) {
      ObjectNode rule = rules.addObject();
      rule.put("id", id);
      rule.putObject("shortDescription").put("text", RULES.get(id));
    }
    ArrayNode results = run.putArray("results");
    for (int i = 0; i < result.modules().size(); i++) {
      addFinding(results, result, result.modules().get(i), locator.locate(anchors.get(i)));
    }
    return mapper.writeValueAsString(sarif) + "\n";
  }

  private static void addFinding(
      ArrayNode results, WiringResult result, ModuleResult module, Optional<SourceLocation> where) {
    boolean unreachable = result.hasEntryPoint() && !result.partial() && !module.reachable();
    String rule;
    String message;
    if (unreachable && module.critical()) {
      rule = CRITICAL_NOT_WIRED;
      message = DiagnosticMessages.notWired(module, module.declaration(), result.entryPoint());
    } else if (module.status() == ModuleStatus.DUPLICATE) {
      rule = DUPLICATE;
      message = DiagnosticMessages.duplicate(module, module.declaration());
    } else if (module.status() == ModuleStatus.NOT_WIRED) {
      rule = NOT_WIRED;
      message = DiagnosticMessages.notWired(module, module.declaration(), result.entryPoint());
    } else {
      return;
    }
    ObjectNode finding = results.addObject();
    finding.put("ruleId", rule);
    finding.put("level", rule.equals(CRITICAL_NOT_WIRED) ? "error" : "warning");
    finding.putObject("message").put("text", message);
    where.ifPresent(
        location -> {
          ObjectNode physical =
              finding.putArray("locations").addObject().putObject("physicalLocation");
          physical.putObject("artifactLocation").put("uri", location.uri());
          ObjectNode region = physical.putObject("region");
          region.put("startLine", location.line());
          region.put("startColumn", location.column());
        });
  }
}
