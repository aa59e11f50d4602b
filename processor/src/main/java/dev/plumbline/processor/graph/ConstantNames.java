// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * The value of a compile-time constant string expression, as the argument of {@code
 * Class.forName}: a literal, a constant field ({@code static final String NAME = "a.B"}), and
 * {@code +} of those, in parentheses or not. Anything else (a name read from a file, a parameter)
 * is no constant, and no analysis can know the class: such classes are declared roots.
 */
final class ConstantNames {

  private ConstantNames() {}

  static Optional<String> of(ExpressionTree expression, Trees trees, TreePath unitPath) {
    if (expression instanceof LiteralTree literal) {
      return literal.getValue() instanceof String text ? Optional.of(text) : Optional.empty();
    }
    if (expression instanceof ParenthesizedTree parenthesized) {
      return of(parenthesized.getExpression(), trees, unitPath);
    }
    if (expression instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
      Optional<String> left = of(binary.getLeftOperand(), trees, unitPath);
      Optional<String> right = of(binary.getRightOperand(), trees, unitPath);
      return left.isPresent() && right.isPresent()
          ? Optional.of(left.get() + right.get())
          : Optional.empty();
    }
    if (expression.getKind() == Tree.Kind.IDENTIFIER
        || expression.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(new TreePath(unitPath, expression));
      if (element instanceof VariableElement variable
          && variable.getConstantValue() instanceof String text) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }
}
