// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.nio.file.Path;

/**
 * A memory file that Plumbline refuses to touch: not valid JSON, against its schema, with an
 * entry it cannot interpret, or changed behind an interrupted write. The file is left as it is;
 * the message names the file, the position and what to do.
 */
public final class MemoryFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param file the offending file
   * @param line 1-based line of the problem, or 0 when it concerns the whole file
   * @param column 1-based column of the problem, or 0 when it concerns the whole file
   * @param problem what is wrong, in one sentence without a final period
   * @param remedy what the user should do, as a full sentence
   */
  public MemoryFileException(Path file, int line, int column, String problem, String remedy) {
    super(format(file, line, column, problem, remedy));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the offending file.
   *
   * @return the file path as given to the store
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, 0 when the problem concerns the whole file
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, 0 when the problem concerns the whole file
   */
  public int column() {
    return column;
  }

  private static String format(Path file, int line, int column, String problem, String remedy) {
    String position = line > 0 ? ":" + line + ":" + column : "";
    return file + position + ": " + problem + ". " + remedy;
  }
}
