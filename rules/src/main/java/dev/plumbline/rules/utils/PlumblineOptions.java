// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.ErrorProneFlags;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code -XepOpt:Plumbline:<Key>=<value>} options shared by all Plumbline checks, parsed and
 * validated once. A bad value or an unknown key does not throw (Error Prone would turn that into
 * a compiler crash): it becomes a {@linkplain #problems() problem} naming the flag, the value and
 * what the flag accepts, which {@link FindingReporter} reports as one compiler error, and the
 * option keeps its default.
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

  /**
   * Where the check pages are: a base URL ({@code https://example.com/rules/} gets
   * {@code <Check>.md} appended) or a pattern with {@code {check}}.
   */
  public static final String DOCS_URL = PREFIX + "DocsUrl";

  /** The committed baseline of known findings ({@code plumbline rules baseline} writes it). */
  public static final String BASELINE = PREFIX + "Baseline";

  /** {@code true} in the build that records the baseline: findings never fail it. */
  public static final String BASELINE_RECORD = PREFIX + "BaselineRecord";

  /** Where the SARIF log of the compilation's findings is written. */
  public static final String SARIF = PREFIX + "Sarif";

  /** The project root that SARIF locations and baseline keys are relative to. */
  public static final String PROJECT_ROOT = PREFIX + "ProjectRoot";

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
          STDERR_PREFIXES,
          DOCS_URL,
          BASELINE,
          BASELINE_RECORD,
          SARIF,
          PROJECT_ROOT);

  private static final String ABSOLUTE_URL =
      "an absolute URL such as https://example.com/plumbline/rules/ (a {check} in it is replaced"
          + " by the check's name)";

  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(?:\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private final List<String> problems = new ArrayList<>();
  private final Optional<String> copyrightHolder;
  private final Optional<String> copyrightYears;
  private final MemberNamingStyle memberNaming;
  private final ImmutableList<Pattern> secretPatterns;
  private final ImmutableSet<String> allowedBaseClasses;
  private final ImmutableList<String> statusPrefixes;
  private final ImmutableList<String> stderrPrefixes;
  private final Optional<String> docsUrl;
  private final Optional<Path> baseline;
  private final boolean baselineRecord;
  private final Optional<Path> sarif;
  private final Optional<Path> projectRoot;

  private PlumblineOptions(ErrorProneFlags flags) {
    rejectUnknownFlags(flags.getFlagsMap());
    copyrightHolder = parse(flags, COPYRIGHT_HOLDER, PlumblineOptions::parseHolder);
    copyrightYears = parse(flags, COPYRIGHT_YEARS, PlumblineOptions::parseYears);
    memberNaming = parse(flags, MEMBER_NAMING, PlumblineOptions::parseNaming)
        .orElse(MemberNamingStyle.JAVA);
    secretPatterns = parse(flags, SECRET_PATTERNS, PlumblineOptions::parsePatterns)
        .orElse(ImmutableList.of());
    allowedBaseClasses = parse(flags, ALLOWED_BASE_CLASSES, PlumblineOptions::parseClassNames)
        .orElse(ImmutableSet.of());
    statusPrefixes = parse(flags, STATUS_PREFIXES, PlumblineOptions::parsePrefixes)
        .orElse(DEFAULT_STATUS_PREFIXES);
    stderrPrefixes = parse(flags, STDERR_PREFIXES, PlumblineOptions::parsePrefixes)
        .orElse(DEFAULT_STDERR_PREFIXES);
    docsUrl = parse(flags, DOCS_URL, PlumblineOptions::parseDocsUrl);
    baseline = parse(flags, BASELINE, PlumblineOptions::parsePath);
    baselineRecord = parse(flags, BASELINE_RECORD, PlumblineOptions::parseBoolean).orElse(false);
    sarif = parse(flags, SARIF, PlumblineOptions::parsePath);
    projectRoot = parse(flags, PROJECT_ROOT, PlumblineOptions::parsePath);
  }

  /** Parses one flag; a bad value is recorded as a problem and leaves the default in place. */
  private <T> Optional<T> parse(
      ErrorProneFlags flags, String flag, Function<String, T> parser) {
    Optional<String> raw = flags.get(flag);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(raw.get()));
    } catch (BadValue badValue) {
      problems.add("Invalid -XepOpt:" + flag + "=" + raw.get() + ": accepted values are "
          + badValue.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Reads and validates the Plumbline options among Error Prone's flags.
   *
   * @param flags the flags Error Prone passes to a check's constructor
   * @return the options, with a problem for each bad value or unknown key
   */
  public static PlumblineOptions from(ErrorProneFlags flags) {
    return new PlumblineOptions(flags);
  }

  /** The options when no {@code Plumbline:} flag is given. */
  public static PlumblineOptions defaults() {
    return from(ErrorProneFlags.empty());
  }

  /**
   * What is wrong with the flags, one message per bad value or unknown {@code Plumbline:} key,
   * each naming the flag, the value and what is accepted; empty when every flag is valid.
   */
  public ImmutableList<String> problems() {
    return ImmutableList.copyOf(problems);
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

  /**
   * The documentation link printed after a finding of {@code checkName}: the page under
   * {@code DocsUrl} when configured, otherwise the command that prints the page shipped inside
   * the rules jar, which works offline.
   */
  public String docsLink(String checkName) {
    if (docsUrl.isEmpty()) {
      return "plumbline rules explain " + checkName;
    }
    String base = docsUrl.get();
    if (base.contains("{check}")) {
      return base.replace("{check}", checkName);
    }
    return (base.endsWith("/") ? base : base + "/") + checkName + ".md";
  }

  /** The baseline file, if configured. */
  public Optional<Path> baseline() {
    return baseline;
  }

  /** Whether this build records the baseline: every finding is a warning, none fails it. */
  public boolean baselineRecord() {
    return baselineRecord;
  }

  /** Where to write the SARIF log, if configured. */
  public Optional<Path> sarif() {
    return sarif;
  }

  /**
   * The directory that file names in SARIF and the baseline are relative to: the configured
   * {@code ProjectRoot}, else the baseline's directory, else the working directory.
   */
  public Path projectRoot() {
    return projectRoot
        .or(() -> baseline.map(file -> file.toAbsolutePath().getParent()))
        .orElse(Path.of("").toAbsolutePath());
  }

  /** The configured documentation base URL, if any. */
  public Optional<String> docsUrl() {
    return docsUrl;
  }

  /** Prefixes a {@code System.err} message may start with. */
  public ImmutableList<String> stderrPrefixes() {
    return stderrPrefixes;
  }

  private void rejectUnknownFlags(Map<String, String> flagsMap) {
    for (Map.Entry<String, String> flag : new TreeMap<>(flagsMap).entrySet()) {
      if (flag.getKey().startsWith(PREFIX) && !KNOWN_FLAGS.contains(flag.getKey())) {
        problems.add("Unknown option -XepOpt:" + flag.getKey() + "=" + flag.getValue()
            + ": accepted options are " + knownKeys()
            + closestKnownFlag(flag.getKey()).map(known -> "; did you mean -XepOpt:" + known + "?")
                .orElse(""));
      }
    }
  }

  /** The known flag a misspelled one most likely meant: at most a third of it edited. */
  private static Optional<String> closestKnownFlag(String unknown) {
    return KNOWN_FLAGS.stream()
        .min(Comparator.comparingInt(known -> editDistance(known, unknown)))
        .filter(known -> editDistance(known, unknown) <= (known.length() - PREFIX.length()) / 3);
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>();
    for (String flag : KNOWN_FLAGS) {
      keys.add("-XepOpt:" + flag);
    }
    return String.join(", ", keys);
  }

  /** Levenshtein distance, case-insensitive. */
  private static int editDistance(String a, String b) {
    String left = a.toLowerCase(Locale.ROOT);
    String right = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[right.length() + 1];
    int[] current = new int[right.length() + 1];
    for (int j = 0; j <= right.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= right.length(); j++) {
        int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length()];
  }

  private static String parseHolder(String raw) {
    String holder;
    try {
      holder = URLDecoder.decode(raw, StandardCharsets.UTF_8).strip();
    } catch (IllegalArgumentException badEscape) {
      throw new BadValue("a URL-encoded name such as The+Plumbline+Authors");
    }
    if (holder.isEmpty()) {
      throw new BadValue("a non-empty URL-encoded name such as The+Plumbline+Authors");
    }
    return holder;
  }

  private static String parseYears(String raw) {
    Matcher matcher = YEARS.matcher(raw);
    boolean valid = matcher.matches()
        && (matcher.group(2) == null
            || Integer.parseInt(matcher.group(1)) < Integer.parseInt(matcher.group(2)));
    if (!valid) {
      throw new BadValue("a year (2026) or an increasing range (2024-2026)");
    }
    return raw;
  }

  private static String parseDocsUrl(String raw) {
    URI uri;
    try {
      uri = new URI(raw.replace("{check}", "check"));
    } catch (URISyntaxException badUri) {
      throw new BadValue(ABSOLUTE_URL);
    }
    boolean absolute = uri.getScheme() != null
        && (uri.getHost() != null || "file".equals(uri.getScheme()));
    if (!absolute) {
      throw new BadValue(ABSOLUTE_URL);
    }
    return raw;
  }

  private static Path parsePath(String raw) {
    String path = URLDecoder.decode(raw, StandardCharsets.UTF_8).strip();
    if (path.isEmpty()) {
      throw new BadValue("a file path (URL-encode spaces: My+Project/baseline.tsv)");
    }
    return Path.of(path);
  }

  private static Boolean parseBoolean(String raw) {
    if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
      throw new BadValue("true or false");
    }
    return Boolean.parseBoolean(raw);
  }

  private static MemberNamingStyle parseNaming(String raw) {
    try {
      return MemberNamingStyle.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknownStyle) {
      throw new BadValue("JAVA or SNAKE");
    }
  }

  private static ImmutableList<Pattern> parsePatterns(String raw) {
    ImmutableList.Builder<Pattern> patterns = ImmutableList.builder();
    for (String regex : splitOutsideBrackets(raw)) {
      try {
        patterns.add(Pattern.compile(regex));
      } catch (PatternSyntaxException badRegex) {
        throw new BadValue(
            "comma-separated Java regular expressions; '" + regex + "' does not compile: "
                + badRegex.getDescription());
      }
    }
    return patterns.build();
  }

  private static ImmutableSet<String> parseClassNames(String raw) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    String accepted = "comma-separated fully qualified class names (e.g. javax.swing.JPanel)";
    for (String name : splitList(raw, accepted)) {
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        throw new BadValue(accepted + "; '" + name + "' is not one");
      }
      names.add(name);
    }
    return names.build();
  }

  private static ImmutableList<String> parsePrefixes(String raw) {
    return ImmutableList.copyOf(splitList(raw,
        "comma-separated status prefixes without empty entries, such as [ERROR],[WARN]"));
  }

  private static List<String> splitList(String raw, String accepted) {
    List<String> items = new ArrayList<>();
    for (String item : raw.split(",", -1)) {
      String trimmed = item.strip();
      if (trimmed.isEmpty()) {
        throw new BadValue(accepted);
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
        throw new BadValue("comma-separated Java regular expressions without empty entries");
      }
    }
    return items;
  }

  /** A flag's value the parser rejects; the message says what the flag accepts. */
  private static final class BadValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadValue(String accepted) {
      super(accepted, null, false, false);
    }
  }
}
