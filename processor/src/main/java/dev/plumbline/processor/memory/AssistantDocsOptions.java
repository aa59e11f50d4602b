// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import dev.plumbline.assistant.digest.DigestSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processor options of the assistant files the build keeps current.
 *
 * <ul>
 *   <li>{@code plumbline.digest}: {@code on} (default) or {@code off}: the project-memory section
 *       of {@code AGENTS.md} (and {@code CLAUDE.md} when the project has one).
 *   <li>{@code plumbline.digestTokens}: the section's token budget (default 2000, at least 600).
 *   <li>{@code plumbline.command}: how the project runs Plumbline's command line, shown in the
 *       section's protocol (default {@code plumbline}).
 *   <li>{@code plumbline.docsCheck}: {@code on} (default) or {@code off}: warnings for paths,
 *       classes and modules named in AGENTS.md, CLAUDE.md and .cursor/rules that no longer exist.
 * </ul>
 *
 * @param digest whether the section is written
 * @param settings the section's budget and command
 * @param docsCheck whether stale references are reported
 * @param problems invalid values, each a complete sentence
 */
public record AssistantDocsOptions(boolean digest, DigestSettings settings, boolean docsCheck,
    List<String> problems) {

  /** Option switching the digest on or off. */
  public static final String DIGEST = "plumbline.digest";
  /** Option giving the digest's token budget. */
  public static final String DIGEST_TOKENS = "plumbline.digestTokens";
  /** Option giving the command line's name in the digest. */
  public static final String COMMAND = "plumbline.command";
  /** Option switching the stale-reference warnings on or off. */
  public static final String DOCS_CHECK = "plumbline.docsCheck";
  /** Every option of the assistant files. */
  public static final Set<String> NAMES = Set.of(DIGEST, DIGEST_TOKENS, COMMAND, DOCS_CHECK);

  /**
   * Parses the options javac passes to the processor.
   *
   * @param raw the processor options
   * @return the parsed options; invalid values are listed in {@link #problems()}
   */
  public static AssistantDocsOptions parse(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    boolean digest = onOff(raw, DIGEST, problems);
    boolean docsCheck = onOff(raw, DOCS_CHECK, problems);
    int tokens = DigestSettings.DEFAULT_TOKENS;
    String tokensValue = raw.getOrDefault(DIGEST_TOKENS, "").trim();
    if (!tokensValue.isEmpty()) {
      try {
        tokens = Integer.parseInt(tokensValue);
      } catch (NumberFormatException e) {
        problems.add("-A" + DIGEST_TOKENS + "=" + tokensValue + " is not a number: give the"
            + " token budget, e.g. 2000.");
      }
    }
    String command = raw.getOrDefault(COMMAND, DigestSettings.DEFAULT_COMMAND).trim();
    DigestSettings settings = DigestSettings.defaults();
    try {
      settings = new DigestSettings(tokens, command, DigestSettings.DEFAULT_LOG_ENTRIES);
    } catch (IllegalArgumentException e) {
      problems.add("-A" + (command.isEmpty() || command.contains("\n") ? COMMAND : DIGEST_TOKENS)
          + " is not valid: " + e.getMessage() + ".");
    }
    boolean valid = problems.isEmpty();
    return new AssistantDocsOptions(digest && valid, settings, docsCheck && valid,
        List.copyOf(problems));
  }

  private static boolean onOff(Map<String, String> raw, String name, List<String> problems) {
    String value = raw.getOrDefault(name, "on").trim();
    if (!value.equals("on") && !value.equals("off")) {
      problems.add("-A" + name + "=" + value + " is not valid: use on or off.");
    }
    return !value.equals("off");
  }
}
