// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.text;

import dev.plumbline.annotations.Module;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A way to print the most frequent words; implementations are found with {@link ServiceLoader},
 * so the application that registers them never names them in code.
 */
@Module(name = "report-format-api", description = "The service type report formats implement")
public interface ReportFormat {

  /**
   * The name users select the format by.
   *
   * @return e.g. {@code markdown}
   */
  String name();

  /**
   * Renders the most frequent words.
   *
   * @param top words with their counts, most frequent first
   * @return the lines to print
   */
  List<String> render(List<Map.Entry<String, Long>> top);

  /**
   * Finds a registered format by name.
   *
   * @param name the format's name
   * @return the format
   * @throws IllegalArgumentException when no registered format has that name
   */
  static ReportFormat named(String name) {
    StringBuilder known = new StringBuilder();
    for (ReportFormat format : ServiceLoader.load(ReportFormat.class)) {
      if (format.name().equals(name)) {
        return format;
      }
      known.append(' ').append(format.name());
    }
    throw new IllegalArgumentException(
        "no report format '" + name + "'; registered formats:" + known);
  }
}
