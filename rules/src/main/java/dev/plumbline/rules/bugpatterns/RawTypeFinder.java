// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the raw generic types written in one type expression, nested ones included
 * ({@code List<Map>} yields {@code Map}). Qualifiers ({@code Map} in {@code Map.Entry<K, V>}) are
 * only a path to the type and are not uses of it.
 */
final class RawTypeFinder extends TreeScanner<Void, Void> {

  private final List<Tree> rawTypes = new ArrayList<>();

  private RawTypeFinder() {}

  /** The raw type uses inside {@code typeTree}, in source order. */
  static List<Tree> find(Tree typeTree) {
    RawTypeFinder finder = new RawTypeFinder();
    if (typeTree != null) {
      finder.scan(typeTree, null);
    }
    return finder.rawTypes;
  }

  @Override
  public Void visitParameterizedType(ParameterizedTypeTree tree, Void unused) {
    // The base of List<String> is not raw; only its arguments may hold raw types.
    if (isClass(tree)) {
      for (Tree argument : tree.getTypeArguments()) {
        scanClassArgument(argument);
      }
      return null;
    }
    return scan(tree.getTypeArguments(), null);
  }

  /**
   * {@code Class<? extends Map>} is the only way to accept class literals: {@code HashMap.class}
   * is a {@code Class<HashMap>} with a raw argument, which {@code Class<? extends Map<?, ?>>}
   * rejects. The wildcard's own bound is therefore not reported; raw types nested deeper are.
   */
  private void scanClassArgument(Tree argument) {
    if (argument instanceof WildcardTree && ((WildcardTree) argument).getBound() != null) {
      Tree bound = ((WildcardTree) argument).getBound();
      if (bound instanceof ParameterizedTypeTree) {
        scan(bound, null);
      }
      return;
    }
    scan(argument, null);
  }

  private static boolean isClass(ParameterizedTypeTree tree) {
    Type type = ASTHelpers.getType(tree);
    return type != null && type.tsym.getQualifiedName().contentEquals("java.lang.Class");
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    record(tree);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    record(tree);
    return null;
  }

  private void record(Tree tree) {
    Type type = ASTHelpers.getType(tree);
    if (type != null && type.isRaw()) {
      rawTypes.add(tree);
    }
  }
}
