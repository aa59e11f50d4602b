// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.digest;

/**
 * How the digest is written.
 *
 * @param tokenBudget the most tokens the whole section may take, markers included (estimated
 *     with {@link dev.plumbline.assistant.tokens.TokenEstimate}, an upper bound of real
 *     tokenizers); at least {@link #MIN_TOKENS}
 * @param command how the project runs Plumbline's command line, e.g. {@code plumbline} or
 *     {@code ./plumbline}: the protocol shows exact commands
 * @param logEntries how many of the latest log entries to show, at most
 */
public record DigestSettings(int tokenBudget, String command, int logEntries) {

  /** The default budget: about 2,000 tokens, a small share of any assistant's context. */
  public static final int DEFAULT_TOKENS = 2000;
  /** The smallest budget: the title, concept and protocol need about 450. */
  public static final int MIN_TOKENS = 600;
  /** The default command. */
  public static final String DEFAULT_COMMAND = "plumbline";
  /** The default number of log entries. */
  public static final int DEFAULT_LOG_ENTRIES = 5;

  /** Rejects a budget below the minimum, a blank command and a negative entry count. */
  public DigestSettings {
    if (tokenBudget < MIN_TOKENS) {
      throw new IllegalArgumentException("the digest's token budget must be at least "
          + MIN_TOKENS + " (the title, concept and protocol need about 450), not " + tokenBudget);
    }
    if (command == null || command.isBlank() || command.contains("\n")) {
      throw new IllegalArgumentException("the command must be one line, e.g. plumbline or"
          + " ./plumbline");
    }
    if (logEntries < 0) {
      throw new IllegalArgumentException("the number of log entries must not be negative");
    }
  }

  /**
   * The defaults: 2,000 tokens, {@code plumbline}, 5 log entries.
   *
   * @return the default settings
   */
  public static DigestSettings defaults() {
    return new DigestSettings(DEFAULT_TOKENS, DEFAULT_COMMAND, DEFAULT_LOG_ENTRIES);
  }
}
