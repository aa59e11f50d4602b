// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import dev.plumbline.processor.index.IndexCodec;
import dev.plumbline.processor.index.IndexScanner;
import dev.plumbline.processor.index.LibraryId;
import dev.plumbline.processor.index.LibraryIndex;
import dev.plumbline.processor.report.DiagnosticMessages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Messager;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Reads the index of every library on the class path and sorts out the ones that are not plain
 * libraries: this compilation's own index from an earlier build (skipped), the main code's index
 * seen from its test compilation, and ids that two libraries share (read, and reported).
 */
final class LibraryReader {

  /**
   * What the class path holds.
   *
   * @param indexes the libraries' indexes to merge, in class-name order
   * @param classes every class they list
   * @param testedCode whether this is a test compilation: an index with this compilation's id and
   *     no class in common, whose packages it shares (or whose output is a test directory)
   * @param collisions one sentence per id that two indexes share, for the partial reasons
   */
  record Libraries(
      List<LibraryIndex> indexes, Set<String> classes, boolean testedCode,
      List<String> collisions) {}

  private final Elements elements;
  private final IndexCodec codec;
  private final Messager messager;

  LibraryReader(Elements elements, IndexCodec codec, Messager messager) {
    this.elements = elements;
    this.codec = codec;
    this.messager = messager;
  }

  /**
   * Reads the libraries.
   *
   * @param own this compilation's id
   * @param sourceClasses the classes compiled now
   * @param sourcePackages their packages
   * @param testOutput whether the class output is a test compilation's directory
   */
  Libraries read(
      LibraryId own, Set<String> sourceClasses, Set<String> sourcePackages, boolean testOutput) {
    List<LibraryIndex> indexes = new ArrayList<>();
    Map<String, List<IndexScanner.Found>> byId = new LinkedHashMap<>();
    boolean testedCode = false;
    for (IndexScanner.Found found : new IndexScanner(elements, codec).scan()) {
      if (!found.problem().isEmpty()) {
        messager.printMessage(
            Diagnostic.Kind.WARNING,
            DiagnosticMessages.unreadableIndex(found.className(), found.problem()));
        continue;
      }
      LibraryIndex index = found.index();
      boolean ownId = index.library().equals(own.id());
      if (ownId && index.classes().stream().anyMatch(sourceClasses::contains)) {
        continue; // this compilation's own output of an earlier build
      }
      if (ownId && (testOutput || sharesPackage(index, sourcePackages))) {
        testedCode = true;
      } else {
        byId.computeIfAbsent(index.library(), id -> new ArrayList<>()).add(found);
      }
      indexes.add(index);
    }
    List<String> collisions = new ArrayList<>();
    // An index with this compilation's own id that is neither its stale output nor its main
    // code is read like any library: in an IDE's incremental build it is this module's last full
    // build. Two read indexes of one id are a collision: the application that has both on its
    // class path names them.
    byId.forEach(
        (id, sharing) -> {
          if (sharing.size() > 1) {
            collisions.add(collision(id, sharing));
          }
        });
    Set<String> classes = new HashSet<>();
    indexes.forEach(index -> classes.addAll(index.classes()));
    return new Libraries(List.copyOf(indexes), classes, testedCode, List.copyOf(collisions));
  }

  private String collision(String id, List<IndexScanner.Found> sharing) {
    List<String> holders = new ArrayList<>();
    for (IndexScanner.Found found : sharing) {
      holders.add(found.className() + " (packages "
          + String.join(", ", packages(found.index().classes())) + ")");
    }
    messager.printMessage(
        Diagnostic.Kind.WARNING, DiagnosticMessages.libraryIdCollision(id, holders));
    return holders.size() + " libraries use the index id '" + id + "'";
  }

  private static boolean sharesPackage(LibraryIndex index, Set<String> sourcePackages) {
    return packages(index.classes()).stream().anyMatch(sourcePackages::contains);
  }

  private static Set<String> packages(List<String> classNames) {
    Set<String> packages = new TreeSet<>();
    for (String name : classNames) {
      int dot = name.lastIndexOf('.');
      packages.add(dot < 0 ? "" : name.substring(0, dot));
    }
    return packages;
  }
}
