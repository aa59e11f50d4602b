// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableRangeSet;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.TypeParameterTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.ErrorProneComment;
import com.google.errorprone.util.ErrorProneToken;
import com.google.errorprone.util.ErrorProneTokens;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.util.JCDiagnostic.SimpleDiagnosticPosition;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import java.util.Optional;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;

/**
 * English only in code: identifiers, comments and Javadoc may not contain letters of other
 * languages. String literals and text blocks are data (user-facing text, test input) and are not
 * checked; symbols such as ✓, arrows and math operators are not letters and are allowed.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Non-English letters in an identifier or comment",
    severity = WARNING,
    linkType = CUSTOM,
    link = DocLinks.EXPLAIN + "EnglishOnly")
public final class EnglishOnly extends BugChecker
    implements CompilationUnitTreeMatcher,
        ClassTreeMatcher,
        MethodTreeMatcher,
        VariableTreeMatcher,
        TypeParameterTreeMatcher {

  private static final long serialVersionUID = 1L;

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public EnglishOnly() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public EnglishOnly(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    CharSequence source = state.getSourceCode();
    if (reporter.standsDown(state) || source == null || EnglishText.isAscii(source)) {
      return Description.NO_MATCH; // nothing to look at: most files end here
    }
    ImmutableRangeSet<Integer> suppressed = suppressedRegions(state);
    for (ErrorProneToken token : ErrorProneTokens.getTokens(source.toString(), state.context)) {
      if (suppressed.contains(token.pos())) {
        continue; // comments before a token belong to its declaration, Javadoc included
      }
      for (ErrorProneComment comment : token.comments()) {
        checkComment(comment, state);
      }
    }
    return Description.NO_MATCH;
  }

  private void checkComment(ErrorProneComment comment, VisitorState state) {
    String text = comment.getText();
    Optional<String> word = EnglishText.firstForeignWordInComment(text);
    if (word.isPresent()) {
      // Point at the word itself, so a long Javadoc shows the offending line.
      int position = comment.getSourcePos(text.indexOf(word.get()));
      state.reportMatch(reporter.report(
          buildDescription(new SimpleDiagnosticPosition(position))
              .setMessage("Comment contains the non-English word '" + word.get()
                  + "': write code comments in English"),
          state));
    }
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    return checkName(tree, tree.getSimpleName().toString(), ASTHelpers.getSymbol(tree), state);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    return checkName(tree, tree.getName().toString(), ASTHelpers.getSymbol(tree), state);
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    return checkName(tree, tree.getName().toString(), ASTHelpers.getSymbol(tree), state);
  }

  @Override
  public Description matchTypeParameter(TypeParameterTree tree, VisitorState state) {
    return checkName(tree, tree.getName().toString(), null, state);
  }

  private Description checkName(Tree tree, String name, Symbol symbol, VisitorState state) {
    if (!EnglishText.hasForeignLetter(name)) {
      return Description.NO_MATCH;
    }
    Optional<String> ascii = EnglishText.withoutDiacritics(name);
    Description.Builder description = buildDescription(tree)
        .setMessage("Identifier " + name + " uses non-English letters: name it in English"
            + ascii.map(plain -> " (for instance " + plain + ")").orElse(""));
    if (ascii.isPresent() && symbol != null) {
      renameFix(tree, ascii.get(), symbol, state).ifPresent(description::addFix);
    }
    return reporter.report(description, state);
  }

  /** Renames only what this file fully owns: private members, locals and local classes. */
  private static Optional<SuggestedFix> renameFix(
      Tree tree, String newName, Symbol symbol, VisitorState state) {
    boolean local = symbol.getKind() != ElementKind.FIELD && symbol.getKind() != ElementKind.METHOD
        && !(tree instanceof ClassTree);
    if (tree instanceof VariableTree && (local || symbol.isPrivate())) {
      return Optional.of(SuggestedFixes.renameVariable((VariableTree) tree, newName, state));
    }
    if (tree instanceof MethodTree && symbol.isPrivate()) {
      return Optional.of(
          SuggestedFixes.renameMethodWithInvocations((MethodTree) tree, newName, state));
    }
    if (tree instanceof ClassTree && ASTHelpers.canBeRemoved((Symbol.ClassSymbol) symbol)) {
      return Optional.of(SuggestedFixes.renameClassWithUses((ClassTree) tree, newName, state));
    }
    return Optional.empty();
  }
}
