// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.plumbline.processor.graph.ClassNaming;
import dev.plumbline.processor.model.AnnotationLookup;
import dev.plumbline.processor.report.DiagnosticSink;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Remembers where the declarations that diagnostics can point at are, while their trees are in
 * place: the verdict exists only when every class is analysed, and by then javac (compiling class
 * by class) has released the earlier ones.
 *
 * <p>Only those few positions are kept (holding every class's path would hold the whole program's
 * syntax trees until the end of the compilation): the classes that declare a module or an entry
 * point, the {@code package-info.java} files, and for each package its first top-level class in
 * name order that declares no module (the anchor of a package left to itself).
 */
final class AnchorPositions {

  private final Trees trees;
  private final Elements elements;
  private final ClassNaming naming;
  private final ProcessorOptions options;
  private final Map<String, TreePath> positions = new HashMap<>();
  private final Set<String> anchors = new HashSet<>();
  private final Map<String, String> firstOfPackage = new HashMap<>();

  AnchorPositions(Trees trees, Elements elements, ClassNaming naming, ProcessorOptions options) {
    this.trees = trees;
    this.elements = elements;
    this.naming = naming;
    this.options = options;
  }

  /** Remembers a package declared in a {@code package-info.java}. */
  void rememberPackage(String packageName, TreePath path) {
    if (path != null) {
      positions.put(packageName, path);
      anchors.add(packageName);
    }
  }

  /** Remembers what a just-analysed top-level class and its nested classes can anchor. */
  void rememberClass(TypeElement topLevel, TreePath path, AnnotationLookup annotations) {
    String name = naming.nodeName(topLevel);
    if (isAnchor(topLevel, name, annotations)) {
      positions.put(name, path);
      anchors.add(name);
    } else {
      rememberIfFirstOfPackage(topLevel, name, path);
    }
    if (annotations.anyVisible() || !options.entryPoints().isEmpty()) {
      // Without Plumbline's annotations on the class path or a configured entry point no nested
      // class can be an anchor: the walk through every class's members is skipped.
      rememberNested(topLevel, annotations);
    }
  }

  private void rememberNested(TypeElement type, AnnotationLookup annotations) {
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      String name = naming.nodeName(member);
      if (isAnchor(member, name, annotations)) {
        TreePath path = trees.getPath(member);
        if (path != null) {
          positions.put(name, path);
          anchors.add(name);
        }
      }
      rememberNested(member, annotations);
    }
  }

  private boolean isAnchor(TypeElement type, String name, AnnotationLookup annotations) {
    return annotations.declaresModule(type)
        || annotations.isEntryPoint(type)
        || options.isEntryPoint(name);
  }

  private void rememberIfFirstOfPackage(TypeElement type, String name, TreePath path) {
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    String first = firstOfPackage.get(pkg);
    if (first != null && first.compareTo(name) < 0) {
      return;
    }
    if (first != null && !anchors.contains(first)) {
      positions.remove(first);
    }
    firstOfPackage.put(pkg, name);
    positions.put(name, path);
  }

  /** The sink that prints at the remembered positions, once every class is analysed. */
  DiagnosticSink sink(Messager messager) {
    return new DiagnosticSink(messager, trees, positions);
  }
}
