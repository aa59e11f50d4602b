// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Spring and Spring Boot.
 *
 * <ul>
 *   <li>A {@code @SpringBootApplication} class is a root; with a main method it is an entry point
 *       (it starts the program).
 *   <li>Component scanning: a class annotated {@code @ComponentScan} (directly, or through
 *       {@code @SpringBootApplication}) reaches every class in the scanned packages and their
 *       sub-packages that carries a stereotype ({@code @Component}, or an annotation that carries
 *       it: {@code @Service}, {@code @Repository}, {@code @Controller}, {@code @RestController},
 *       {@code @Configuration}...): a framework edge. The packages are {@code basePackages} /
 *       {@code value} / {@code scanBasePackages}, the packages of {@code basePackageClasses} /
 *       {@code scanBasePackageClasses}, else the annotated class's own package. Classes of the
 *       libraries on the class path are scanned too; a component outside every scanned package
 *       is not reached.
 *   <li>{@code @Configuration} classes reach their {@code @Bean} methods' classes through the
 *       methods' code, and {@code @Import(X.class)} is a class literal: both are code references.
 *   <li>{@code META-INF/spring.factories} (every class named as a value) and {@code
 *       META-INF/spring/*.imports} (one class per line, as {@code AutoConfiguration.imports}) in
 *       the class output: roots, loaded by Spring Boot.
 * </ul>
 */
final class SpringRule implements FrameworkRule {

  private static final String BOOT_APPLICATION =
      "org.springframework.boot.autoconfigure.SpringBootApplication";
  private static final String COMPONENT_SCAN =
      "org.springframework.context.annotation.ComponentScan";
  private static final String COMPONENT = "org.springframework.stereotype.Component";

  @Override
  public void apply(FrameworkScan scan) {
    readDescriptors(scan);
    if (!scan.seesAny(List.of(BOOT_APPLICATION, COMPONENT_SCAN, COMPONENT))) {
      return;
    }
    scan.sources().types().forEach(
        (name, type) -> {
          Optional<AnnotationMirror> boot = AnnotationValues.direct(type, Set.of(BOOT_APPLICATION));
          if (boot.isPresent()) {
            scan.root(name, "Spring Boot application (@SpringBootApplication)");
            if (EntryPoints.hasMain(type)) {
              scan.entryPoint(name, "@SpringBootApplication with a main method");
            }
          }
          Optional<AnnotationMirror> componentScan =
              scan.annotations().directOrMeta(type, Set.of(COMPONENT_SCAN));
          if (componentScan.isPresent()) {
            scanComponents(scan, name, type, basePackages(scan, type, boot, componentScan.get()));
          }
        });
  }

  private static Set<String> basePackages(
      FrameworkScan scan, TypeElement type, Optional<AnnotationMirror> boot,
      AnnotationMirror componentScan) {
    Set<String> packages = new TreeSet<>();
    List<AnnotationMirror> sources = new ArrayList<>();
    boot.ifPresent(sources::add);
    if (AnnotationValues.nameOf(componentScan).equals(COMPONENT_SCAN)) {
      sources.add(componentScan);
    }
    for (AnnotationMirror mirror : sources) {
      for (String attribute : List.of("value", "basePackages", "scanBasePackages")) {
        packages.addAll(AnnotationValues.strings(mirror, attribute));
      }
      for (String attribute : List.of("basePackageClasses", "scanBasePackageClasses")) {
        for (TypeElement base : AnnotationValues.classes(mirror, attribute)) {
          packages.add(packageOf(scan, base));
        }
      }
    }
    if (packages.isEmpty()) {
      packages.add(packageOf(scan, type));
    }
    return packages;
  }

  private static String packageOf(FrameworkScan scan, TypeElement type) {
    PackageElement pkg = scan.elements().getPackageOf(type);
    return pkg.getQualifiedName().toString();
  }

  private static void scanComponents(
      FrameworkScan scan, String from, TypeElement scanning, Set<String> packages) {
    List<String> candidates = new ArrayList<>(scan.sources().types().keySet());
    candidates.addAll(scan.libraryClasses());
    for (String candidate : candidates) {
      if (!inPackages(candidate, packages)) {
        continue;
      }
      Optional<TypeElement> type = scan.classNamed(candidate);
      if (type.isPresent() && type.get() != scanning && isComponent(scan, type.get())) {
        scan.edge(from, candidate);
      }
    }
  }

  private static boolean isComponent(FrameworkScan scan, TypeElement type) {
    boolean concrete = type.getKind().isClass()
        && !type.getModifiers().contains(Modifier.ABSTRACT);
    return concrete && scan.annotations().directOrMeta(type, Set.of(COMPONENT)).isPresent();
  }

  private static boolean inPackages(String binaryName, Set<String> packages) {
    for (String pkg : packages) {
      if (pkg.isEmpty() || binaryName.startsWith(pkg + ".")) {
        return true;
      }
    }
    return false;
  }

  /** spring.factories and the *.imports files in the class output. */
  private static void readDescriptors(FrameworkScan scan) {
    if (scan.classOutput().isEmpty()) {
      return;
    }
    Path metaInf = scan.classOutput().get().resolve("META-INF");
    Path factories = metaInf.resolve("spring.factories");
    if (Files.isRegularFile(factories)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(factories, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new DescriptorException(factories, e);
      }
      for (String key : new TreeSet<>(properties.stringPropertyNames())) {
        for (String value : properties.getProperty(key).split(",", -1)) {
          if (!value.isBlank()) {
            scan.root(value.trim(),
                "Spring factories (META-INF/spring.factories, " + key + ")");
          }
        }
      }
    }
    Path imports = metaInf.resolve("spring");
    if (Files.isDirectory(imports)) {
      try (Stream<Path> files = Files.list(imports)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".imports")).sorted().toList()) {
          readImports(scan, file);
        }
      } catch (IOException e) {
        throw new DescriptorException(imports, e);
      }
    }
  }

  private static void readImports(FrameworkScan scan, Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int hash = line.indexOf('#');
      String name = (hash < 0 ? line : line.substring(0, hash)).trim();
      if (!name.isEmpty()) {
        scan.root(name, "Spring Boot auto-configuration (META-INF/spring/"
            + file.getFileName() + ")");
      }
    }
  }
}
