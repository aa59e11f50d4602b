// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jakarta CDI (and {@code javax.enterprise}): bean discovery. A class with a bean-defining
 * annotation ({@code @ApplicationScoped}, {@code @RequestScoped}, {@code @SessionScoped}, {@code
 * @ConversationScoped}, {@code @Dependent}, {@code @Model}, {@code @Interceptor}, {@code
 * @Decorator}, or an annotation that carries {@code @Stereotype} or {@code @NormalScope}) is
 * discovered by the container in its bean archive: a root. Portable extensions are services
 * (see {@link ServiceTypeRule}). The container creates a normal-scoped bean only when something
 * uses it; a bean nothing injects still counts as wired, as the container has loaded it.
 */
final class CdiRule implements FrameworkRule {

  private static final Set<String> BEAN_DEFINING =
      Set.of(
          "jakarta.enterprise.context.ApplicationScoped",
          "jakarta.enterprise.context.RequestScoped",
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped",
          "jakarta.enterprise.context.Dependent",
          "jakarta.enterprise.context.NormalScope",
          "jakarta.enterprise.inject.Model",
          "jakarta.enterprise.inject.Stereotype",
          "jakarta.interceptor.Interceptor",
          "jakarta.decorator.Decorator",
          "javax.enterprise.context.ApplicationScoped",
          "javax.enterprise.context.RequestScoped",
          "javax.enterprise.context.SessionScoped",
          "javax.enterprise.context.ConversationScoped",
          "javax.enterprise.context.Dependent",
          "javax.enterprise.context.NormalScope",
          "javax.enterprise.inject.Model",
          "javax.enterprise.inject.Stereotype",
          "javax.interceptor.Interceptor",
          "javax.decorator.Decorator");

  @Override
  public void apply(FrameworkScan scan) {
    if (!scan.seesAny(List.of("jakarta.enterprise.context.Dependent",
        "javax.enterprise.context.Dependent", "jakarta.interceptor.Interceptor",
        "javax.interceptor.Interceptor"))) {
      return;
    }
    scan.sources().types().forEach(
        (name, type) -> {
          if (!type.getKind().isClass()) {
            return;
          }
          Optional<AnnotationMirror> bean = scan.annotations().directOrMeta(type, BEAN_DEFINING);
          bean.ifPresent(mirror -> scan.root(name,
              "CDI bean (@" + AnnotationValues.simpleNameOf(mirror) + ")"));
        });
  }
}
