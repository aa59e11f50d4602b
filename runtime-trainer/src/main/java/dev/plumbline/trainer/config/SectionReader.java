// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, range-checked reads of one section's keys, as {@link ConfigKeys} defines them. Every
 * problem is recorded (with file, line and key) instead of thrown, so that the user sees all of
 * them at once; the value returned for a bad key is a harmless placeholder that is never used
 * because loading fails afterwards. An optional key that is absent reads as its default.
 */
final class SectionReader {

  private final YamlDocument document;
  private final String name;
  private final int sectionLine;
  private final Map<String, YamlDocument.Entry> entries;
  private final List<ConfigProblem> problems;
  private final Set<String> invalid = new HashSet<>();

  SectionReader(YamlDocument document, String name, List<ConfigProblem> problems) {
    this.document = document;
    this.name = name;
    this.problems = problems;
    YamlDocument.Section section = document.section(name);
    this.sectionLine = section == null ? 0 : section.line();
    this.entries = section == null ? new LinkedHashMap<>() : section.entries();
  }

  /**
   * Whether the section is present at all (a missing one is reported by the loader, once).
   *
   * @return true when the file has this section
   */
  boolean present() {
    return document.section(name) != null;
  }

  /**
   * Whether the file gives this key (a key that is absent takes its default).
   *
   * @param key the key
   * @return true when the section has it
   */
  boolean given(ConfigKey key) {
    return entries.containsKey(key.qualified());
  }

  int integer(ConfigKey key) {
    return (int) longValue(key);
  }

  long longValue(ConfigKey key) {
    long min = (long) key.low();
    long max = (long) key.high();
    YamlDocument.Entry entry = require(key);
    if (entry == null) {
      return key.defaultValue() instanceof Number number ? number.longValue() : min;
    }
    if (entry.token() != JsonToken.VALUE_NUMBER_INT) {
      return fail(entry, "must be a whole number, got " + describeEntry(entry), min);
    }
    long value;
    try {
      value = Long.parseLong(entry.text().replace("_", ""));
    } catch (NumberFormatException e) {
      return fail(entry, "must be a whole number between " + min + " and " + max + ", got "
          + entry.text(), min);
    }
    if (value < min || value > max) {
      String range = max == Integer.MAX_VALUE || max == Long.MAX_VALUE
          ? "at least " + min : "between " + min + " and " + max;
      return fail(entry, "must be " + range + ", got " + entry.text(), min);
    }
    return value;
  }

  double real(ConfigKey key) {
    double low = key.low();
    double high = key.high();
    YamlDocument.Entry entry = require(key);
    if (entry == null) {
      return key.defaultValue() instanceof Number number ? number.doubleValue() : low;
    }
    if (entry.token() != JsonToken.VALUE_NUMBER_INT
        && entry.token() != JsonToken.VALUE_NUMBER_FLOAT) {
      return fail(entry, "must be a number, got " + describeEntry(entry), low);
    }
    double value;
    try {
      value = Double.parseDouble(entry.text().replace("_", ""));
    } catch (NumberFormatException e) {
      // YAML spellings such as .inf and .nan are numbers to the parser but not to Java.
      return fail(entry, "must be a finite number, got " + entry.text(), low);
    }
    boolean aboveLow = key.lowInclusive() ? value >= low : value > low;
    boolean belowHigh = key.highInclusive() ? value <= high : value < high;
    if (!aboveLow || !belowHigh || Double.isNaN(value)) {
      String range = (key.lowInclusive() ? "[" : "(") + low + ", "
          + (Double.isInfinite(high) ? "infinity" : String.valueOf(high))
          + (key.highInclusive() ? "]" : ")");
      return fail(entry, "must be in " + range + ", got " + entry.text(), low);
    }
    return value;
  }

  String text(ConfigKey key) {
    YamlDocument.Entry entry = require(key);
    if (entry == null) {
      return key.defaultValue() instanceof String text ? text : "";
    }
    if (entry.token() != JsonToken.VALUE_STRING || entry.text().isBlank()) {
      return fail(entry, "must be text, got " + describeEntry(entry), "");
    }
    return entry.text();
  }

