// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.ErrorProneFlags;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code -XepOpt:Plumbline:<Key>=<value>} options shared by all Plumbline checks, parsed and
 * validated once: a bad value or an unknown key stops the compilation with a message that names
 * the flag and what it accepts.
 *
 * <p>Error Prone splits the {@code -Xplugin:ErrorProne ...} argument on whitespace, so no value
 * can contain a space: the copyright holder is URL-decoded ({@code The+Plumbline+Authors} or
 * {@code The%20Plumbline%20Authors}). List values are comma separated; in
 * {@code SecretPatterns} a comma inside {@code {}}, {@code []} or {@code ()} belongs to the regex.
 */
public final class PlumblineOptions {

  /** Prefix of every Plumbline flag after {@code -XepOpt:}. */
  public static final String PREFIX = "Plumbline:";

  /** Copyright holder written in and required by the header, URL-decoded. */
  public static final String COPYRIGHT_HOLDER = PREFIX + "CopyrightHolder";

  /** Copyright years: {@code 2026} or {@code 2024-2026}. */
  public static final String COPYRIGHT_YEARS = PREFIX + "CopyrightYears";

  /** Member naming style: {@code JAVA} (lowerCamelCase, default) or {@code SNAKE}. */
  public static final String MEMBER_NAMING = PREFIX + "MemberNaming";

  /** Extra regular expressions that match secret tokens, comma separated. */
  public static final String SECRET_PATTERNS = PREFIX + "SecretPatterns";

  /** Fully qualified concrete classes that may be extended, comma separated. */
  public static final String ALLOWED_BASE_CLASSES = PREFIX + "AllowedBaseClasses";

  /** Status prefixes a console message may start with, comma separated. */
  public static final String STATUS_PREFIXES = PREFIX + "StatusPrefixes";

  /** Status prefixes a {@code System.err} message may start with, comma separated. */
  public static final String STDERR_PREFIXES = PREFIX + "StderrPrefixes";

  /** The rulebook's status prefixes, in its order. */
  public static final ImmutableList<String> DEFAULT_STATUS_PREFIXES =
      ImmutableList.of("✓", "[HF]", "[WARN]", "[ERROR]", "[INFO]");

  /** The prefixes the rulebook allows on the error stream. */
  public static final ImmutableList<String> DEFAULT_STDERR_PREFIXES =
      ImmutableList.of("[ERROR]", "[WARN]");

