// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Servlets ({@code jakarta.servlet} and {@code javax.servlet}): classes annotated {@code
 * @WebServlet}, {@code @WebFilter} or {@code @WebListener} are started by the container, and so
 * are the classes a {@code WEB-INF/web.xml} names ({@code <servlet-class>}, {@code
 * <filter-class>}, {@code <listener-class>}), read from Maven's {@code src/main/webapp} beside
 * the class output's module. Container initializers are services (see {@link ServiceTypeRule}).
 */
final class ServletRule implements FrameworkRule {

  private static final Map<String, String> ANNOTATIONS =
      Map.of(
          "jakarta.servlet.annotation.WebServlet", "servlet (@WebServlet)",
          "jakarta.servlet.annotation.WebFilter", "servlet filter (@WebFilter)",
          "jakarta.servlet.annotation.WebListener", "servlet listener (@WebListener)",
          "javax.servlet.annotation.WebServlet", "servlet (@WebServlet)",
          "javax.servlet.annotation.WebFilter", "servlet filter (@WebFilter)",
          "javax.servlet.annotation.WebListener", "servlet listener (@WebListener)");

  private static final Pattern WEB_XML_CLASS =
      Pattern.compile("<(servlet|filter|listener)-class>\\s*([\\w.$]+)\\s*</\\1-class>");

  @Override
  public void apply(FrameworkScan scan) {
    readWebXml(scan);
    if (!scan.seesAny(List.of("jakarta.servlet.annotation.WebServlet",
        "javax.servlet.annotation.WebServlet"))) {
      return;
    }
    scan.sources().types().forEach(
        (name, type) -> AnnotationValues.direct(type, ANNOTATIONS.keySet())
            .ifPresent(mirror -> scan.root(name, ANNOTATIONS.get(AnnotationValues.nameOf(mirror)))));
  }

  /** {@code <module>/src/main/webapp/WEB-INF/web.xml} for a class output {@code <module>/target/classes}. */
  private static void readWebXml(FrameworkScan scan) {
    if (scan.classOutput().isEmpty()) {
      return;
    }
    Path target = scan.classOutput().get().getParent();
    Path module = target == null ? null : target.getParent();
    if (module == null) {
      return;
    }
    Path webXml = module.resolve(Path.of("src", "main", "webapp", "WEB-INF", "web.xml"));
    if (!Files.isRegularFile(webXml)) {
      return;
    }
    String text;
    try {
      text = Files.readString(webXml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + webXml + ": " + e.getMessage(), e);
    }
    Matcher matcher = WEB_XML_CLASS.matcher(text);
    Set<String> kinds = Set.of("servlet", "filter", "listener");
    while (matcher.find()) {
      if (kinds.contains(matcher.group(1))) {
        scan.root(matcher.group(2), "servlet " + matcher.group(1) + " (WEB-INF/web.xml)");
      }
    }
  }
}
