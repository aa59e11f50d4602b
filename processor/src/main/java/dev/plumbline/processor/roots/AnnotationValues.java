// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads frameworks' annotations by name, so that the processor needs none of their jars: which
 * annotation an element carries (directly, or through the annotations on that annotation, as
 * Spring's {@code @Service} carries {@code @Component}), and an annotation's string and class
 * values.
 */
final class AnnotationValues {

  private final Map<TypeElement, Set<String>> metaAnnotations = new HashMap<>();

  /** The first annotation on {@code element} of one of the named types, directly. */
  static Optional<AnnotationMirror> direct(Element element, Set<String> names) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (names.contains(nameOf(mirror))) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The first annotation on {@code element} that is one of the named types or carries one of
   * them (at any depth).
   */
  Optional<AnnotationMirror> directOrMeta(Element element, Set<String> names) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (names.contains(nameOf(mirror))) {
        return Optional.of(mirror);
      }
      Set<String> meta = metaAnnotationsOf((TypeElement) mirror.getAnnotationType().asElement());
      if (meta.stream().anyMatch(names::contains)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Every annotation type an annotation type carries, at any depth (cached per type). */
  private Set<String> metaAnnotationsOf(TypeElement annotationType) {
    Set<String> cached = metaAnnotations.get(annotationType);
    if (cached != null) {
      return cached;
    }
    Set<String> found = new HashSet<>();
    List<TypeElement> queue = new ArrayList<>(List.of(annotationType));
    Set<TypeElement> seen = new HashSet<>(queue);
    while (!queue.isEmpty()) {
      TypeElement current = queue.remove(queue.size() - 1);
      for (AnnotationMirror mirror : current.getAnnotationMirrors()) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        found.add(type.getQualifiedName().toString());
        if (seen.add(type)) {
          queue.add(type);
        }
      }
    }
    metaAnnotations.put(annotationType, found);
    return found;
  }

  static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static String simpleNameOf(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The strings of an attribute ({@code String} or {@code String[]}) as written. */
  static List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> values = new ArrayList<>();
    for (Object value : values(mirror, attribute)) {
      if (value instanceof String text && !text.isBlank()) {
        values.add(text.trim());
      }
    }
    return values;
  }

  /** The classes of an attribute ({@code Class} or {@code Class[]}) as written. */
  static List<TypeElement> classes(AnnotationMirror mirror, String attribute) {
    List<TypeElement> classes = new ArrayList<>();
    for (Object value : values(mirror, attribute)) {
      if (value instanceof TypeMirror type && type instanceof DeclaredType declared) {
        classes.add((TypeElement) declared.asElement());
      }
    }
    return classes;
  }

  private static List<Object> values(AnnotationMirror mirror, String attribute) {
    List<Object> values = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        Object value = entry.getValue().getValue();
        if (value instanceof List<?> list) {
          list.forEach(item -> values.add(((AnnotationValue) item).getValue()));
        } else {
          values.add(value);
        }
      }
    }
    return values;
  }
}
