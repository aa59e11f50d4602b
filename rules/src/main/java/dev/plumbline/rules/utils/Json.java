// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for the SARIF log: the rules jar runs on the processor path of
 * every user's build, so it carries no JSON library of its own. Writes compact JSON; commas are
 * placed by nesting level.
 */
final class Json {

  private final StringBuilder out = new StringBuilder();
  private final Deque<Boolean> firstInLevel = new ArrayDeque<>();
  private boolean afterName;

  Json beginObject() {
    separate();
    out.append('{');
    firstInLevel.push(true);
    return this;
  }

  Json endObject() {
    firstInLevel.pop();
    out.append('}');
    return this;
  }

  Json beginArray() {
    separate();
    out.append('[');
    firstInLevel.push(true);
    return this;
  }

  Json endArray() {
    firstInLevel.pop();
    out.append(']');
    return this;
  }

  Json name(String name) {
    separate();
    string(name);
    out.append(':');
    afterName = true;
    return this;
  }

  Json field(String name, String value) {
    name(name);
    separate();
    string(value);
    return this;
  }

  Json field(String name, int value) {
    name(name);
    separate();
    out.append(value);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!firstInLevel.isEmpty()) {
      if (!firstInLevel.peek()) {
        out.append(',');
      }
      firstInLevel.pop();
      firstInLevel.push(false);
    }
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
