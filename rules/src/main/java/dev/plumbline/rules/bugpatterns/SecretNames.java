// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an identifier names a secret ({@code dbPassword}, {@code API_KEY},
 * {@code clientSecret}, {@code hf_token}) and turns it into an environment variable name.
 *
 * <p>Only the last word (or last two words) counts, so {@code passwordPrompt} and
 * {@code tokenizer} are not secrets; {@code token} and {@code key} alone are not secrets either
 * (tokenizers and maps use them everywhere), but {@code authToken} and {@code apiKey} are.
 */
final class SecretNames {

  private static final ImmutableSet<String> SECRET_WORDS =
      ImmutableSet.of(
          "password", "passwd", "pwd", "passphrase", "secret", "apikey", "credential",
          "credentials");

  private static final ImmutableSet<String> SECRET_PAIRS =
      ImmutableSet.of(
          "api key", "access key", "secret key", "private key", "signing key", "encryption key",
          "client secret", "auth token", "access token", "api token", "bearer token",
          "refresh token", "session token", "hf token", "github token", "oauth token",
          "secret token", "security token");

  private static final Splitter SEPARATORS =
      Splitter.on(Pattern.compile("[_$\\-.]+")).omitEmptyStrings();

  private SecretNames() {}

  /** Whether the identifier names a secret. */
  static boolean isSecretName(String identifier) {
    List<String> words = words(identifier);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (SECRET_WORDS.contains(last)) {
      return true;
    }
    return words.size() > 1 && SECRET_PAIRS.contains(words.get(words.size() - 2) + " " + last);
  }

  /** Whether a value mentions the identifier's secret word, as property keys do. */
  static boolean valueNamesTheSecret(String value, String identifier) {
    String normalizedValue = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    List<String> words = words(identifier);
    return !words.isEmpty() && normalizedValue.contains(words.get(words.size() - 1));
  }

  /** The identifier in UPPER_SNAKE_CASE, as an environment variable name. */
  static String environmentName(String identifier) {
    return String.join("_", words(identifier)).toUpperCase(Locale.ROOT);
  }

  /** Lower-case words of a camelCase, PascalCase, snake_case or UPPER_SNAKE identifier. */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    for (String part : SEPARATORS.split(identifier)) {
      for (String word : camelCaseWords(part)) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /**
   * Splits where a lower-case letter or digit meets an upper-case one ({@code dbPassword}) and
   * before the last capital of an acronym followed by lower case ({@code APIKey}).
   */
  private static List<String> camelCaseWords(String part) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < part.length(); i++) {
      char previous = part.charAt(i - 1);
      char current = part.charAt(i);
      boolean wordStart = (Character.isLowerCase(previous) || Character.isDigit(previous))
          && Character.isUpperCase(current);
      boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
          && i + 1 < part.length() && Character.isLowerCase(part.charAt(i + 1));
      if (wordStart || acronymEnd) {
        words.add(part.substring(start, i));
        start = i;
      }
    }
    words.add(part.substring(start));
    return words;
  }
}
