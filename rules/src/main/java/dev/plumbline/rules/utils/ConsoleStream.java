// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/** The two console streams, {@code System.out} and {@code System.err}, as call receivers. */
public enum ConsoleStream {
  /** {@code System.out}. */
  OUT("out"),
  /** {@code System.err}. */
  ERR("err");

  private final String fieldName;

  ConsoleStream(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The source text that names this stream. */
  public String sourceName() {
    return "System." + fieldName;
  }

  /**
   * The console stream a call is made on, if its receiver is {@code System.out} or
   * {@code System.err} (also when imported statically).
   */
  public static Optional<ConsoleStream> receiverOf(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (!(select instanceof MemberSelectTree memberSelectTree)) {
      return Optional.empty();
    }
    return of(memberSelectTree.getExpression());
  }

  /**
   * The console stream an expression names, if it is {@code System.out} or {@code System.err}
   * (also when imported statically).
   */
  public static Optional<ConsoleStream> of(ExpressionTree expression) {
    Symbol receiver = ASTHelpers.getSymbol(expression);
    if (receiver == null
        || receiver.getKind() != ElementKind.FIELD
        || !receiver.owner.getQualifiedName().contentEquals("java.lang.System")) {
      return Optional.empty();
    }
    for (ConsoleStream stream : values()) {
      if (receiver.getSimpleName().contentEquals(stream.fieldName)) {
        return Optional.of(stream);
      }
    }
    return Optional.empty();
  }

  /** The name of the method a call invokes. */
  public static String methodName(MethodInvocationTree call) {
    return ASTHelpers.getSymbol(call).getSimpleName().toString();
  }
}
