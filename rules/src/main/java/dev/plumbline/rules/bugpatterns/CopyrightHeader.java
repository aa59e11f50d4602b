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
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    link = DocLinks.DOCS + "CopyrightHeader.md")
public final class CopyrightHeader extends BugChecker implements CompilationUnitTreeMatcher {

  private static final long serialVersionUID = 1L;

  /**
   * Any of these before the first declaration makes a header, kept as the author wrote it: a
   * copyright line, an SPDX tag, a license notice or a public-domain dedication.
   */
  private static final Pattern HEADER_MARK =
      Pattern.compile("(?i)copyright|\\(c\\)|©|SPDX-License-Identifier|licen[cs]e"
          + "|public[\\s*]+domain");

  /** Test classes outside src/test, by Surefire's and Failsafe's naming conventions. */
  private static final Pattern TEST_CLASS_FILE =
      Pattern.compile(".*/[^/]*(Test|Tests|TestCase|IT)\\.java");

  private final Optional<String> holder;
  private final String years;
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
    this.years = options.copyrightYears().orElse(Integer.toString(Year.now().getValue()));
    this.reporter = new FindingReporter(options);
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
    int firstDeclaration = ASTHelpers.getStartPosition(declarations.get(0));
    CharSequence source = state.getSourceCode();
    if (source == null || HEADER_MARK.matcher(source.subSequence(0, firstDeclaration)).find()) {
      return Description.NO_MATCH;
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
