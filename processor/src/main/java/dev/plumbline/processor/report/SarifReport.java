// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.WiringResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

/**
 * The report for code-scanning tools, {@code META-INF/plumbline/wiring.sarif} (SARIF 2.1.0): one
 * result per module that has a finding, with the same text and level as the compiler diagnostic
 * and the declaration's file and line. It always lists every finding, also when
 * {@code -Aplumbline.warnings=false} keeps the warnings out of the compiler output.
 */
final class SarifReport {

  /** Where the report goes in the class output. */
  static final String RESOURCE = "META-INF/plumbline/wiring.sarif";

  /** The rules a finding can have: the ids of the diagnostics about modules. */
  private static final List<DiagnosticId> RULES =
      List.of(DiagnosticId.CRITICAL_NOT_WIRED, DiagnosticId.NOT_WIRED, DiagnosticId.DUPLICATE);

  private final JsonFactory factory = new JsonFactory();

  /** Finds the location of a module's declaration (by its anchor key), if it is in the sources. */
  interface Locator {
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
   * @param sites where each module is declared, in the order of {@code result.modules()}
   * @param locator finds the declarations
   * @return SARIF JSON ending with a newline
   * @throws IOException when Jackson cannot write it
   */
  String render(WiringResult result, List<ModuleSite> sites, Locator locator)
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
      for (DiagnosticId rule : RULES) {
        json.writeStartObject();
        json.writeStringField("id", rule.code());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.title());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (int i = 0; i < result.modules().size(); i++) {
        ModuleSite site = sites.get(i);
        writeFinding(json, result, result.modules().get(i), site,
            site.anchor().flatMap(locator::locate));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return text + "\n";
  }

  private static void writeFinding(
      JsonGenerator json, WiringResult result, ModuleResult module, ModuleSite site,
      Optional<SourceLocation> where) throws IOException {
    Optional<DiagnosticId> finding = Findings.of(module, result);
    if (finding.isEmpty()) {
      return;
    }
    DiagnosticId rule = finding.get();
    String message = rule == DiagnosticId.DUPLICATE
        ? DiagnosticMessages.duplicate(module, site)
        : DiagnosticMessages.notWired(module, site, result);
    json.writeStartObject();
    json.writeStringField("ruleId", rule.code());
    json.writeStringField("level", rule.sarifLevel());
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
