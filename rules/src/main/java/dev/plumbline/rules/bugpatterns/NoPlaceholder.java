// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LambdaExpressionTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.method.MethodMatchers;
import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.ErrorProneComment;
import com.google.errorprone.util.ErrorProneToken;
import com.google.errorprone.util.ErrorProneTokens;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.util.JCDiagnostic.SimpleDiagnosticPosition;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import dev.plumbline.rules.utils.SuppressedRanges;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * Reports placeholders: bodies that only throw a "not implemented" exception, unfinished-work
 * markers in comments (the three upper-case words of {@link #MARKER}), and empty classes and
 * enums.
 *
 * <p>A source file that declares no type at all never reaches any Error Prone check (javac
 * analyzes classes, not files), so empty files are outside what this check can see.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Never stubs or placeholders: no 'not implemented' bodies, TODO/FIXME/XXX markers,"
        + " or empty types",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = DocLinks.EXPLAIN + "NoPlaceholder")
public final class NoPlaceholder extends BugChecker
    implements MethodTreeMatcher,
        LambdaExpressionTreeMatcher,
        ClassTreeMatcher,
        CompilationUnitTreeMatcher {

  private static final long serialVersionUID = 1L;

  private static final Pattern PLACEHOLDER_MESSAGE =
      Pattern.compile(
          "(?i)\\b(not (yet )?implemented|unimplemented|implement me|todo|fixme|stub"
              + "|placeholder)\\b");

  /**
   * A message that is nothing but a placeholder phrase. In an override, "Not implemented for
   * ObjectReader" declines an inherited operation, which is an implementation; a bare
   * "Not implemented yet" is a stub.
   */
  private static final Pattern ONLY_PLACEHOLDER_MESSAGE =
      Pattern.compile(
          "(?i)\\s*(not (yet )?implemented( yet)?|unimplemented|implement me|todo|fixme|stub"
              + "|placeholder)\\s*[.!]*\\s*");

  /** {@code new UnsupportedOperationException(...)}: a stub when bare in a plain method. */
  private static final com.google.errorprone.matchers.Matcher<ExpressionTree>
      UNSUPPORTED_OPERATION =
          MethodMatchers.constructor().forClass("java.lang.UnsupportedOperationException");

  /** The unfinished-work markers, as whole upper-case words. */
  private static final Pattern MARKER = Pattern.compile("\\b(TODO|FIXME|XXX)\\b");

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public NoPlaceholder() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public NoPlaceholder(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    if (tree.getBody() == null || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    Optional<NewClassTree> thrown = onlyThrownException(tree.getBody());
    if (thrown.isEmpty()) {
      return Description.NO_MATCH;
    }
    boolean override = isOverride(ASTHelpers.getSymbol(tree), state);
    boolean placeholder = (override
            ? hasOnlyPlaceholderMessage(thrown.get())
            : hasPlaceholderMessage(thrown.get()))
        || isNotImplementedType(thrown.get())
        || isBareUnsupportedOperation(thrown.get(), tree, state);
    if (!placeholder) {
      return Description.NO_MATCH;
    }
    return reporter.report(
        buildDescription(tree)
            .setMessage(
                "'" + tree.getName() + "' is a placeholder: its body only throws "
                    + thrownName(thrown.get()) + "; implement it, or remove it with its callers"),
        state);
  }

  @Override
  public Description matchLambdaExpression(LambdaExpressionTree tree, VisitorState state) {
    if (!(tree.getBody() instanceof BlockTree) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    Optional<NewClassTree> thrown = onlyThrownException((BlockTree) tree.getBody());
    if (thrown.isEmpty()
        || !(hasPlaceholderMessage(thrown.get()) || isNotImplementedType(thrown.get()))) {
      return Description.NO_MATCH;
    }
    return reporter.report(
        buildDescription(tree)
            .setMessage(
                "this lambda is a placeholder: its body only throws "
                    + thrownName(thrown.get()) + "; implement it"),
        state);
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (!isEmptyType(tree) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    return reporter.report(
        buildDescription(tree)
            .setMessage(
                "'" + tree.getSimpleName() + "' is an empty " + kindName(tree)
                    + ", a placeholder: give it its members, or delete it"),
        state);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    if (reporter.standsDown(state)
        || SourceContext.sourcePath(tree).contains("/generated-sources/")) {
      return Description.NO_MATCH;
    }
    reportMarkers(tree, state);
    return Description.NO_MATCH;
  }

  /**
   * Reports each marker comment outside the suppressed declarations. Lexing the file for its
   * comments is the expensive part, so files without the words at all are skipped.
   */
  private void reportMarkers(CompilationUnitTree unit, VisitorState state) {
    String source = state.getSourceCode().toString();
    if (!MARKER.matcher(source).find()) {
      return;
    }
    SuppressedRanges suppressed = SuppressedRanges.of(unit, canonicalName(), state);
    List<ErrorProneToken> tokens = ErrorProneTokens.getTokens(source, state.context);
    for (ErrorProneToken token : tokens) {
      for (ErrorProneComment comment : token.comments()) {
        Matcher marker = MARKER.matcher(comment.getText());
        if (!findMarker(marker, comment.getText())
            || suppressed.coversComment(comment.getPos(), token.pos(), source)) {
          continue;
        }
        state.reportMatch(reporter.report(
            // javac's own position type: Error Prone's FixedPosition changed its interface after
            // 2.42, and buildDescription(DiagnosticPosition) exists in both lines.
            buildDescription(new SimpleDiagnosticPosition(comment.getPos() + marker.start()))
                .setMessage(
                    "'" + marker.group(1) + "' marks unfinished work: finish it now, or track it"
                        + " outside the code"),
            state));
      }
    }
  }

  /**
   * Finds the next marker in a comment. The first two words of {@link #MARKER} are markers
   * wherever they stand; the third is also data (the ISO currency code for "no currency", a phone mask
   * of three dash-separated groups), so it counts only where a marker stands: first on a comment line, or
   * followed by a colon or a parenthesis, and never joined to a dash.
   */
  private static boolean findMarker(Matcher marker, String comment) {
    while (marker.find()) {
      if (!marker.group(1).equals("XXX") || isXxxMarker(comment, marker.start(), marker.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isXxxMarker(String comment, int start, int end) {
    boolean dashed = (start > 0 && comment.charAt(start - 1) == '-')
        || (end < comment.length() && comment.charAt(end) == '-');
    if (dashed) {
      return false;
    }
    boolean tagged =
        end < comment.length() && (comment.charAt(end) == ':' || comment.charAt(end) == '(');
    int lineStart = comment.lastIndexOf('\n', start - 1) + 1;
    boolean first = comment.substring(lineStart, start).replaceAll("[/*\\s]", "").isEmpty();
    return tagged || first;
  }

  /** The {@code new X(...)} thrown when a body consists of nothing but that throw. */
  private static Optional<NewClassTree> onlyThrownException(BlockTree body) {
    List<? extends StatementTree> statements = body.getStatements();
    if (statements.size() != 1 || !(statements.get(0) instanceof ThrowTree)) {
      return Optional.empty();
    }
    ExpressionTree thrown =
        ASTHelpers.stripParentheses(((ThrowTree) statements.get(0)).getExpression());
    return thrown instanceof NewClassTree newClassTree
        ? Optional.of(newClassTree)
        : Optional.empty();
  }

  private static boolean hasPlaceholderMessage(NewClassTree thrown) {
    for (ExpressionTree argument : thrown.getArguments()) {
      String message = ASTHelpers.constValue(argument, String.class);
      if (message != null && PLACEHOLDER_MESSAGE.matcher(message).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOnlyPlaceholderMessage(NewClassTree thrown) {
    for (ExpressionTree argument : thrown.getArguments()) {
      String message = ASTHelpers.constValue(argument, String.class);
      if (message != null && ONLY_PLACEHOLDER_MESSAGE.matcher(message).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String thrownName(NewClassTree thrown) {
    return ASTHelpers.getSymbol(thrown).owner.getSimpleName().toString();
  }

  private static boolean isNotImplementedType(NewClassTree thrown) {
    String name = ASTHelpers.getSymbol(thrown).owner.getSimpleName().toString();
    return name.equals("NotImplementedException") || name.equals("NotImplementedError");
  }

  /**
   * A bare {@code throw new UnsupportedOperationException()} in a method that is not an
   * override (with or without {@code @Override}), an interface default method, an overridable
   * method of an abstract class or a constructor: those use it to say "this optional operation
   * is not supported" or "this class is not instantiable", which is an implementation.
   */
  private static boolean isBareUnsupportedOperation(
      NewClassTree thrown, MethodTree method, VisitorState state) {
    if (!thrown.getArguments().isEmpty() || !UNSUPPORTED_OPERATION.matches(thrown, state)) {
      return false;
    }
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    boolean isDefault = (symbol.flags() & Flags.DEFAULT) != 0;
    return !isDefault
        && !symbol.isConstructor()
        && !isOptionalOperation(symbol)
        && !isOverride(symbol, state)
        && !isDeclaredUncallable(symbol);
  }

  /**
   * A method marked {@code @DoNotCall} or {@code @Deprecated} that throws is a deliberate
   * refusal (Guava's static "fauxverides" that hide a supertype's factory), not unfinished work.
   */
  private static boolean isDeclaredUncallable(MethodSymbol symbol) {
    return symbol.getRawAttributes().stream()
        .map(annotation -> annotation.type.tsym.getSimpleName().toString())
        .anyMatch(name -> name.equals("DoNotCall") || name.equals("Deprecated"));
  }

  /** A method of an abstract class that subclasses may override to support the operation. */
  private static boolean isOptionalOperation(MethodSymbol symbol) {
    return (symbol.owner.flags() & Flags.ABSTRACT) != 0
        && (symbol.flags() & (Flags.FINAL | Flags.PRIVATE | Flags.STATIC)) == 0;
  }

  private static boolean isOverride(MethodSymbol symbol, VisitorState state) {
    return !symbol.isStatic()
        && !symbol.isConstructor()
        && !ASTHelpers.findSuperMethods(symbol, state.getTypes()).isEmpty();
  }

  /**
   * A class or enum without members (besides the implicit constructor), constants, supertypes,
   * type parameters or annotations. Interfaces, annotation types, records, anonymous classes
   * and local classes are never placeholders; an empty generic class is a type token
   * ({@code new Token<String>() {}}), and an empty local class only ever serves reflection.
   */
  private static boolean isEmptyType(ClassTree tree) {
    if ((tree.getKind() != Tree.Kind.CLASS && tree.getKind() != Tree.Kind.ENUM)
        || tree.getSimpleName().length() == 0
        || !tree.getTypeParameters().isEmpty()
        || ASTHelpers.getSymbol(tree).isDirectlyOrIndirectlyLocal()
        || !tree.getTypeParameters().isEmpty() // a type token: new Token<String>() {} is its use
        || tree.getExtendsClause() != null
        || !tree.getImplementsClause().isEmpty()
        || !tree.getModifiers().getAnnotations().isEmpty()) {
      return false;
    }
    return tree.getMembers().stream()
        .allMatch(member -> member instanceof MethodTree methodTree
            && ASTHelpers.isGeneratedConstructor(methodTree));
  }

  private static String kindName(ClassTree tree) {
    return tree.getKind() == Tree.Kind.ENUM ? "enum" : "class";
  }
}
