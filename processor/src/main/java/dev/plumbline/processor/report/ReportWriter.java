// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.WiringResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Writes the JSON, Markdown and SARIF reports into the class output through the Filer: a complete,
 * fresh snapshot on every run (Maven deletes what the previous run wrote).
 */
public final class ReportWriter {

  private final Filer filer;

  /**
   * Creates a writer.
   *
   * @param filer the processor's Filer
   */
  public ReportWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the JSON, Markdown and SARIF reports.
   *
   * @param result the run's result
   * @param sites where each module is declared, in the order of {@code result.modules()}
   * @param sink knows where the declarations are, for SARIF
   * @throws IOException when a report cannot be written
   */
  public void write(WiringResult result, List<ModuleSite> sites, DiagnosticSink sink)
      throws IOException {
    writeResource(JsonReport.RESOURCE, new JsonReport().render(result));
    writeResource(MarkdownReport.RESOURCE, new MarkdownReport().render(result, sites));
    writeResource(SarifReport.RESOURCE, new SarifReport().render(result, sites, sink::locate));
  }

  private void writeResource(String name, String text) throws IOException {
    try (Writer writer =
        new OutputStreamWriter(
            filer.createResource(StandardLocation.CLASS_OUTPUT, "", name).openOutputStream(),
            StandardCharsets.UTF_8)) {
      writer.write(text);
    }
  }
}
