// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * Requires a copyright header before the first declaration of every main source file. An
 * existing header is accepted as it is, whoever it names; package-info, module-info, test and
 * generated sources need none. The fix inserts {@code // Copyright (c) <years> <holder>}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Source file without a copyright header",
    severity = WARNING,
    linkType = CUSTOM,
    link = DocLinks.EXPLAIN + "CopyrightHeader")
public final class CopyrightHeader extends BugChecker implements CompilationUnitTreeMatcher {

  private static final long serialVersionUID = 1L;

  /**
   * Any of these before the first type (after the package clause too) makes a header, kept as the
   * author wrote it: a copyright line, an SPDX tag, a license notice or a public-domain
   * dedication. A bare "(c)" is a list item; "(c) 2024" is a copyright.
   */
  private static final Pattern HEADER_MARK =
      Pattern.compile("(?i)copyright|\\(c\\)\\s*\\d{4}|©|SPDX-License-Identifier|licen[cs]e"
          + "|public[\\s*]+domain");

  /** The copyright line of a header, whose holder and years the options may prescribe. */
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("(?i)(?:copyright|©|\\(c\\)\\s*\\d{4})[^\\n]*");

  /** A year in a copyright line. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  /** Test classes outside src/test, by Surefire's and Failsafe's naming conventions. */
  private static final Pattern TEST_CLASS_FILE =
      Pattern.compile(".*/[^/]*(Test|Tests|TestCase|IT)\\.java");

  private final Optional<String> holder;
  private final String years;
  private final Optional<String> configuredYears;
  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public CopyrightHeader() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check from the {@code Plumbline:CopyrightHolder} and
   * {@code Plumbline:CopyrightYears} options.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public CopyrightHeader(ErrorProneFlags flags) {
    PlumblineOptions options = PlumblineOptions.from(flags);
    this.holder = options.copyrightHolder();
    this.configuredYears = options.copyrightYears();
    this.years = configuredYears.orElse(Integer.toString(Year.now().getValue()));
    this.reporter = new FindingReporter(canonicalName(), options);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    List<Tree> declarations = declarations(unit);
    if (reporter.standsDown(state)
        || declarations.isEmpty()
        || isExempt(unit, state)
        || isSuppressed(unit, state)) {
      return Description.NO_MATCH;
    }
    CharSequence source = state.getSourceCode();
    if (source == null) {
      return Description.NO_MATCH;
    }
    String beforeFirstType = source.subSequence(0, headerEnd(unit, source)).toString();
    if (HEADER_MARK.matcher(beforeFirstType).find()) {
      return checkExistingHeader(beforeFirstType, declarations.get(0), state);
    }
    Description.Builder description = buildDescription(declarations.get(0));
    if (holder.isPresent()) {
      String newline = source.toString().contains("\r\n") ? "\r\n" : "\n";
      String header = "// Copyright (c) " + years + " " + holder.get() + newline + newline;
      description
          .setMessage("No copyright header: the file must start with '"
              + header.strip() + "'")
          .addFix(SuggestedFix.replace(0, 0, header));
    } else {
      description.setMessage("No copyright header: start the file with a '// Copyright (c) <years>"
          + " <holder>' line; set -XepOpt:Plumbline:CopyrightHolder=<holder> for a fix");
    }
    return reporter.report(description, state);
  }

  /**
   * Where the header region ends: at the first type's Javadoc, or at the first type. A license
   * comment between the package clause and the imports is a header too.
   */
  private static int headerEnd(CompilationUnitTree unit, CharSequence source) {
    if (unit.getTypeDecls().isEmpty()) {
      return source.length();
    }
    Tree firstType = unit.getTypeDecls().get(0);
    int start = ASTHelpers.getStartPosition(firstType);
    JCCompilationUnit compilation = (JCCompilationUnit) unit;
    if (compilation.docComments != null && compilation.docComments.hasComment((JCTree) firstType)) {
      int javadoc = source.toString().lastIndexOf("/**", start);
      return javadoc < 0 ? start : javadoc;
    }
    return start;
  }

  /**
   * An existing header is kept as it is, but when the options prescribe a holder or years, its
   * copyright line must name that holder and reach the configured last year. A wrong holder has
   * no fix (the file may be someone else's code); outdated years are extended.
   */
  private Description checkExistingHeader(String header, Tree first, VisitorState state) {
    Matcher line = COPYRIGHT_LINE.matcher(header);
    if (!line.find()) {
      return Description.NO_MATCH; // a license notice or dedication without a copyright line
    }
    String copyright = line.group();
    if (holder.isPresent() && !normalized(copyright).contains(normalized(holder.get()))) {
      return reporter.report(
          buildDescription(first)
              .setMessage("The copyright header does not name " + holder.get() + ": '"
                  + copyright.strip() + "'; if the file is someone else's code, suppress the"
                  + " check on it"),
          state);
    }
    if (configuredYears.isEmpty()) {
      return Description.NO_MATCH;
    }
    Matcher years = YEAR.matcher(copyright);
    int firstStart = -1;
    int lastEnd = -1;
    String firstYear = null;
    int lastYear = 0;
    while (years.find()) {
      if (firstStart < 0) {
        firstStart = years.start();
        firstYear = years.group();
      }
      lastEnd = years.end();
      lastYear = Math.max(lastYear, Integer.parseInt(years.group()));
    }
    String wanted = configuredYears.get();
    int wantedLast = Integer.parseInt(wanted.substring(wanted.length() - 4));
    if (firstYear == null || lastYear >= wantedLast) {
      return Description.NO_MATCH;
    }
    String updated = firstYear + "-" + wantedLast;
    int offset = line.start();
    return reporter.report(
        buildDescription(first)
            .setMessage("The copyright header's years end in " + lastYear + ", before "
                + wantedLast + ": '" + copyright.strip() + "'")
            .addFix(SuggestedFix.replace(offset + firstStart, offset + lastEnd, updated)),
        state);
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The package clause, imports and types, in source order. */
  private static List<Tree> declarations(CompilationUnitTree unit) {
    List<Tree> declarations = new ArrayList<>();
    if (unit.getPackage() != null) {
      declarations.add(unit.getPackage());
    }
    declarations.addAll(unit.getImports());
    declarations.addAll(unit.getTypeDecls());
    declarations.sort((a, b) ->
        Integer.compare(ASTHelpers.getStartPosition(a), ASTHelpers.getStartPosition(b)));
    return declarations;
  }

  private static boolean isExempt(CompilationUnitTree unit, VisitorState state) {
    return SourceContext.isPackageOrModuleInfo(unit)
        || SourceContext.isTestSource(state)
        || TEST_CLASS_FILE.matcher(SourceContext.sourcePath(unit)).matches()
        || SourceContext.isGenerated(state)
        || allTypesGenerated(unit, state);
  }

  private static boolean allTypesGenerated(CompilationUnitTree unit, VisitorState state) {
    boolean anyType = false;
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        anyType = true;
        if (!SourceContext.isGenerated(state.withPath(new TreePath(state.getPath(), declaration)))) {
          return false;
        }
      }
    }
    return anyType;
  }

  /** A file-level finding is suppressed by {@code @SuppressWarnings} on any of its types. */
  private boolean isSuppressed(CompilationUnitTree unit, VisitorState state) {
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree
          && isSuppressed(ASTHelpers.getSymbol((ClassTree) declaration), state)) {
        return true;
      }
    }
    return false;
  }
}