  private static final ImmutableSet<String> KNOWN_FLAGS =
      ImmutableSet.of(
          COPYRIGHT_HOLDER,
          COPYRIGHT_YEARS,
          MEMBER_NAMING,
          SECRET_PATTERNS,
          ALLOWED_BASE_CLASSES,
          STATUS_PREFIXES,
          STDERR_PREFIXES);

  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(?:\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private final Optional<String> copyrightHolder;
  private final Optional<String> copyrightYears;
  private final MemberNamingStyle memberNaming;
  private final ImmutableList<Pattern> secretPatterns;
  private final ImmutableSet<String> allowedBaseClasses;
  private final ImmutableList<String> statusPrefixes;
  private final ImmutableList<String> stderrPrefixes;

  private PlumblineOptions(ErrorProneFlags flags) {
    rejectUnknownFlags(flags.getFlagsMap());
    copyrightHolder = flags.get(COPYRIGHT_HOLDER).map(PlumblineOptions::parseHolder);
    copyrightYears = flags.get(COPYRIGHT_YEARS).map(PlumblineOptions::parseYears);
    memberNaming = flags.get(MEMBER_NAMING).map(PlumblineOptions::parseNaming)
        .orElse(MemberNamingStyle.JAVA);
    secretPatterns = flags.get(SECRET_PATTERNS).map(PlumblineOptions::parsePatterns)
        .orElse(ImmutableList.of());
    allowedBaseClasses = flags.get(ALLOWED_BASE_CLASSES).map(PlumblineOptions::parseClassNames)
        .orElse(ImmutableSet.of());
    statusPrefixes = flags.get(STATUS_PREFIXES)
        .map(value -> parsePrefixes(STATUS_PREFIXES, value))
        .orElse(DEFAULT_STATUS_PREFIXES);
    stderrPrefixes = flags.get(STDERR_PREFIXES)
        .map(value -> parsePrefixes(STDERR_PREFIXES, value))
        .orElse(DEFAULT_STDERR_PREFIXES);
  }

  /**
   * Reads and validates the Plumbline options among Error Prone's flags.
   *
   * @param flags the flags Error Prone passes to a check's constructor
   * @return the validated options
   * @throws InvalidPlumblineOptionException naming the flag and its accepted values
   */
  public static PlumblineOptions from(ErrorProneFlags flags) {
    return new PlumblineOptions(flags);
  }

  /** The options when no {@code Plumbline:} flag is given. */
  public static PlumblineOptions defaults() {
    return from(ErrorProneFlags.empty());
  }

  /** The required copyright holder, if configured; without it any holder is accepted. */
  public Optional<String> copyrightHolder() {
    return copyrightHolder;
  }

  /** The required copyright years ({@code 2026} or {@code 2024-2026}), if configured. */
  public Optional<String> copyrightYears() {
    return copyrightYears;
  }

  /** The member naming style; {@link MemberNamingStyle#JAVA} unless configured. */
  public MemberNamingStyle memberNaming() {
    return memberNaming;
  }

  /** Secret-token patterns added by the team to the built-in ones. */
  public ImmutableList<Pattern> extraSecretPatterns() {
    return secretPatterns;
  }

  /** Concrete classes the team allows as base classes, by fully qualified name. */
  public ImmutableSet<String> allowedBaseClasses() {
    return allowedBaseClasses;
  }

  /** Prefixes a console message may start with (each followed by a space or the end). */
  public ImmutableList<String> statusPrefixes() {
    return statusPrefixes;
  }

  /** Prefixes a {@code System.err} message may start with. */
  public ImmutableList<String> stderrPrefixes() {
    return stderrPrefixes;
  }

  private static void rejectUnknownFlags(Map<String, String> flagsMap) {
    for (Map.Entry<String, String> flag : flagsMap.entrySet()) {
      if (flag.getKey().startsWith(PREFIX) && !KNOWN_FLAGS.contains(flag.getKey())) {
        throw new InvalidPlumblineOptionException(
            flag.getKey(), flag.getValue(), "none: unknown flag; known flags are " + KNOWN_FLAGS);
      }
    }
  }

  private static String parseHolder(String raw) {
    String holder;
    try {
      holder = URLDecoder.decode(raw, StandardCharsets.UTF_8).strip();
    } catch (IllegalArgumentException badEscape) {
      throw new InvalidPlumblineOptionException(
          COPYRIGHT_HOLDER, raw, "a URL-encoded name such as The+Plumbline+Authors");
    }
    if (holder.isEmpty()) {
      throw new InvalidPlumblineOptionException(
          COPYRIGHT_HOLDER, raw, "a non-empty URL-encoded name such as The+Plumbline+Authors");
    }
    return holder;
  }

  private static String parseYears(String raw) {
    Matcher matcher = YEARS.matcher(raw);
    boolean valid = matcher.matches()
        && (matcher.group(2) == null
            || Integer.parseInt(matcher.group(1)) < Integer.parseInt(matcher.group(2)));
    if (!valid) {
      throw new InvalidPlumblineOptionException(
          COPYRIGHT_YEARS, raw, "a year (2026) or an increasing range (2024-2026)");
    }
    return raw;
  }

  private static MemberNamingStyle parseNaming(String raw) {
    try {
      return MemberNamingStyle.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknownStyle) {
      throw new InvalidPlumblineOptionException(MEMBER_NAMING, raw, "JAVA or SNAKE");
    }
  }

  private static ImmutableList<Pattern> parsePatterns(String raw) {
    ImmutableList.Builder<Pattern> patterns = ImmutableList.builder();
    for (String regex : splitOutsideBrackets(raw)) {
      try {
        patterns.add(Pattern.compile(regex));
      } catch (PatternSyntaxException badRegex) {
        throw new InvalidPlumblineOptionException(
            SECRET_PATTERNS,
            raw,
            "comma-separated Java regular expressions; '" + regex + "' does not compile: "
                + badRegex.getDescription());
      }
    }
    return patterns.build();
  }

  private static ImmutableSet<String> parseClassNames(String raw) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (String name : splitList(ALLOWED_BASE_CLASSES, raw)) {
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        throw new InvalidPlumblineOptionException(
            ALLOWED_BASE_CLASSES,
            raw,
            "comma-separated fully qualified class names (e.g. javax.swing.JPanel); '"
                + name + "' is not one");
      }
      names.add(name);
    }
    return names.build();
  }

  private static ImmutableList<String> parsePrefixes(String flag, String raw) {
    return ImmutableList.copyOf(splitList(flag, raw));
  }

  private static List<String> splitList(String flag, String raw) {
    List<String> items = new ArrayList<>();
    for (String item : raw.split(",", -1)) {
      String trimmed = item.strip();
      if (trimmed.isEmpty()) {
        throw new InvalidPlumblineOptionException(
            flag, raw, "a comma-separated list without empty entries");
      }
      items.add(trimmed);
    }
    return items;
  }

  /** Splits on commas that are not inside a regex quantifier, class or group. */
  private static List<String> splitOutsideBrackets(String raw) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{' || c == '[' || c == '(') {
        depth++;
      } else if (c == '}' || c == ']' || c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && depth == 0) {
        items.add(raw.substring(start, i));
        start = i + 1;
      }
    }
    items.add(raw.substring(start));
    for (String item : items) {
      if (item.isBlank()) {
        throw new InvalidPlumblineOptionException(
            SECRET_PATTERNS, raw, "comma-separated Java regular expressions without empty entries");
      }
    }
    return items;
  }
}
