// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberReferenceTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.matchers.method.MethodMatchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.plumbline.rules.utils.ConsoleStream;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.MessageLiterals;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * A console write without a line break inside a loop ({@code print}, a {@code printf} whose
 * format does not end in {@code %n}, {@code write}, {@code append}) must be followed in the loop
 * by {@code flush()} on the same stream, so that progress output shows up as it happens.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "A console write without a line break inside a loop is followed by flush()",
    severity = WARNING,
    linkType = LinkType.CUSTOM,
    link = DocLinks.EXPLAIN + "FlushInLoop")
public final class FlushInLoop extends BugChecker
    implements CompilationUnitTreeMatcher, MemberReferenceTreeMatcher, MethodInvocationTreeMatcher {

  private static final long serialVersionUID = 1L;

  private static final ImmutableSet<String> WRITES =
      ImmutableSet.of("print", "printf", "format", "write", "append");

  /** What this check looks at: a write to a {@code PrintStream} that may not end a line. */
  private static final Matcher<ExpressionTree> CONSOLE_WRITE =
      MethodMatchers.instanceMethod().onDescendantOf("java.io.PrintStream")
          .namedAnyOf(WRITES);

  private static final ImmutableSet<String> ITERATING_METHODS =
      ImmutableSet.of("forEach", "forEachOrdered", "forEachRemaining");

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public FlushInLoop() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public FlushInLoop(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (!CONSOLE_WRITE.matches(tree, state)) {
      return Description.NO_MATCH;
    }
    Optional<ConsoleStream> stream = ConsoleStream.receiverOf(tree);
    if (stream.isEmpty()
        || endsWithLineBreak(tree)
        || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    List<Tree> loops = enclosingLoops(state.getPath());
    if (loops.isEmpty() || isCompletedInAnyLoop(loops, tree, stream.get(), state)) {
      return Description.NO_MATCH;
    }
    Description.Builder description = buildDescription(tree)
        .setMessage(
            stream.get().sourceName() + "." + ConsoleStream.methodName(tree)
                + " without a line break inside a loop: call " + stream.get().sourceName()
                + ".flush() after it so the output shows up while the loop runs");
    flushFix(state.getPath(), stream.get(), state).ifPresent(description::addFix);
    return reporter.report(description, state);
  }

  /**
   * {@code items.forEach(System.out::print)}: a write without a line break for every element,
   * with nowhere to put a flush. The fix writes the element and flushes in a lambda.
   */
  @Override
  public Description matchMemberReference(MemberReferenceTree tree, VisitorState state) {
    Optional<ConsoleStream> stream = ConsoleStream.of(tree.getQualifierExpression());
    String method = tree.getName().toString();
    Tree parent = state.getPath().getParentPath().getLeaf();
    if (stream.isEmpty()
        || !WRITES.contains(method)
        || !(parent instanceof MethodInvocationTree call
            && ITERATING_METHODS.contains(ConsoleStream.methodName(call)))
        || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    String name = stream.get().sourceName();
    Description.Builder description = buildDescription(tree)
        .setMessage(name + "::" + method + " writes each element without a line break: flush "
            + name + " after each write so the output shows up while the loop runs");
    if (method.equals("print")) {
      description.addFix(SuggestedFix.replace(tree,
          "printed -> { " + name + ".print(printed); " + name + ".flush(); }"));
    }
    return reporter.report(description, state);
  }

  /** Whether the written text certainly ends with a line break. */
  private static boolean endsWithLineBreak(MethodInvocationTree tree) {
    String method = ConsoleStream.methodName(tree);
    if (method.equals("write")) {
      return false;
    }
    Optional<String> trailing = MessageLiterals.messageArgument(tree)
        .flatMap(MessageLiterals::trailingText);
    if (trailing.isEmpty()) {
      return false;
    }
    boolean formatting = method.equals("printf") || method.equals("format");
    return trailing.get().endsWith("\n") || (formatting && trailing.get().endsWith("%n"));
  }

  /**
   * The loops around the call, innermost first, up to the enclosing method, class or a lambda
   * that is not the body of a {@code forEach}.
   */
  private static List<Tree> enclosingLoops(TreePath path) {
    List<Tree> loops = new ArrayList<>();
    for (TreePath current = path.getParentPath(); current != null;
        current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
        break;
      }
      if (leaf instanceof LambdaExpressionTree) {
        if (!isIterationLambda(current)) {
          break;
        }
        loops.add(leaf);
      } else if (isLoop(leaf)) {
        loops.add(leaf);
      }
    }
    return loops;
  }

  private static boolean isLoop(Tree tree) {
    return tree instanceof ForLoopTree
        || tree instanceof EnhancedForLoopTree
        || tree instanceof WhileLoopTree
        || tree instanceof DoWhileLoopTree;
  }

  private static boolean isIterationLambda(TreePath lambdaPath) {
    Tree parent = lambdaPath.getParentPath().getLeaf();
    return parent instanceof MethodInvocationTree methodInvocationTree
        && ITERATING_METHODS.contains(ConsoleStream.methodName(methodInvocationTree));
  }

  /**
   * Whether some enclosing loop flushes the stream, or ends the line with {@code println}, after
   * the write.
   */
  private static boolean isCompletedInAnyLoop(
      List<Tree> loops, MethodInvocationTree write, ConsoleStream stream, VisitorState state) {
    int writeEnd = state.getEndPosition(write);
    for (Tree loop : loops) {
      if (containsCompletionAfter(loop, writeEnd, stream)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsCompletionAfter(Tree loop, int position, ConsoleStream stream) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (ASTHelpers.getStartPosition(call) > position
            && ConsoleStream.receiverOf(call).equals(Optional.of(stream))) {
          String name = ConsoleStream.methodName(call);
          found[0] |= name.equals("flush") || name.equals("println");
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(loop, null);
    return found[0];
  }

  /** Inserts {@code System.x.flush();} after the statement of the write, where one exists. */
  private static Optional<SuggestedFix> flushFix(
      TreePath callPath, ConsoleStream stream, VisitorState state) {
    String flush = stream.sourceName() + ".flush();";
    Tree call = callPath.getLeaf();
    Tree parent = callPath.getParentPath().getLeaf();
    if (parent instanceof LambdaExpressionTree) {
      return Optional.of(
          SuggestedFix.replace(call, "{ " + state.getSourceForNode(call) + "; " + flush + " }"));
    }
    if (!(parent instanceof ExpressionStatementTree)) {
      return Optional.empty();
    }
    Tree holder = callPath.getParentPath().getParentPath().getLeaf();
    if (holder instanceof BlockTree) {
      return Optional.of(
          SuggestedFix.postfixWith(parent, "\n" + indentationOf(parent, state) + flush));
    }
    if (isLoop(holder) || holder instanceof IfTree) {
      return Optional.of(
          SuggestedFix.replace(parent, "{ " + state.getSourceForNode(parent) + " " + flush + " }"));
    }
    return Optional.empty();
  }

  private static String indentationOf(Tree statement, VisitorState state) {
    CharSequence source = state.getSourceCode();
    int start = ASTHelpers.getStartPosition(statement);
    int lineStart = start;
    while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    StringBuilder indentation = new StringBuilder();
    for (int i = lineStart; i < start && Character.isWhitespace(source.charAt(i)); i++) {
      indentation.append(source.charAt(i));
    }
    return indentation.toString();
  }
}
