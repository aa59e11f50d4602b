// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import dev.plumbline.annotations.Critical;
import dev.plumbline.annotations.EntryPoint;
import dev.plumbline.annotations.Module;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether an element carries one of the annotations the verifier looks for.
 *
 * <p>Why not {@code Element.getAnnotation}: javac answers it by turning the name of every
 * annotation on the element into a new string and comparing, and the verifier asks about every
 * class of the sources several times. Here each annotation type is looked up once, and an element
 * carries it when one of its annotation mirrors is that very type (javac's elements are unique
 * within a compilation). An annotation type that is not on the class path cannot be on any
 * element, so a code base without Plumbline's annotations is answered without looking.
 */
public final class AnnotationLookup {

  private final @Nullable TypeElement module;
  private final @Nullable TypeElement critical;
  private final @Nullable TypeElement entryPoint;

  /**
   * Looks up the annotation types as the sources see them.
   *
   * @param elements javac's element utilities
   * @param anySource any class of the sources (the types are looked up in its module); empty
   *     when there is none, and then no element carries them
   */
  public AnnotationLookup(Elements elements, Optional<TypeElement> anySource) {
    this.module = find(elements, anySource, Module.class);
    this.critical = find(elements, anySource, Critical.class);
    this.entryPoint = find(elements, anySource, EntryPoint.class);
  }

  private static @Nullable TypeElement find(
      Elements elements, Optional<TypeElement> anySource, Class<?> annotation) {
    return anySource
        .flatMap(source -> SourceSet.visibleType(elements, source, annotation.getCanonicalName()))
        .orElse(null);
  }

  /**
   * Whether the sources can see any of Plumbline's annotations: when they cannot, no element
   * carries one, and callers can skip looking at elements one by one.
   *
   * @return true when {@code @Module}, {@code @Critical} or {@code @EntryPoint} is visible
   */
  public boolean anyVisible() {
    return module != null || critical != null || entryPoint != null;
  }

  /**
   * Whether {@code element} declares a module ({@code @Module} or {@code @Critical}).
   *
   * @param element a type or package
   * @return true when it carries either annotation
   */
  public boolean declaresModule(Element element) {
    return carries(element, module) || carries(element, critical);
  }

  /**
   * Whether {@code element} is annotated {@code @EntryPoint}.
   *
   * @param element a type
   * @return true when it carries the annotation
   */
  public boolean isEntryPoint(Element element) {
    return carries(element, entryPoint);
  }

  private static boolean carries(Element element, @Nullable TypeElement annotationType) {
    if (annotationType == null) {
      return false;
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement() == annotationType) {
        return true;
      }
    }
    return false;
  }
}
