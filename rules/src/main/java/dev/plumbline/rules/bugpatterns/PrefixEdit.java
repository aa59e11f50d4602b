// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edit that gives a console message its status prefix without making bad text (part of
 * StatusPrefix): the message's first {@code replaced} characters become {@code text}. A message
 * that already says what it is keeps saying it once: {@code "[INFO]saved"} gets its space,
 * {@code "[info] x"} and {@code "Error: x"} have their label turned into the prefix ({@code [DEBUG]} becomes {@code [INFO]}), a message
 * that starts by reporting a failure gets {@code [ERROR]} even on {@code System.out}, and an
 * unknown tag such as {@code "[STEP] x"} gets no edit at all.
 *
 * @param replaced how many characters at the start of the message are replaced
 * @param text what replaces them
 */
record PrefixEdit(int replaced, String text) {

  /** Tags and labels people write, by the status prefix they mean. */
  private static final ImmutableMap<String, String> SYNONYMS = ImmutableMap.<String, String>builder()
      .put("info", "[INFO]").put("note", "[INFO]").put("debug", "[INFO]").put("trace", "[INFO]")
      .put("warn", "[WARN]").put("warning", "[WARN]")
      .put("error", "[ERROR]").put("err", "[ERROR]").put("fatal", "[ERROR]")
      .put("severe", "[ERROR]").put("fail", "[ERROR]").put("failed", "[ERROR]")
      .put("ok", "✓").put("success", "✓").put("done", "✓")
      .put("hf", "[HF]")
      .buildOrThrow();

  private static final Pattern TAG = Pattern.compile("\\[([A-Za-z]+)\\]\\s*");
  private static final Pattern LABEL =
      Pattern.compile("([A-Za-z]+)\\s*:\\s*");
  private static final Pattern FAILURE = Pattern.compile(
      "(?i)(failed|failure|cannot|can't|could not|unable|error|exception)\\b");
  private static final Pattern WARNING = Pattern.compile("(?i)(warning|deprecated)\\b");

  /**
   * The edit for a message that has none of the allowed prefixes, or empty when no edit makes
   * good text.
   *
   * @param message the message text, after leading line breaks
   * @param allowed the prefixes allowed on the message's stream
   * @param defaultPrefix the prefix for a message that says nothing about its status
   */
  static Optional<PrefixEdit> forMessage(
      String message, ImmutableList<String> allowed, String defaultPrefix) {
    for (String prefix : allowed) {
      if (message.startsWith(prefix)) {
        return Optional.of(new PrefixEdit(prefix.length(), prefix + " "));
      }
    }
    Matcher tag = TAG.matcher(message);
    if (tag.lookingAt()) {
      return synonym(tag.group(1), allowed).map(prefix -> new PrefixEdit(tag.end(), prefix + " "));
    }
    Matcher label = LABEL.matcher(message);
    if (label.lookingAt() && SYNONYMS.containsKey(label.group(1).toLowerCase(Locale.ROOT))) {
      return synonym(label.group(1), allowed)
          .map(prefix -> new PrefixEdit(label.end(), prefix + " "));
    }
    if (FAILURE.matcher(message).lookingAt() && allowed.contains("[ERROR]")) {
      return Optional.of(new PrefixEdit(0, "[ERROR] "));
    }
    if (WARNING.matcher(message).lookingAt() && allowed.contains("[WARN]")) {
      return Optional.of(new PrefixEdit(0, "[WARN] "));
    }
    return Optional.of(new PrefixEdit(0, defaultPrefix + " "));
  }

  private static Optional<String> synonym(String word, ImmutableList<String> allowed) {
    return Optional.ofNullable(SYNONYMS.get(word.toLowerCase(Locale.ROOT)))
        .filter(allowed::contains);
  }
}
