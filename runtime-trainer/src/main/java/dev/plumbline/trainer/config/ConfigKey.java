// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.util.List;
import java.util.Locale;

/**
 * One key of the configuration file as the loader reads it: its type and range, its default (or
 * that it is required) and what it means. The loader validates with these definitions and the
 * README's configuration reference is generated from them, so the two cannot drift apart.
 *
 * @param section the section, e.g. {@code training}
 * @param name the key in its section, e.g. {@code batch_size}
 * @param type what kind of value it takes
 * @param low the smallest number allowed (numbers only)
 * @param lowInclusive whether {@code low} itself is allowed
 * @param high the largest number allowed (numbers only)
 * @param highInclusive whether {@code high} itself is allowed
 * @param choices the accepted values (choices only)
 * @param defaultValue the value when the key is absent: a number, a text, or null when the key is
 *     required or its default is computed from other keys
 * @param defaultText the default as the reference shows it: "required", a value, or how it is
 *     computed
 * @param meaning what the key does, one sentence
 */
record ConfigKey(
    String section,
    String name,
    Type type,
    double low,
    boolean lowInclusive,
    double high,
    boolean highInclusive,
    List<String> choices,
    Object defaultValue,
    String defaultText,
    String meaning) {

  /** The text a required key shows as its default. */
  static final String REQUIRED = "required";

  /** What kind of value a key takes. */
  enum Type {
    /** A whole number between {@code low} and {@code high}. */
    WHOLE_NUMBER,
    /** A number, whole or not, in the interval of {@code low} and {@code high}. */
    NUMBER,
    /** One of {@code choices}. */
    CHOICE,
    /** A directory that must exist; relative to the YAML file's directory. */
    EXISTING_DIRECTORY,
    /** A directory that exists or can be created; relative to the YAML file's directory. */
    CREATABLE_DIRECTORY,
    /** A regular file that must exist; relative to the YAML file's directory. */
    EXISTING_FILE,
    /** {@code byte}, or the path of a HuggingFace {@code tokenizer.json}. */
    TOKENIZER
  }

  /** The dotted key, e.g. {@code training.batch_size}. */
  String qualified() {
    return section + "." + name;
  }

  /** Whether the file must give the key. */
  boolean required() {
    return REQUIRED.equals(defaultText);
  }

  /** The type and range as the reference shows them, e.g. "whole number, 1 to 1024". */
  String typeText() {
    return switch (type) {
      case WHOLE_NUMBER -> "whole number, " + wholeRange();
      case NUMBER -> "number in " + (lowInclusive ? "[" : "(") + plain(low) + ", "
          + (Double.isInfinite(high) ? "∞" : plain(high)) + (highInclusive ? "]" : ")");
      case CHOICE -> "one of " + String.join(", ", choices);
      case EXISTING_DIRECTORY -> "path of an existing directory";
      case CREATABLE_DIRECTORY -> "path of a directory (created when missing)";
      case EXISTING_FILE -> "path of an existing file";
      case TOKENIZER -> "`byte`, or the path of a HuggingFace `tokenizer.json`";
    };
  }

  private String wholeRange() {
    long min = (long) low;
    long max = (long) high;
    return max >= Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
  }
}
