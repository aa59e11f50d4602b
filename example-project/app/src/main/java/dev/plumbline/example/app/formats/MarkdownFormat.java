// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.app.formats;

import dev.plumbline.annotations.Module;
import dev.plumbline.example.text.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Markdown table of the words; registered in {@code META-INF/services}. */
@Module(name = "markdown-format", description = "Prints the words as a Markdown table")
public final class MarkdownFormat implements ReportFormat {

  /** Creates the format (ServiceLoader needs a public no-argument constructor). */
  public MarkdownFormat() {}

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public List<String> render(List<Map.Entry<String, Long>> top) {
    List<String> lines = new ArrayList<>(List.of("| word | count |", "|---|---|"));
    for (Map.Entry<String, Long> entry : top) {
      lines.add("| " + entry.getKey() + " | " + entry.getValue() + " |");
    }
    return lines;
  }
}
