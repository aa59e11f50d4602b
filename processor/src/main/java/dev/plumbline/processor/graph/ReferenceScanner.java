// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
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
 *
 * <p>Code names the same few symbols over and over (a local variable, a field, a method called in
 * a loop). Each named class therefore keeps the set of symbols it has already looked at, and the
 * classes it refers to go into the graph once, when the class has been scanned, in the order the
 * code first named them.
 */
public final class ReferenceScanner extends TreeScanner<Void, Void> {

  private final Trees trees;
  private final Types types;
  private final ClassNaming naming;
  private final ReferenceGraph graph;
  private static final Set<String> LOADING_METHODS = Set.of("forName", "loadClass", "findClass");

  private final Deque<ClassReferences> enclosingClasses = new ArrayDeque<>();
  private TreePath unitPath;
  private boolean sawErrors;

  /**
   * What one graph node refers to. Local and anonymous classes are part of the named class around
   * them (see {@link ClassNaming#namedType}), so they add to its references.
   */
  private static final class ClassReferences {
    final String name;
    /** javac's symbols are unique within a compilation and compare by identity. */
    final Set<Element> seen = new HashSet<>();
    /** In the order the code first names them: the order of the node's edges. */
    final Set<TypeElement> targets = new LinkedHashSet<>();
    /** Classes loaded by a constant name ({@code Class.forName("a.B")}), by binary name. */
    final Set<String> loadedByName = new LinkedHashSet<>();

    ClassReferences(String name) {
      this.name = name;
    }
  }

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
    ClassReferences around = enclosingClasses.peek();
    boolean named = around == null || !around.name.equals(name);
    ClassReferences references = named ? new ClassReferences(name) : around;
    if (named && type.getNestingKind() == NestingKind.MEMBER) {
      graph.addEdge(name, naming.nodeName(ClassNaming.enclosingType(type)), EdgeKind.ENCLOSING);
    }
    enclosingClasses.push(references);
    try {
      return super.visitClass(tree, null);
    } finally {
      enclosingClasses.pop();
      if (named) {
        addEdges(references);
      }
    }
  }

  private void addEdges(ClassReferences references) {
    for (TypeElement target : references.targets) {
      graph.addEdge(references.name, naming.nodeName(target), EdgeKind.REFERENCE);
    }
    for (String target : references.loadedByName) {
      graph.addEdge(references.name, target, EdgeKind.BY_NAME);
    }
  }

  /**
   * {@code Class.forName}, {@code ClassLoader.loadClass} (and its overrides) and {@code
   * MethodHandles.Lookup.findClass} with a compile-time constant name: an edge to that class. The
   * method's name is checked first, so that only those few calls cost a symbol look-up.
   */
  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    ExpressionTree select = tree.getMethodSelect();
    Name name = select instanceof MemberSelectTree member ? member.getIdentifier()
        : select instanceof IdentifierTree identifier ? identifier.getName() : null;
    ClassReferences references = enclosingClasses.peek();
    if (name != null && references != null && !tree.getArguments().isEmpty()
        && LOADING_METHODS.contains(name.toString())
        && loadsClasses(trees.getElement(pathTo(select)))) {
      ConstantNames.of(tree.getArguments().get(0), trees, unitPath)
          .ifPresent(references.loadedByName::add);
    }
    return super.visitMethodInvocation(tree, null);
  }

  private static boolean loadsClasses(Element method) {
    if (!(method instanceof ExecutableElement executable)) {
      return false;
    }
    TypeElement owner = ClassNaming.enclosingType(executable);
    String name = executable.getSimpleName().toString();
    if (owner == null) {
      return false;
    }
    String ownerName = owner.getQualifiedName().toString();
    return switch (name) {
      case "forName" -> ownerName.equals("java.lang.Class");
      case "findClass" -> ownerName.equals("java.lang.invoke.MethodHandles.Lookup");
      case "loadClass" -> isClassLoader(owner);
      default -> false;
    };
  }

  private static boolean isClassLoader(TypeElement type) {
    for (TypeElement current = type; current != null; ) {
      if (current.getQualifiedName().contentEquals("java.lang.ClassLoader")) {
        return true;
      }
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement()
          : null;
    }
    return false;
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
    TypeMirror element = type;
    while (element.getKind() == TypeKind.ARRAY) {
      element = ((ArrayType) element).getComponentType();
    }
    TypeKind kind = element.getKind();
    if (kind == TypeKind.ERROR) {
      sawErrors = true;
    } else if (kind == TypeKind.DECLARED) {
      addElement(((DeclaredType) element).asElement());
    } else if (!kind.isPrimitive() && kind != TypeKind.VOID && kind != TypeKind.NONE) {
      // A type variable, intersection or union: the class its erasure names.
      TypeMirror erased = types.erasure(element);
      if (erased.getKind() == TypeKind.DECLARED) {
        addElement(((DeclaredType) erased).asElement());
      }
    }
  }

  private void addElement(Element element) {
    ClassReferences references = enclosingClasses.peek();
    if (element == null || references == null || isLocal(element.getKind())
        || !references.seen.add(element)) {
      return;
    }
    if (element.asType().getKind() == TypeKind.ERROR) {
      sawErrors = true;
      return;
    }
    TypeElement owner = owningType(element);
    if (owner != null) {
      references.targets.add(owner);
    }
  }

  /**
   * Symbols that belong to no class: locals, parameters, type variables and packages. Most
   * identifiers in a method body are these; their declared types are scanned where they are
   * declared (an erroneous one included), so they are skipped before any set or type look-up.
   */
  private static boolean isLocal(ElementKind kind) {
    return kind == ElementKind.LOCAL_VARIABLE
        || kind == ElementKind.PARAMETER
        || kind == ElementKind.EXCEPTION_PARAMETER
        || kind == ElementKind.RESOURCE_VARIABLE
        || kind == ElementKind.BINDING_VARIABLE
        || kind == ElementKind.TYPE_PARAMETER
        || kind == ElementKind.PACKAGE;
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
