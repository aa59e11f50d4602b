// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import dev.plumbline.processor.model.SourceSet;
import dev.plumbline.processor.wiring.Root;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * The classes frameworks start from their own annotations and descriptors, rule by rule (each is
 * documented in the processor README): Spring, Jakarta CDI, JAX-RS, servlets, and the service
 * types that frameworks and the JDK load themselves (JUnit platform engines and extensions, CDI
 * extensions, javac processors and plugins, JDBC drivers...). A rule whose annotation types the
 * sources cannot see is skipped without looking at a single class, so a code base without
 * frameworks pays nothing.
 */
public final class FrameworkRoots {

  /**
   * What the rules found.
   *
   * @param roots framework roots, by rule and then in source order
   * @param entryPoints classes that start the program like a main class (a Spring Boot
   *     application with a main method)
   * @param edges framework edges, from a class to the classes a framework loads because of it
   *     (Spring's component scan)
   */
  public record Found(List<Root> roots, List<Root> entryPoints, Map<String, Set<String>> edges) {}

  private static final List<FrameworkRule> RULES =
      List.of(new SpringRule(), new CdiRule(), new JaxRsRule(), new ServletRule(),
          new ServiceTypeRule());

  private FrameworkRoots() {}

  /**
   * Applies every rule.
   *
   * @param sources the compilation's sources
   * @param elements javac's element utilities
   * @param services the sources' ServiceLoader registrations, service type to implementations
   * @param libraryClasses the classes of the libraries on the class path (Spring scans them too)
   * @param classOutput the class output directory, for the descriptors Maven copied there;
   *     empty when the output is not on disk
   * @return the roots, entry points and edges found
   */
  public static Found find(
      SourceSet sources,
      Elements elements,
      Map<String, Set<String>> services,
      Collection<String> libraryClasses,
      Optional<Path> classOutput) {
    FrameworkScan scan = new FrameworkScan(sources, elements, services, libraryClasses, classOutput);
    for (FrameworkRule rule : RULES) {
      rule.apply(scan);
    }
    return new Found(List.copyOf(scan.roots()), List.copyOf(scan.entryPoints()), scan.edges());
  }
}
