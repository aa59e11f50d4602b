// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Makes text that came from a memory file safe to print on a terminal: control characters
 * (newlines, escape sequences, bidirectional overrides) are shown as escapes instead of acting.
 * A newline in a stored field would otherwise forge a separate line of output, and ANSI or OSC
 * sequences would recolour the terminal, set its title or hide text.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * Escapes every control character and bidirectional control of {@code text}: {@code \n},
   * {@code \r} and {@code \t} as such, others as {@code \}{@code uXXXX}. Printable text,
   * non-ASCII letters and emoji included, is kept.
   *
   * @param text stored text
   * @return text that prints on one line, as it reads
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escapeOf(c);
      if (escaped != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escaped == null) {
          out.append(c);
        } else {
          out.append(escaped);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static @Nullable String escapeOf(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    int type = Character.getType(c);
    boolean control = type == Character.CONTROL || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || isBidiControl(c);
    return control ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
  }

  /** The characters that reorder how a line displays (the "Trojan Source" attack). */
  private static boolean isBidiControl(char c) {
    return c == '\u061c' || c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }
}
