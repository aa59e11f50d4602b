// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import java.util.regex.Pattern;

/**
 * A known secret-token format: what it is called in a diagnostic, how it looks, and the
 * environment variable the suggested fix reads instead.
 *
 * @param description what the token is, e.g. "a GitHub token"
 * @param pattern how the token looks inside a string
 * @param environmentName the environment variable that should hold it
 */
record SecretToken(String description, Pattern pattern, String environmentName) {

  /** Builds a token format from a regular expression. */
  static SecretToken of(String description, String regex, String environmentName) {
    return new SecretToken(description, Pattern.compile(regex), environmentName);
  }
}