  String choice(ConfigKey key) {
    String value = text(key);
    YamlDocument.Entry entry = entries.get(key.qualified());
    if (entry != null && !invalid.contains(key.qualified()) && !key.choices().contains(value)) {
      return fail(entry, "must be one of " + String.join(", ", key.choices()) + "; got '"
          + value + "'", "");
    }
    return value;
  }

  /**
   * Reads a path, resolved against the YAML file's directory, and checks what it points to.
   *
   * @param key the key
   * @param kind what must exist there
   * @return the absolute, normalised path; empty when the key is absent or invalid
   */
  Path path(ConfigKey key, PathKind kind) {
    String raw = text(key);
    YamlDocument.Entry entry = entries.get(key.qualified());
    if (invalid.contains(key.qualified()) || entry == null) {
      return Path.of("");
    }
    Path resolved;
    try {
      resolved = resolveAgainstFile(raw);
    } catch (InvalidPathException e) {
      return fail(entry, "is not a valid path: " + e.getMessage(), Path.of(""));
    }
    return checked(key, resolved, kind);
  }

  /**
   * Checks a path that is not written in the file but derived (a default beside another path).
   *
   * @param key the key whose default it is
   * @param resolved the path
   * @param kind what must exist there
   * @return the path
   */
  Path checked(ConfigKey key, Path resolved, PathKind kind) {
    String problem = kind.problemWith(resolved);
    if (problem == null) {
      return resolved;
    }
    YamlDocument.Entry entry = entries.get(key.qualified());
    if (entry != null) {
      return fail(entry, problem, resolved);
    }
    problem(key, problem + " (the default of " + key.qualified() + "; set it in the file to use"
        + " another directory)");
    return resolved;
  }

  Path resolveAgainstFile(String raw) {
    Path base = document.file().toAbsolutePath().getParent();
    return base.resolve(raw).normalize();
  }

  boolean isValid(ConfigKey key) {
    return !invalid.contains(key.qualified());
  }

  int line(ConfigKey key) {
    YamlDocument.Entry entry = entries.get(key.qualified());
    return entry == null ? sectionLine : entry.line();
  }

  void problem(ConfigKey key, String message) {
    invalid.add(key.qualified());
    problems.add(new ConfigProblem(document.file(), line(key), key.qualified(), message));
  }

  /** Reports every key of the section that {@link ConfigKeys} does not define. */
  void reportUnknownKeys() {
    List<String> names = ConfigKeys.of(name).stream().map(ConfigKey::name).sorted().toList();
    for (YamlDocument.Entry entry : entries.values()) {
      if (names.stream().noneMatch(known -> entry.key().equals(name + "." + known))) {
        problems.add(new ConfigProblem(document.file(), entry.line(), entry.key(),
            "unknown key; the " + name + " section takes " + String.join(", ", names)));
      }
    }
  }

  private YamlDocument.Entry require(ConfigKey key) {
    String qualified = key.qualified();
    YamlDocument.Entry entry = entries.get(qualified);
    if (entry == null) {
      if (key.required()) {
        invalid.add(qualified);
        if (present()) {
          problems.add(new ConfigProblem(document.file(), sectionLine, qualified,
              "missing key; add '" + key.name() + ":' under the " + name + " section ("
                  + key.typeText() + ": " + key.meaning() + ")"));
        }
      }
      return null;
    }
    if (entry.token() == JsonToken.START_OBJECT || entry.token() == JsonToken.START_ARRAY) {
      invalid.add(qualified);
      return null;
    }
    return entry;
  }

  private <T> T fail(YamlDocument.Entry entry, String message, T placeholder) {
    invalid.add(entry.key());
    problems.add(new ConfigProblem(document.file(), entry.line(), entry.key(), message));
    return placeholder;
  }

  private static String describeEntry(YamlDocument.Entry entry) {
    return YamlDocument.describe(entry.token(), entry.text());
  }

}
