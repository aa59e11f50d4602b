// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.app.formats;

import dev.plumbline.annotations.Module;
import dev.plumbline.example.text.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One {@code count word} line per word; registered in {@code META-INF/services}. */
@Module(name = "plain-format", description = "Prints one 'count word' line per word")
public final class PlainFormat implements ReportFormat {

  /** Creates the format (ServiceLoader needs a public no-argument constructor). */
  public PlainFormat() {}

  @Override
  public String name() {
    return "plain";
  }

  @Override
  public List<String> render(List<Map.Entry<String, Long>> top) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Long> entry : top) {
      lines.add(String.format("%6d %s", entry.getValue(), entry.getKey()));
    }
    return lines;
  }
}
