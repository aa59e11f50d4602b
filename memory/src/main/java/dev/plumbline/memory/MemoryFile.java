// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import java.nio.file.Path;

/** The memory files of a project, each with the schema that validates it. */
public enum MemoryFile {
  /** Vision, goals, platform: written by people, created only when missing. */
  CONCEPT("project_concept.json"),
  /** One entry per module, merged from the code append-only. */
  STRUCTURE("project_structure.json"),
  /** Police-report entries, appended. */
  LOG("project_log.json"),
  /** Log entries moved out of the log by the archive rule. */
  ARCHIVE("project_log_archive.json"),
  /** Proposed changes of the concept, waiting for (or decided by) the user; appended. */
  CONCEPT_PROPOSALS("project_concept_proposals.json");

  /** The directory, relative to the project root, that holds the memory files. */
  public static final String DIRECTORY = ".claude";

  private final String fileName;

  MemoryFile(String fileName) {
    this.fileName = fileName;
  }

  /**
   * Returns the file's name inside {@code .claude/}.
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the class-path resource of the file's JSON Schema.
   *
   * @return the resource path, without a leading slash
   */
  public String schemaResource() {
    return "dev/plumbline/memory/schema/" + fileName.replace(".json", ".schema.json");
  }

  /**
   * Resolves the file inside a {@code .claude/} directory.
   *
   * @param memoryDirectory the {@code .claude/} directory
   * @return the file's path
   */
  public Path in(Path memoryDirectory) {
    return memoryDirectory.resolve(fileName);
  }
}
