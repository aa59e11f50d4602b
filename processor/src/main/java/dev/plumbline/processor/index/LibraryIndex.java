// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import dev.plumbline.processor.wiring.Root;
import java.util.List;
import java.util.Map;

/**
 * What one compilation leaves behind for the compilations that depend on it.
 *
 * <p>The graph is stored compactly: {@code nodes} lists each class name once, the library's own
 * {@code classes} first, and every entry of {@code edges} is {@code [from, to, to, ...]} as
 * positions in {@code nodes}; the stored text (format 2) names a class once and uses positions
 * everywhere else, module classes included. Only edges leaving
 * the library's own classes are stored; targets in the JDK are dropped unless they are service
 * types, because nothing in the JDK leads back into application code except ServiceLoader.
 *
 * @param format the index format version, {@link #FORMAT}
 * @param library the library's id (also the index class's name suffix)
 * @param classes binary names of the classes compiled in the library
 * @param nodes every class name the edges use, starting with {@code classes}
 * @param edges adjacency lists of code references as positions in {@code nodes}
 * @param byNameEdges adjacency lists of classes loaded by a constant name ({@code Class.forName});
 *     stored as {@code byName} when there are any
 * @param frameworkEdges adjacency lists of framework edges (Spring's component scan); stored as
 *     {@code framework} when there are any
 * @param services ServiceLoader registrations: service type to implementations
 * @param modules the modules the library declares
 * @param roots the library's framework and declared roots, which count in every application that
 *     uses it; stored as {@code roots} when there are any
 */
public record LibraryIndex(
    int format,
    String library,
    List<String> classes,
    List<String> nodes,
    List<List<Integer>> edges,
    List<List<Integer>> byNameEdges,
    List<List<Integer>> frameworkEdges,
    Map<String, List<String>> services,
    List<IndexedModule> modules,
    List<Root> roots) {

  /** The index format this processor writes and reads. */
  public static final int FORMAT = 2;
}
