// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.io.IOException;
import java.io.StringWriter;
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

  private final JsonFactory factory = new JsonFactory();

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
   * Renders the result (with Jackson's streaming generator, for the reason given in {@link
   * JsonReport}).
   *
   * @param result the run's result
   * @param anchors the anchor key of each module, in the order of {@code result.modules()}
   * @param locator finds the declarations
   * @return SARIF JSON ending with a newline
   * @throws IOException when Jackson cannot write it
   */
  public String render(WiringResult result, List<String> anchors, Locator locator)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("version", "2.1.0");
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "Plumbline");
      json.writeArrayFieldStart("rules");
      for (String id : List.of(CRITICAL_NOT_WIRED, NOT_WIRED, DUPLICATE)) {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", RULES.get(id));
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (int i = 0; i < result.modules().size(); i++) {
        writeFinding(json, result, result.modules().get(i), locator.locate(anchors.get(i)));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return text + "\n";
  }

  private static void writeFinding(
      JsonGenerator json, WiringResult result, ModuleResult module, Optional<SourceLocation> where)
      throws IOException {
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
    json.writeStartObject();
    json.writeStringField("ruleId", rule);
    json.writeStringField("level", rule.equals(CRITICAL_NOT_WIRED) ? "error" : "warning");
    json.writeObjectFieldStart("message");
    json.writeStringField("text", message);
    json.writeEndObject();
    if (where.isPresent()) {
      writeLocation(json, where.get());
    }
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, SourceLocation location)
      throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", location.uri());
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", location.line());
    json.writeNumberField("startColumn", location.column());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }
}
