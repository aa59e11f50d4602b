// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import java.util.Locale;

/** Outcome of the action a log entry reports. */
public enum LogStatus {
  /** Done as requested. */
  SUCCESS,
  /** Done in part; the notes say what is missing. */
  PARTIAL,
  /** Not done; the notes say why. */
  FAILED;

  /**
   * Returns the value as written in the file.
   *
   * @return the lower-case name
   */
  public String jsonValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a value as written in the file or on a command line.
   *
   * @param value success, partial or failed (any case)
   * @return the status
   * @throws IllegalArgumentException for any other value
   */
  public static LogStatus parse(String value) {
    for (LogStatus status : values()) {
      if (status.jsonValue().equalsIgnoreCase(value)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "status must be success, partial or failed, not '" + value + "'");
  }
}
