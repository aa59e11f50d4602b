// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.List;

/**
 * Recognises a handler that rethrows through a helper: it hands the caught exception to a method
 * of the code being compiled whose body ends with a {@code throw}, such as Jackson's
 * {@code wrapAndThrow(e, bean, name, ctxt)} or a project's own {@code throw wrap(e)} helper. The
 * exception leaves the handler wrapped, exactly as with an inline {@code throw new X(e)}.
 */
final class AlwaysThrowingCall {

  /** How many helpers deep a delegation chain is followed. */
  private static final int MAX_DELEGATION_DEPTH = 3;

  private AlwaysThrowingCall() {}

  /** Whether a statement of the block passes {@code caught} to a method that always throws. */
  static boolean handsOver(BlockTree block, Symbol caught, VisitorState state) {
    for (StatementTree statement : block.getStatements()) {
      ExpressionTree expression = null;
      if (statement instanceof ExpressionStatementTree) {
        expression = ((ExpressionStatementTree) statement).getExpression();
      } else if (statement instanceof ReturnTree) {
        expression = ((ReturnTree) statement).getExpression();
      }
      if (expression instanceof MethodInvocationTree
          && passes((MethodInvocationTree) expression, caught)
          && alwaysThrows(ASTHelpers.getSymbol((MethodInvocationTree) expression), state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean passes(MethodInvocationTree call, Symbol caught) {
    for (ExpressionTree argument : call.getArguments()) {
      if (argument instanceof IdentifierTree
          && caught.equals(ASTHelpers.getSymbol((IdentifierTree) argument))) {
        return true;
      }
    }
    return false;
  }

  private static boolean alwaysThrows(MethodSymbol method, VisitorState state) {
    return alwaysThrows(method, state, MAX_DELEGATION_DEPTH);
  }

  /**
   * A method always throws when its last statement is a {@code throw}, or a call of a method that
   * always throws ({@code unwrapAndThrow(e)} delegating to {@code throwAs(e)}), followed to a
   * small depth. Only methods compiled from source in this build have a body to look at.
   */
  private static boolean alwaysThrows(MethodSymbol method, VisitorState state, int depth) {
    MethodTree tree = method == null ? null : JavacTrees.instance(state.context).getTree(method);
    if (tree == null || tree.getBody() == null || tree.getBody().getStatements().isEmpty()) {
      return false;
    }
    List<? extends StatementTree> statements = tree.getBody().getStatements();
    StatementTree last = statements.get(statements.size() - 1);
    if (last instanceof ThrowTree) {
      return true;
    }
    return depth > 0
        && last instanceof ExpressionStatementTree
        && ((ExpressionStatementTree) last).getExpression() instanceof MethodInvocationTree
        && alwaysThrows(
            ASTHelpers.getSymbol(
                (MethodInvocationTree) ((ExpressionStatementTree) last).getExpression()),
            state,
            depth - 1);
  }
}
