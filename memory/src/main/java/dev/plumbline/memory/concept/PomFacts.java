// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.concept;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads a project's real name, description and Java release from its root {@code pom.xml}. */
public final class PomFacts {

  private PomFacts() {}

  /**
   * Reads the facts of the project whose root is {@code projectRoot}.
   *
   * @param projectRoot the directory holding the root {@code pom.xml}
   * @param fallbackJavaVersion the Java release to use when the pom does not state one
   * @return the facts, or empty when there is no readable pom or it names no project
   */
  public static Optional<ProjectFacts> read(Path projectRoot, String fallbackJavaVersion) {
    Path pom = projectRoot.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(pom)) {
      Element project = parser().parse(in).getDocumentElement();
      String name = firstNonBlank(childText(project, "name"), childText(project, "artifactId"));
      if (name == null) {
        return Optional.empty();
      }
      Element properties = child(project, "properties");
      String java = Objects.requireNonNullElse(
          firstNonBlank(childText(properties, "maven.compiler.release"),
              childText(properties, "maven.compiler.source")),
          fallbackJavaVersion);
      return Optional.of(new ProjectFacts(name, childText(project, "description"), java));
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return Optional.empty();
    }
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder();
  }

  private static @Nullable Element child(@Nullable Element parent, String name) {
    if (parent == null) {
      return null;
    }
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node node = children.item(i);
      if (node instanceof Element element && name.equals(node.getNodeName())) {
        return element;
      }
    }
    return null;
  }

  /** A value that still holds a Maven expression is not a real value here. */
  private static @Nullable String childText(@Nullable Element parent, String name) {
    Element element = child(parent, name);
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() || text.contains("${") ? null : text;
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
