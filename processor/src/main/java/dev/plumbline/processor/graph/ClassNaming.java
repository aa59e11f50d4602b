// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Names graph nodes: the binary name of the nearest named class (top-level or member).
 *
 * <p>Anonymous and local classes have compiler-chosen names ({@code Outer$1}) that change when
 * code moves, so they are folded into the named class that contains them. Names are cached
 * because the scanner asks for the same few hundred classes many thousand times.
 */
public final class ClassNaming {

  private final Elements elements;
  private final Map<TypeElement, String> cache = new HashMap<>();

  /**
   * Creates a naming helper over the compilation's element utilities.
   *
   * @param elements javac's element utilities
   */
  public ClassNaming(Elements elements) {
    this.elements = elements;
  }

  /**
   * The graph node name of a type.
   *
   * @param type any class, interface, enum, record or annotation type
   * @return the binary name of the type, or of its nearest named enclosing class
   */
  public String nodeName(TypeElement type) {
    String name = cache.get(type);
    if (name == null) {
      name = elements.getBinaryName(namedType(type)).toString();
      cache.put(type, name);
    }
    return name;
  }

  /**
   * The innermost class that is or contains {@code type} and that has a stable name: it and all
   * classes around it are top-level or member classes. A member class of an anonymous class
   * ({@code Outer$1$Entry}) folds into {@code Outer} like the anonymous class itself.
   *
   * @param type the type to start from
   * @return {@code type} itself unless it is, or sits inside, a local or anonymous class
   */
  public static TypeElement namedType(TypeElement type) {
    TypeElement named = type;
    for (TypeElement current = type; current != null; current = enclosingType(current)) {
      TypeElement enclosing = enclosingType(current);
      if (enclosing != null
          && (current.getNestingKind() == NestingKind.LOCAL
              || current.getNestingKind() == NestingKind.ANONYMOUS)) {
        named = enclosing;
      }
    }
    return named;
  }

  /**
   * The type that lexically encloses an element, or null for a top-level type.
   *
   * @param element a member, local or nested element
   * @return the enclosing type, or null when there is none
   */
  public static @Nullable TypeElement enclosingType(Element element) {
    Element current = element.getEnclosingElement();
    while (current != null && !(current instanceof TypeElement)) {
      current = current.getEnclosingElement();
    }
    return (TypeElement) current;
  }
}
