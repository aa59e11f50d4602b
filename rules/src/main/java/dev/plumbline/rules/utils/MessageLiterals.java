// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the string literal a console message starts or ends with, and where to insert text into
 * that literal's source.
 */
public final class MessageLiterals {

  private MessageLiterals() {}

  /**
   * The message argument of a {@code println/print/printf/format} call: the format string for
   * {@code printf/format} (after an optional {@code Locale}), otherwise the only argument.
   */
  public static Optional<ExpressionTree> messageArgument(MethodInvocationTree call) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (arguments.isEmpty()) {
      return Optional.empty();
    }
    MethodSymbol method = ASTHelpers.getSymbol(call);
    boolean formatting = method.getSimpleName().contentEquals("printf")
        || method.getSimpleName().contentEquals("format");
    if (formatting && !method.getParameters().isEmpty()
        && method.getParameters().get(0).type.toString().equals("java.util.Locale")) {
      return arguments.size() > 1 ? Optional.of(arguments.get(1)) : Optional.empty();
    }
    return Optional.of(arguments.get(0));
  }

  /**
   * The string literal the message starts with: the literal itself, the leftmost operand of a
   * concatenation, or the format string of {@code String.format} / {@code "...".formatted}.
   */
  public static Optional<LiteralTree> leadingLiteral(ExpressionTree message) {
    ExpressionTree expression = ASTHelpers.stripParentheses(message);
    if (expression instanceof LiteralTree literalTree) {
      return literalTree.getValue() instanceof String
          ? Optional.of(literalTree)
          : Optional.empty();
    }
    if (expression.getKind() == Tree.Kind.PLUS) {
      return leadingLiteral(((BinaryTree) expression).getLeftOperand());
    }
    if (expression instanceof MethodInvocationTree methodInvocationTree) {
      return formatString(methodInvocationTree).flatMap(MessageLiterals::leadingLiteral);
    }
    return Optional.empty();
  }

  /**
   * The string literal the message ends with: the literal itself or the rightmost operand of a
   * concatenation.
   */
  public static Optional<String> trailingText(ExpressionTree message) {
    ExpressionTree expression = ASTHelpers.stripParentheses(message);
    if (expression instanceof LiteralTree literalTree) {
      Object value = literalTree.getValue();
      return value instanceof String || value instanceof Character
          ? Optional.of(value.toString())
          : Optional.empty();
    }
    if (expression.getKind() == Tree.Kind.PLUS) {
      return trailingText(((BinaryTree) expression).getRightOperand());
    }
    return Optional.empty();
  }

  private static Optional<ExpressionTree> formatString(MethodInvocationTree call) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (!method.owner.getQualifiedName().contentEquals("java.lang.String")) {
      return Optional.empty();
    }
    if (method.getSimpleName().contentEquals("formatted")
        && call.getMethodSelect() instanceof MemberSelectTree) {
      return Optional.of(((MemberSelectTree) call.getMethodSelect()).getExpression());
    }
    if (method.getSimpleName().contentEquals("format") && method.isStatic()) {
      return messageArgument(call);
    }
    return Optional.empty();
  }

  /**
   * The source offset at which text can be inserted in front of a literal's value after
   * {@code skippedNewlines} leading line feeds, or empty when the literal's source is written
   * in a way this cannot follow (unicode escapes, text blocks starting with a blank line).
   */
  public static OptionalInt insertionOffset(
      LiteralTree literal, int skippedNewlines, VisitorState state) {
    String source = state.getSourceForNode(literal);
    int start = ASTHelpers.getStartPosition(literal);
    if (source == null) {
      return OptionalInt.empty();
    }
    if (source.startsWith("\"\"\"")) {
      if (skippedNewlines > 0) {
        return OptionalInt.empty();
      }
      int lineEnd = source.indexOf('\n');
      int content = lineEnd + 1;
      while (content < source.length()
          && (source.charAt(content) == ' ' || source.charAt(content) == '\t')) {
        content++;
      }
      return OptionalInt.of(start + content);
    }
    int offset = 1;
    for (int i = 0; i < skippedNewlines; i++) {
      if (!source.startsWith("\\n", offset)) {
        return OptionalInt.empty();
      }
      offset += 2;
    }
    return OptionalInt.of(start + offset);
  }

  /** Escapes text for insertion into a Java string literal. */
  public static String escapeForLiteral(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
