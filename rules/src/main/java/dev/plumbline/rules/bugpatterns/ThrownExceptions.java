// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The exception types a try statement's body and resources declare, as javac sees them: thrown
 * types of called methods and constructors (instantiated for generic methods), of {@code throw}
 * statements and of the resources' {@code close()}. Nested try statements contribute what their
 * own catch clauses let through; lambda and class bodies contribute nothing.
 */
final class ThrownExceptions {

  private ThrownExceptions() {}

  /**
   * What the body and resources of {@code tree} may throw, as catchable classes: a thrown type
   * variable ({@code run() throws E} with {@code E extends Throwable}, or a captured
   * {@code ? extends Throwable}) stands for its upper bound, the only type a catch can name.
   */
  static List<Type> ofTryBody(TryTree tree, VisitorState state) {
    List<Type> thrown = new ArrayList<>();
    for (Tree resource : tree.getResources()) {
      thrown.addAll(scan(resource, state));
      thrown.addAll(closeThrows(ASTHelpers.getType(resource), state));
    }
    thrown.addAll(scan(tree.getBlock(), state));
    List<Type> catchable = new ArrayList<>();
    for (Type type : thrown) {
      if (type != null) {
        catchable.add(catchable(type, state));
      }
    }
    return catchable;
  }

  private static Type catchable(Type type, VisitorState state) {
    Type current = type;
    while (current instanceof Type.TypeVar typeVariable) {
      current = typeVariable.getUpperBound();
    }
    return state.getTypes().erasure(current);
  }

  /** Whether a type is unchecked: a subtype of RuntimeException or Error. */
  static boolean isUnchecked(Type type, VisitorState state) {
    Types types = state.getTypes();
    return types.isSubtype(type, state.getSymtab().runtimeExceptionType)
        || types.isSubtype(type, state.getSymtab().errorType);
  }

  private static List<Type> scan(Tree tree, VisitorState state) {
    List<Type> thrown = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        Type method = ASTHelpers.getType(call.getMethodSelect());
        if (method != null && method.getThrownTypes() != null) {
          thrown.addAll(method.getThrownTypes());
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitNewClass(NewClassTree creation, Void unused) {
        MethodSymbol constructor = ASTHelpers.getSymbol(creation);
        thrown.addAll(constructor.getThrownTypes());
        scan(creation.getEnclosingExpression(), null);
        scan(creation.getArguments(), null);
        return null;
      }

      @Override
      public Void visitThrow(ThrowTree statement, Void unused) {
        thrown.add(ASTHelpers.getType(statement.getExpression()));
        return super.visitThrow(statement, null);
      }

      @Override
      public Void visitTry(TryTree nested, Void unused) {
        List<Type> escaping = new ArrayList<>(ofTryBody(nested, state));
        for (CatchTree handler : nested.getCatches()) {
          for (Type caught : caughtTypes(handler)) {
            escaping.removeIf(type -> state.getTypes().isSubtype(type, caught));
          }
          scan(handler.getBlock(), null);
        }
        thrown.addAll(escaping);
        scan(nested.getFinallyBlock(), null);
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
    }.scan(tree, null);
    return thrown;
  }

  /** The types a catch clause names, one per alternative of a multi-catch. */
  static List<Type> caughtTypes(CatchTree handler) {
    List<Type> caught = new ArrayList<>();
    Tree typeTree = handler.getParameter().getType();
    if (typeTree instanceof UnionTypeTree unionTypeTree) {
      for (Tree alternative : unionTypeTree.getTypeAlternatives()) {
        caught.add(ASTHelpers.getType(alternative));
      }
    } else {
      caught.add(ASTHelpers.getType(typeTree));
    }
    return caught;
  }

  /** What a resource's {@code close()} declares, for the most specific {@code close()}. */
  private static List<Type> closeThrows(Type resourceType, VisitorState state) {
    if (resourceType == null) {
      return List.of();
    }
    for (Type type : state.getTypes().closure(resourceType)) {
      for (Symbol member : ASTHelpers.getEnclosedElements(type.tsym)) {
        if (member instanceof MethodSymbol methodSymbol
            && member.getSimpleName().contentEquals("close")
            && methodSymbol.getParameters().isEmpty()) {
          return methodSymbol.getThrownTypes();
        }
      }
    }
    return List.of();
  }
}
