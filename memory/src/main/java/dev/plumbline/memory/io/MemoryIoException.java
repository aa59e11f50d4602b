// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file of the project memory could not be read or written. Unlike the JDK's own exceptions
 * ("No space left on device", "Is a directory"), the message always names the file and what
 * Plumbline was doing with it.
 */
public final class MemoryIoException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * Wraps a failure.
   *
   * @param operation what was being done, e.g. "write" or "read"
   * @param file the file it was done to
   * @param cause the JDK's exception
   */
  public MemoryIoException(String operation, Path file, IOException cause) {
    super("cannot " + operation + " " + file + ": " + reason(unwrapped(cause)),
        unwrapped(cause));
    this.file = file;
  }

  /**
   * Returns the file the operation failed on.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Wraps {@code cause} unless it already is a {@code MemoryIoException}.
   *
   * @param operation what was being done
   * @param file the file it was done to
   * @param cause the failure
   * @return an exception whose message names the file
   */
  public static MemoryIoException of(String operation, Path file, IOException cause) {
    return cause instanceof MemoryIoException named ? named
        : new MemoryIoException(operation, file, cause);
  }

  /** The JDK's exception under one this class made for a file beside the named one. */
  private static IOException unwrapped(IOException cause) {
    return cause instanceof MemoryIoException named && named.getCause() instanceof IOException io
        ? io : cause;
  }

  private static String reason(IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
