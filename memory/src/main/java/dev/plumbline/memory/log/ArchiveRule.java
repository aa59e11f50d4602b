// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plumbline.memory.io.JsonLocator;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.TerminalText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rulebook's archive rule: when the log holds more than {@value #MAX_ENTRIES} entries, every
 * entry older than {@value #MAX_AGE_DAYS} days moves to the archive, order kept. An entry dated
 * exactly {@value #MAX_AGE_DAYS} days ago is not older and stays. One entry with a date that is
 * not a real calendar date stops the rule before anything moves.
 */
public final class ArchiveRule {

  /** The log may hold this many entries before old ones move. */
  public static final int MAX_ENTRIES = 200;
  /** Entries older than this many days move. */
  public static final int MAX_AGE_DAYS = 30;

  private final ObjectMapper mapper;

  /**
   * Creates the rule.
   *
   * @param mapper creates the new arrays
   */
  public ArchiveRule(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Whether the rule may move anything from a log with these facts: it holds more than
   * {@value #MAX_ENTRIES} entries and its oldest is older than {@value #MAX_AGE_DAYS} days.
   *
   * @param entries how many entries the log holds
   * @param oldest the earliest date among them, or null when there are none
   * @param today the date the ages are counted from
   * @return false when {@link #plan} would certainly move nothing
   */
  public static boolean mayMove(int entries, @Nullable LocalDate oldest, LocalDate today) {
    return entries > MAX_ENTRIES && oldest != null
        && oldest.isBefore(today.minusDays(MAX_AGE_DAYS));
  }

  /**
   * Plans the move.
   *
   * @param log the current log (schema-valid)
   * @param logFile the log's path, named in errors
   * @param logContent the log's bytes, to position errors
   * @param today the date the ages are counted from
   * @return the plan, or empty when nothing moves
   * @throws MemoryFileException when an entry's date is not a calendar date
   */
  public Optional<ArchivePlan> plan(ArrayNode log, Path logFile, byte[] logContent,
      LocalDate today) throws MemoryFileException {
    if (log.size() <= MAX_ENTRIES) {
      return Optional.empty();
    }
    LocalDate cutoff = today.minusDays(MAX_AGE_DAYS);
    // First pass: every date checked (one bad date stops everything) and the moves counted, so
    // that the common case, nothing old enough, builds no new arrays.
    boolean[] moves = new boolean[log.size()];
    int moved = 0;
    for (int i = 0; i < log.size(); i++) {
      moves[i] = dateOf(log.get(i), i, logFile, logContent).isBefore(cutoff);
      moved += moves[i] ? 1 : 0;
    }
    if (moved == 0) {
      return Optional.empty();
    }
    ArrayNode remaining = mapper.createArrayNode();
    ArrayNode movedEntries = mapper.createArrayNode();
    for (int i = 0; i < log.size(); i++) {
      (moves[i] ? movedEntries : remaining).add(log.get(i));
    }
    return Optional.of(new ArchivePlan(remaining, movedEntries));
  }

  private static LocalDate dateOf(JsonNode entry, int index, Path logFile, byte[] logContent)
      throws MemoryFileException {
    String text = entry.path("date").asText();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      int[] position = JsonLocator.locate(logContent,
          JsonPointer.empty().appendIndex(index).appendProperty("date"));
      throw new MemoryFileException(logFile, position[0], position[1],
          "entry " + index + " has date '" + TerminalText.escape(text) + "', which is not a calendar date (YYYY-MM-DD)",
          "Nothing was archived: correct that entry's date by hand and run the archive again");
    }
  }
}
