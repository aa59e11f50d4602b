// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
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
    return scan(tree.getTypeArguments(), null);
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
