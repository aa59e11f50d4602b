// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics at the declarations they are about.
 *
 * <p>Why not {@code Messager.printMessage(kind, message, element)}: the verdict exists only after
 * every class is analysed, and by then javac (compiling class by class) has already generated
 * and released the earlier classes, so the Messager finds no position for them. The tree paths
 * are therefore remembered while they are valid, after the last processing round, and the
 * diagnostic goes through {@link Trees#printMessage}.
 */
public final class DiagnosticSink {

  private final Messager messager;
  private final Trees trees;
  private final Map<String, TreePath> positions;

  /**
   * Creates a sink.
   *
   * @param messager javac's messager, for diagnostics without a position
   * @param trees javac's tree utilities
   * @param positions where each declaration is, by the binary name of a class or the name of a
   *     package, remembered while the trees were in place
   */
  public DiagnosticSink(Messager messager, Trees trees, Map<String, TreePath> positions) {
    this.messager = messager;
    this.trees = trees;
    this.positions = Map.copyOf(positions);
  }

  /**
   * The file, line and column of a remembered declaration.
   *
   * @param key the binary name of a class or the name of a package
   * @return its location, empty when it was not remembered
   */
  Optional<SourceLocation> locate(String key) {
    TreePath path = positions.get(key);
    if (path == null) {
      return Optional.empty();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    long position = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
    LineMap lines = unit.getLineMap();
    if (position < 0 || lines == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceLocation(
            unit.getSourceFile().toUri().toString(),
            lines.getLineNumber(position),
            lines.getColumnNumber(position)));
  }

  /**
   * Prints a diagnostic at a remembered declaration, or without position when it is unknown.
   *
   * @param kind ERROR, WARNING or NOTE
   * @param message the text
   * @param key the binary name of a class or the name of a package; empty for none
   */
  public void print(Diagnostic.Kind kind, String message, Optional<String> key) {
    TreePath path = key.map(positions::get).orElse(null);
    if (path == null) {
      messager.printMessage(kind, message);
    } else {
      trees.printMessage(kind, message, path.getLeaf(), path.getCompilationUnit());
    }
  }
}
