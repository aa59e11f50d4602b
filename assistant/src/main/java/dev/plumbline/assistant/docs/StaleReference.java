// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.docs;

/**
 * A name in an assistant's instructions that no longer matches the code.
 *
 * @param file the document, relative to the project root, with forward slashes
 * @param line the line, from 1
 * @param column the column of the name's first character, from 1
 * @param kind what the name is taken for
 * @param name the name as written
 * @param message what is wrong and what the code has instead, one sentence
 */
public record StaleReference(String file, int line, int column, Kind kind, String name,
    String message) {

  /** What a name is taken for. */
  public enum Kind {
    /** A file or directory path. */
    PATH,
    /** A Java class (qualified, or a simple name the project once had). */
    CLASS,
    /** A module of the project memory. */
    MODULE
  }

  /**
   * The reference as one line: {@code file:line:column: message}.
   *
   * @return the formatted line
   */
  public String format() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
