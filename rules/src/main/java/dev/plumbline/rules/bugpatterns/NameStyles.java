// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.common.base.Ascii;
import java.util.regex.Pattern;

/** The naming styles the rulebook names, as predicates and as conversions between them. */
final class NameStyles {

  /**
   * Upper-case first letter, then letters and digits; acronyms ({@code HTTPClient}) allowed, and
   * an underscore between two digits separates numbers ({@code Murmur3_128Hasher}), as in Error
   * Prone's IdentifierName.
   */
  private static final Pattern PASCAL = Pattern.compile("[A-Z](?:[A-Za-z0-9]|(?<=[0-9])_(?=[0-9]))*");
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern UNDERSCORED_CAMEL =
      Pattern.compile("[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*");
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private NameStyles() {}

  static boolean isPascalCase(String name) {
    return PASCAL.matcher(name).matches();
  }

  static boolean isLowerCamelCase(String name) {
    return LOWER_CAMEL.matcher(name).matches();
  }

  static boolean isUnderscoredCamelCase(String name) {
    return UNDERSCORED_CAMEL.matcher(name).matches();
  }

  /**
   * {@code max_value}, {@code MAX_VALUE} and {@code MaxValue} become {@code maxValue}; a leading
   * acronym is lowered whole: {@code ID} becomes {@code id}, {@code STOP} {@code stop} and
   * {@code ANTLRLiteral} {@code antlrLiteral} (names found in ANTLR and OpenNLP).
   */
  static String toLowerCamelCase(String name) {
    String pascal = toPascalCase(name.contains("_") ? name.toLowerCase(java.util.Locale.ROOT)
        : name);
    if (pascal.isEmpty()) {
      return name;
    }
    int capitals = 0;
    while (capitals < pascal.length() && Ascii.isUpperCase(pascal.charAt(capitals))) {
      capitals++;
    }
    // In "ANTLRLiteral" the last capital of the run starts the next word.
    boolean nextWordFollows = capitals > 1 && capitals < pascal.length()
        && Ascii.isLowerCase(pascal.charAt(capitals));
    int lowered = nextWordFollows ? capitals - 1 : Math.max(capitals, 1);
    return Ascii.toLowerCase(pascal.substring(0, lowered)) + pascal.substring(lowered);
  }

  static boolean isSnakeCase(String name) {
    return SNAKE.matcher(name).matches();
  }

  static boolean isUpperSnakeCase(String name) {
    return UPPER_SNAKE.matcher(name).matches();
  }

  /**
   * {@code my_type} and {@code myType} become {@code MyType}; the words of an UPPER_SNAKE name keep
   * their boundaries: {@code DEFAULT_REGEX_NAME_FINDER} becomes {@code DefaultRegexNameFinder}.
   */
  static String toPascalCase(String name) {
    boolean upperSnake = name.contains("_") && isUpperSnakeCase(name);
    StringBuilder result = new StringBuilder();
    for (String part : name.split("[_$]+")) {
      if (!part.isEmpty()) {
        String rest = upperSnake ? Ascii.toLowerCase(part.substring(1)) : part.substring(1);
        result.append(Ascii.toUpperCase(part.charAt(0))).append(rest);
      }
    }
    return result.length() == 0 ? name : result.toString();
  }

  /** {@code parseHTTPHeader} becomes {@code parse_http_header}; {@code MAX} becomes {@code max}. */
  static String toSnakeCase(String name) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && startsWord(name, i) && result.length() > 0
          && result.charAt(result.length() - 1) != '_') {
        result.append('_');
      }
      result.append(c == '$' ? '_' : Character.toLowerCase(c));
    }
    String snake = result.toString().replaceAll("_+", "_");
    return snake.replaceAll("^_|_$", "").isEmpty() ? name : snake.replaceAll("^_|_$", "");
  }

  /** An upper-case letter starts a word after a lower-case letter or digit, or before one. */
  private static boolean startsWord(String name, int index) {
    if (index == 0) {
      return false;
    }
    char previous = name.charAt(index - 1);
    boolean nextLower = index + 1 < name.length() && Character.isLowerCase(name.charAt(index + 1));
    return Character.isLowerCase(previous) || Character.isDigit(previous)
        || (Character.isUpperCase(previous) && nextLower);
  }
}
