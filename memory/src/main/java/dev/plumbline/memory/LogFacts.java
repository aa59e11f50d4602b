// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the archive rule needs to know about a validated log without reading it: how many
 * entries it holds and the date of the oldest. Kept in the validation cache beside the file's
 * stamp, so that an append decides in constant time that nothing is old enough to move.
 *
 * @param entries how many entries
 * @param oldest the earliest date among them, or null when there are none
 */
record LogFacts(int entries, @Nullable LocalDate oldest) {

  /** A log that does not exist yet. */
  static final LogFacts NONE = new LogFacts(0, null);

  /** Counts the entries of a validated log (every date is a calendar date). */
  static LogFacts of(JsonNode log) {
    @Nullable LocalDate oldest = null;
    for (JsonNode entry : log) {
      oldest = earlier(oldest, LocalDate.parse(entry.path("date").asText()));
    }
    return new LogFacts(log.size(), oldest);
  }

  /** The facts after appending entries dated {@code dates}. */
  LogFacts plus(List<LocalDate> dates) {
    @Nullable LocalDate earliest = oldest;
    for (LocalDate date : dates) {
      earliest = earlier(earliest, date);
    }
    return new LogFacts(entries + dates.size(), earliest);
  }

  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode node = mapper.createObjectNode().put("entries", entries);
    if (oldest != null) {
      node.put("oldest", oldest.toString());
    }
    return node;
  }

  static Optional<LogFacts> fromJson(JsonNode node) {
    if (!node.path("entries").canConvertToInt()) {
      return Optional.empty();
    }
    JsonNode oldest = node.path("oldest");
    return Optional.of(new LogFacts(node.path("entries").intValue(),
        oldest.isTextual() ? LocalDate.parse(oldest.asText()) : null));
  }

  private static LocalDate earlier(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
