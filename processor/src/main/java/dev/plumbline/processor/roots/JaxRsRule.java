// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * JAX-RS ({@code jakarta.ws.rs} and {@code javax.ws.rs}). A subclass of {@code Application}
 * annotated {@code @ApplicationPath} is a root. The container serves every class annotated
 * {@code @Path} (resources) and {@code @Provider} (providers), so those are roots, unless an
 * application class of the sources overrides {@code getClasses()} or {@code getSingletons()}:
 * then it serves only the classes those methods name, which their code reaches.
 */
final class JaxRsRule implements FrameworkRule {

  private static final Set<String> PATH = Set.of("jakarta.ws.rs.Path", "javax.ws.rs.Path");
  private static final Set<String> PROVIDER =
      Set.of("jakarta.ws.rs.ext.Provider", "javax.ws.rs.ext.Provider");
  private static final Set<String> APPLICATION_PATH =
      Set.of("jakarta.ws.rs.ApplicationPath", "javax.ws.rs.ApplicationPath");
  private static final Set<String> APPLICATION =
      Set.of("jakarta.ws.rs.core.Application", "javax.ws.rs.core.Application");

  @Override
  public void apply(FrameworkScan scan) {
    if (!scan.seesAny(List.of("jakarta.ws.rs.Path", "javax.ws.rs.Path"))) {
      return;
    }
    List<String> applications = new ArrayList<>();
    boolean listsItsClasses = false;
    for (var entry : scan.sources().types().entrySet()) {
      TypeElement type = entry.getValue();
      if (isApplication(type)) {
        if (AnnotationValues.direct(type, APPLICATION_PATH).isPresent()) {
          applications.add(entry.getKey());
        }
        listsItsClasses |= declaresMethod(type, "getClasses")
            || declaresMethod(type, "getSingletons");
      }
    }
    applications.forEach(name -> scan.root(name, "JAX-RS application (@ApplicationPath)"));
    if (listsItsClasses) {
      return;
    }
    scan.sources().types().forEach(
        (name, type) -> {
          if (!type.getKind().isClass()) {
            return;
          }
          if (AnnotationValues.direct(type, PATH).isPresent()) {
            scan.root(name, "JAX-RS resource (@Path)");
          } else if (AnnotationValues.direct(type, PROVIDER).isPresent()) {
            scan.root(name, "JAX-RS provider (@Provider)");
          }
        });
  }

  private static boolean isApplication(TypeElement type) {
    for (TypeMirror current = type.getSuperclass(); current.getKind() == TypeKind.DECLARED; ) {
      TypeElement superclass = (TypeElement) ((DeclaredType) current).asElement();
      if (APPLICATION.contains(superclass.getQualifiedName().toString())) {
        return true;
      }
      current = superclass.getSuperclass();
    }
    return false;
  }

  private static boolean declaresMethod(TypeElement type, String name) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(method -> method.getSimpleName().contentEquals(name));
  }
}
