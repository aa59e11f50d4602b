// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CatchTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Reports catching {@code Exception}, {@code Throwable}, {@code RuntimeException} or
 * {@code Error} (also as a multi-catch alternative) unless the handler rethrows. A catch that the
 * try body forces (it calls a method declared {@code throws Exception}, such as
 * {@code AutoCloseable.close()} or {@code Callable.call()}) is not reported.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Catch specific exceptions: never Exception, Throwable, RuntimeException or Error"
        + " unless the handler rethrows",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = DocLinks.EXPLAIN + "CatchAll")
public final class CatchAll extends BugChecker
    implements CatchTreeMatcher, CompilationUnitTreeMatcher {

  private static final long serialVersionUID = 1L;

  private static final ImmutableSet<String> BROAD_TYPES =
      ImmutableSet.of(
          "java.lang.Exception",
          "java.lang.Throwable",
          "java.lang.RuntimeException",
          "java.lang.Error");

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public CatchAll() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public CatchAll(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchCatch(CatchTree tree, VisitorState state) {
    if (SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    List<Type> caughtTypes = ThrownExceptions.caughtTypes(tree);
    if (caughtTypes.stream().noneMatch(CatchAll::isBroad)) {
      return Description.NO_MATCH;
    }
    TryTree tryTree = (TryTree) state.getPath().getParentPath().getLeaf();
    List<Type> thrown = ThrownExceptions.ofTryBody(tryTree, state);
    List<Type> broad = new ArrayList<>();
    for (Type caught : caughtTypes) {
      if (isBroad(caught) && !isForced(caught, thrown, state)) {
        broad.add(caught);
      }
    }
    Symbol variable = ASTHelpers.getSymbol(tree.getParameter());
    if (broad.isEmpty()
        || rethrows(tree.getBlock(), variable)
        || AlwaysThrowingCall.handsOver(tree.getBlock(), variable, state)) {
      return Description.NO_MATCH;
    }
    // No suggested fix: narrowing the catch lets the unchecked exceptions it caught escape
    // (a method documented "never throws", a listener that must see every failure), and a
    // rethrow does the same. The message names what to catch; a person decides.
    return reporter.report(
        buildDescription(tree).setMessage(message(broad, tree, tryTree, thrown, state)), state);
  }

  private static boolean isBroad(Type type) {
    return type != null && BROAD_TYPES.contains(type.tsym.getQualifiedName().toString());
  }

  /** A broad catch is forced when the try body itself declares exactly that type. */
  private static boolean isForced(Type caught, List<Type> thrown, VisitorState state) {
    return thrown.stream().anyMatch(type -> state.getTypes().isSameType(type, caught));
  }

  /**
   * Whether the handler rethrows: its last statement is a {@code throw}, or a {@code throw} in
   * it mentions the caught exception (rethrown as is or wrapped as a cause).
   */
  private static boolean rethrows(BlockTree block, Symbol variable) {
    List<? extends StatementTree> statements = block.getStatements();
    if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof ThrowTree) {
      return true;
    }
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitThrow(ThrowTree statement, Void unused) {
        found[0] |= mentions(statement, variable);
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree body, Void unused) {
        return null;
      }
    }.scan(block, null);
    return found[0];
  }

  private static boolean mentions(Tree tree, Symbol variable) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        found[0] |= variable.equals(ASTHelpers.getSymbol(identifier));
        return null;
      }
    }.scan(tree, null);
    return found[0];
  }

  private static String message(
      List<Type> broad, CatchTree tree, TryTree tryTree, List<Type> thrown, VisitorState state) {
    String names = broad.stream().map(type -> type.tsym.getSimpleName().toString())
        .collect(Collectors.joining(" | "));
    List<Type> specific = specificAlternatives(tree, tryTree, thrown, state);
    String advice = specific.isEmpty()
        ? "the try body declares no checked exception: let unchecked exceptions propagate,"
            + " catch the specific ones you expect, or rethrow"
        : "catch what the try body declares (" + simpleNames(specific) + ") or rethrow";
    return "catch (" + names + ") handles every failure alike; " + advice;
  }

  private static String simpleNames(List<Type> types) {
    return types.stream().map(type -> type.tsym.getSimpleName().toString())
        .collect(Collectors.joining(", "));
  }

  /**
   * The checked exceptions the try body declares that this handler would newly have to catch:
   * not unchecked, not handled by an earlier catch clause or by the handler's other
   * alternatives, and without subtypes of one another (javac rejects those in a multi-catch).
   */
  private static List<Type> specificAlternatives(
      CatchTree tree, TryTree tryTree, List<Type> thrown, VisitorState state) {
    Types types = state.getTypes();
    List<Type> handled = new ArrayList<>();
    for (CatchTree earlier : tryTree.getCatches()) {
      if (earlier == tree) {
        break;
      }
      handled.addAll(ThrownExceptions.caughtTypes(earlier));
    }
    ThrownExceptions.caughtTypes(tree).stream().filter(type -> !isBroad(type))
        .forEach(handled::add);
    List<Type> candidates = new ArrayList<>();
    for (Type type : thrown) {
      if (type == null || ThrownExceptions.isUnchecked(type, state)
          || handled.stream().anyMatch(done -> types.isSubtype(type, done))
          || candidates.stream().anyMatch(kept -> types.isSameType(kept, type))) {
        continue;
      }
      candidates.add(type);
    }
    List<Type> minimal = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!isSubtypeOfAnother(i, candidates, types)) {
        minimal.add(candidates.get(i));
      }
    }
    return minimal;
  }

  /** Whether candidate {@code index} is a proper subtype of another (distinct) candidate. */
  private static boolean isSubtypeOfAnother(int index, List<Type> candidates, Types types) {
    Type type = candidates.get(index);
    for (int j = 0; j < candidates.size(); j++) {
      Type other = candidates.get(j);
      if (j != index && !types.isSameType(other, type) && types.isSubtype(type, other)) {
        return true;
      }
    }
    return false;
  }
}
