// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.util.Map;

/**
 * Service types that a framework or the JDK loads itself, so that no code of the program loads
 * them: an implementation registered for one of them (in {@code META-INF/services}, with {@code
 * @AutoService}, or by {@code provides} in {@code module-info.java}) is a root. JUnit platform
 * engines, launcher listeners and post-discovery filters, Jupiter extensions registered for
 * automatic detection, CDI portable and build-compatible extensions, servlet container
 * initializers, javac's annotation processors and plugins, Error Prone checks, and the JDK's own
 * providers (JDBC drivers, file systems, charsets, tools, script engines, loggers).
 */
final class ServiceTypeRule implements FrameworkRule {

  private static final Map<String, String> LOADED_BY_FRAMEWORKS =
      Map.ofEntries(
          Map.entry("org.junit.platform.engine.TestEngine", "JUnit platform test engine"),
          Map.entry("org.junit.platform.launcher.LauncherSessionListener",
              "JUnit platform launcher session listener"),
          Map.entry("org.junit.platform.launcher.LauncherDiscoveryListener",
              "JUnit platform discovery listener"),
          Map.entry("org.junit.platform.launcher.TestExecutionListener",
              "JUnit platform test execution listener"),
          Map.entry("org.junit.platform.launcher.PostDiscoveryFilter",
              "JUnit platform post-discovery filter"),
          Map.entry("org.junit.jupiter.api.extension.Extension",
              "JUnit Jupiter extension (automatic detection)"),
          Map.entry("jakarta.enterprise.inject.spi.Extension", "CDI portable extension"),
          Map.entry("javax.enterprise.inject.spi.Extension", "CDI portable extension"),
          Map.entry("jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension",
              "CDI build compatible extension"),
          Map.entry("jakarta.servlet.ServletContainerInitializer",
              "servlet container initializer"),
          Map.entry("javax.servlet.ServletContainerInitializer", "servlet container initializer"),
          Map.entry("javax.annotation.processing.Processor", "annotation processor (javac)"),
          Map.entry("com.sun.source.util.Plugin", "javac plugin"),
          Map.entry("com.google.errorprone.bugpatterns.BugChecker", "Error Prone check"),
          Map.entry("java.sql.Driver", "JDBC driver (DriverManager)"),
          Map.entry("java.nio.file.spi.FileSystemProvider", "file system provider (JDK)"),
          Map.entry("java.nio.charset.spi.CharsetProvider", "charset provider (JDK)"),
          Map.entry("java.util.spi.ToolProvider", "tool provider (JDK)"),
          Map.entry("javax.script.ScriptEngineFactory", "script engine (JDK)"),
          Map.entry("java.lang.System$LoggerFinder", "system logger finder (JDK)"));

  @Override
  public void apply(FrameworkScan scan) {
    scan.services().forEach(
        (service, implementations) -> {
          String loader = LOADED_BY_FRAMEWORKS.get(service);
          if (loader != null) {
            implementations.forEach(implementation -> scan.root(implementation,
                loader + ", registered as a service of " + service));
          }
        });
  }
}
