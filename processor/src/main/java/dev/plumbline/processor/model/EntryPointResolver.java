// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import dev.plumbline.processor.graph.ClassNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the entry point: the source class annotated {@code @EntryPoint} and/or the class named
 * by {@code -Aplumbline.entryPoint}.
 */
public final class EntryPointResolver {

  /**
   * One candidate entry point.
   *
   * @param name binary name of the class
   * @param how how it was declared, as messages show it
   * @param element the class
   */
  public record Candidate(String name, String how, TypeElement element) {}

  /**
   * The outcome: no candidate (a library), one, several (an error), or a configured name that
   * resolves to nothing (an error).
   *
   * @param candidates the distinct candidates found
   * @param missingConfigured the configured name when it names no class, else empty
   */
  public record Resolution(List<Candidate> candidates, String missingConfigured) {}

  private EntryPointResolver() {}

  /**
   * Resolves the entry point.
   *
   * @param sourceTypes the source classes by binary name
   * @param configured the configured name, empty when not set
   * @param elements javac's element utilities
   * @param naming how classes are named as graph nodes
   * @param annotations which elements carry Plumbline's annotations
   * @return the resolution
   */
  public static Resolution resolve(
      Map<String, TypeElement> sourceTypes,
      String configured,
      Elements elements,
      ClassNaming naming,
      AnnotationLookup annotations) {
    List<Candidate> candidates = new ArrayList<>();
    sourceTypes.forEach(
        (name, type) -> {
          if (annotations.isEntryPoint(type)) {
            candidates.add(new Candidate(name, name + " (@EntryPoint)", type));
          }
        });
    if (configured.isEmpty()) {
      return new Resolution(candidates, "");
    }
    TypeElement type = elements.getTypeElement(configured.replace('$', '.'));
    if (type == null) {
      return new Resolution(candidates, configured);
    }
    String name = naming.nodeName(type);
    boolean alreadyFound = candidates.stream().anyMatch(found -> found.name().equals(name));
    if (!alreadyFound) {
      candidates.add(new Candidate(name, name + " (-Aplumbline.entryPoint)", type));
    }
    return new Resolution(candidates, "");
  }
}
