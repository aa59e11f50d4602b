// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.concept;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Real facts about a project, the only values a new {@code project_concept.json} is made from.
 *
 * @param name the project's name (the pom's {@code <name>}, else its artifactId)
 * @param description the pom's {@code <description>}, or null when it has none
 * @param javaVersion the Java release the project compiles for, e.g. "17"
 */
public record ProjectFacts(String name, @Nullable String description, String javaVersion) {

  /** Rejects a blank name or Java version: a concept is never created from placeholders. */
  public ProjectFacts {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a project name is required to create a concept");
    }
    Objects.requireNonNull(javaVersion, "javaVersion");
    if (javaVersion.isBlank()) {
      throw new IllegalArgumentException("a Java version is required to create a concept");
    }
    description = description == null || description.isBlank()
        ? null
        : description.strip().replaceAll("\\s+", " ");
  }

  /**
   * Builds the concept document: name, vision (the description, when there is one), platform.
   * Goals, constraints and target users are left for people to write, not filled with guesses.
   *
   * @param mapper creates the nodes
   * @return the new concept document
   */
  public ObjectNode toConcept(ObjectMapper mapper) {
    ObjectNode concept = mapper.createObjectNode();
    concept.put("name", name.strip());
    if (description != null) {
      concept.put("vision", description);
    }
    concept.put("platform", "Java " + javaVersion + ", built with Maven");
    return concept;
  }
}
