// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

/** Stored text as one terminal line: control characters are shown as escapes, never sent. */
final class Terminal {

  private Terminal() {}

  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
