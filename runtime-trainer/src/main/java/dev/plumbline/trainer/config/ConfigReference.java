// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration reference as Markdown, rendered from {@link ConfigKeys}: the README's table is
 * this text (a test compares them), so the documentation says what the loader does.
 */
final class ConfigReference {

  private ConfigReference() {
  }

  /**
   * The reference table: every key with its type, default and meaning.
   *
   * @return Markdown lines, without a trailing newline
   */
  static String markdown() {
    List<String> lines = new ArrayList<>();
    lines.add("| key | type | default | meaning |");
    lines.add("|---|---|---|---|");
    for (ConfigKey key : ConfigKeys.ALL) {
      String defaultText = key.required() ? "**required**" : key.defaultText();
      lines.add("| `" + key.qualified() + "` | " + key.typeText() + " | " + defaultText + " | "
          + key.meaning() + " |");
    }
    return String.join("\n", lines);
  }
}
