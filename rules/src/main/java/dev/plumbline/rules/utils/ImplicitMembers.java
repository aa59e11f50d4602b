// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;

/**
 * Members javac writes itself or derives from a record header: default constructors, canonical
 * and compact record constructors (with their parameters) and record accessors. A person wrote
 * none of them apart from the record component they repeat, so checks look at the component.
 */
public final class ImplicitMembers {

  private ImplicitMembers() {}

  /** Whether the method is implicit or repeats a record component. */
  public static boolean isImplicitOrRecordMember(MethodTree tree) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    return ASTHelpers.isGeneratedConstructor(tree)
        || (method.flags()
                & (Flags.GENERATED_MEMBER | Flags.RECORD | Flags.COMPACT_RECORD_CONSTRUCTOR))
            != 0;
  }

  /** Whether the current variable is a parameter of such a method. */
  public static boolean isParameterOfImplicitMember(VisitorState state) {
    Tree parent = state.getPath().getParentPath().getLeaf();
    return parent instanceof MethodTree && isImplicitOrRecordMember((MethodTree) parent);
  }
}
