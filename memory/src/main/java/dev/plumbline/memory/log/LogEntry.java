// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One police-report entry of {@code project_log.json}.
 *
 * @param date the day of the action
 * @param time the time of the action, to the minute
 * @param requested what was asked for
 * @param executed what was done
 * @param filesTouched files changed, relative to the project root
 * @param status the outcome
 * @param notes anything a later reader needs; may be empty
 */
public record LogEntry(
    LocalDate date,
    LocalTime time,
    String requested,
    String executed,
    List<String> filesTouched,
    LogStatus status,
    String notes) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** Rejects missing or blank required values, so only valid entries reach the file. */
  public LogEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    requireText(requested, "requested");
    requireText(executed, "executed");
    filesTouched = List.copyOf(filesTouched);
    for (String file : filesTouched) {
      requireText(file, "files_touched item");
    }
    Objects.requireNonNull(status, "status");
    notes = notes == null ? "" : notes;
    time = time.truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * Creates an entry dated at a local date-time.
   *
   * @param when the local date and time of the action
   * @param requested what was asked for
   * @param executed what was done
   * @param filesTouched files changed
   * @param status the outcome
   * @param notes free text
   * @return the entry
   */
  public static LogEntry at(LocalDateTime when, String requested, String executed,
      List<String> filesTouched, LogStatus status, String notes) {
    return new LogEntry(when.toLocalDate(), when.toLocalTime(), requested, executed,
        filesTouched, status, notes);
  }

  /**
   * Converts the entry to its JSON form, keys in the documented order.
   *
   * @param mapper creates the nodes
   * @return the JSON object
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode node = mapper.createObjectNode();
    node.put("date", date.toString());
    node.put("time", time.format(TIME));
    node.put("requested", requested);
    node.put("executed", executed);
    ArrayNode files = node.putArray("files_touched");
    filesTouched.forEach(files::add);
    node.put("status", status.jsonValue());
    node.put("notes", notes);
    return node;
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }
}
