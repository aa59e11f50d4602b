// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Turns one attributed class tree into reference edges.
 *
 * <p>Every identifier and member select is resolved through {@link Trees#getElement}, so what
 * counts is the symbol javac bound, not an import line: a call into the same package with no
 * import is an edge, an unused import is not. Method calls, field accesses, constructions,
 * annotations, class literals, extends/implements clauses and method references all reach the
 * scanner as identifiers or member selects; variable declarations add their declared type (which
 * covers {@code var}) and lambdas add their functional interface.
 *
 * <p>Why a {@link TreeScanner} and two-level paths: after attribution javac stores each node's
 * symbol and type on the node itself, and {@code Trees.getElement} and {@code getTypeMirror} read
 * them from the path's leaf. A {@code TreePathScanner} would allocate a path object for every
 * node of the program; here one is made only for the nodes that are looked up.
 */
public final class ReferenceScanner extends TreeScanner<Void, Void> {

  private final Trees trees;
  private final Types types;
  private final ClassNaming naming;
  private final ReferenceGraph graph;
  private final Deque<String> enclosingClasses = new ArrayDeque<>();
  private TreePath unitPath;
  private TypeElement lastTarget;
  private boolean sawErrors;

  /**
   * Creates a scanner that adds its edges to {@code graph}.
   *
   * @param trees javac's tree utilities (the trees must be attributed)
   * @param types javac's type utilities
   * @param naming how classes are named as graph nodes
   * @param graph the graph that receives the edges
   */
  public ReferenceScanner(Trees trees, Types types, ClassNaming naming, ReferenceGraph graph) {
    this.trees = trees;
    this.types = types;
    this.naming = naming;
    this.graph = graph;
  }

  /**
   * Scans one top-level class (with everything nested in it).
   *
   * @param classPath the path of the class tree, from {@code Trees.getPath(typeElement)}
   */
  public void scanClass(TreePath classPath) {
    CompilationUnitTree unit = classPath.getCompilationUnit();
    unitPath = new TreePath(unit);
    scan(classPath.getLeaf(), null);
  }

  private TreePath pathTo(Tree node) {
    return new TreePath(unitPath, node);
  }

  /**
   * Whether a scanned tree held a symbol javac could not resolve: the compilation has errors,
   * and the verifier stays silent so that javac's own errors are what the user sees.
   *
   * @return true after an erroneous symbol was met
   */
  public boolean sawErrors() {
    return sawErrors;
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    Element element = trees.getElement(pathTo(tree));
    if (!(element instanceof TypeElement type)) {
      return super.visitClass(tree, null);
    }
    String name = naming.nodeName(type);
    if (type.getNestingKind() == NestingKind.MEMBER) {
      graph.addEdge(name, naming.nodeName(ClassNaming.enclosingType(type)), EdgeKind.ENCLOSING);
    }
    enclosingClasses.push(name);
    lastTarget = null;
    try {
      return super.visitClass(tree, null);
    } finally {
      enclosingClasses.pop();
      lastTarget = null;
    }
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    addElement(trees.getElement(pathTo(tree)));
    return super.visitIdentifier(tree, null);
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    addElement(trees.getElement(pathTo(tree)));
    return super.visitMemberSelect(tree, null);
  }

  @Override
  public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
    addElement(trees.getElement(pathTo(tree)));
    return super.visitMemberReference(tree, null);
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    addElement(trees.getElement(pathTo(tree)));
    return super.visitNewClass(tree, null);
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    Element variable = trees.getElement(pathTo(tree));
    if (variable != null) {
      addType(variable.asType());
    }
    return super.visitVariable(tree, null);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    addType(trees.getTypeMirror(pathTo(tree)));
    return super.visitLambdaExpression(tree, null);
  }

  private void addType(TypeMirror type) {
    if (type == null) {
      return;
    }
    if (type.getKind() == TypeKind.ERROR) {
      sawErrors = true;
      return;
    }
    TypeMirror erased = types.erasure(type);
    while (erased.getKind() == TypeKind.ARRAY) {
      erased = types.erasure(((ArrayType) erased).getComponentType());
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      addElement(((DeclaredType) erased).asElement());
    }
  }

  private void addElement(Element element) {
    if (element == null || enclosingClasses.isEmpty()) {
      return;
    }
    if (element.asType().getKind() == TypeKind.ERROR) {
      sawErrors = true;
      return;
    }
    TypeElement owner = owningType(element);
    // Code names the same class many times in a row (a chain of calls on one type): one edge.
    if (owner != null && owner != lastTarget) {
      lastTarget = owner;
      graph.addEdge(enclosingClasses.peek(), naming.nodeName(owner), EdgeKind.REFERENCE);
    }
  }

  /** The class a referenced symbol belongs to; null for locals, parameters and packages. */
  private static TypeElement owningType(Element element) {
    ElementKind kind = element.getKind();
    if (kind.isClass() || kind.isInterface()) {
      return (TypeElement) element;
    }
    boolean member =
        kind == ElementKind.METHOD
            || kind == ElementKind.CONSTRUCTOR
            || kind == ElementKind.FIELD
            || kind == ElementKind.ENUM_CONSTANT
            || kind == ElementKind.RECORD_COMPONENT;
    return member ? ClassNaming.enclosingType(element) : null;
  }
}
