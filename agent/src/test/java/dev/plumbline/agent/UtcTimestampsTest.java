// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The record's timestamps against {@code java.time}, which the agent avoids loading. */
class UtcTimestampsTest {

  @Test
  void formatsAsInstantDoesWithMilliseconds() {
    assertThat(UtcTimestamps.format(0)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(UtcTimestamps.format(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
    assertThat(UtcTimestamps.format(Instant.parse("2024-02-29T23:59:59.123Z").toEpochMilli()))
        .isEqualTo("2024-02-29T23:59:59.123Z");
    assertThat(UtcTimestamps.format(Instant.parse("2000-03-01T00:00:00.007Z").toEpochMilli()))
        .isEqualTo("2000-03-01T00:00:00.007Z");
    assertThat(UtcTimestamps.format(Instant.parse("1900-02-28T12:30:45.500Z").toEpochMilli()))
        .isEqualTo("1900-02-28T12:30:45.500Z");
  }

  @Test
  void everyTimeFromYearZeroToYear9999ReadsBackAsTheSameInstant() {
    long first = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
    long last = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 100_000; i++) {
      long millis = random.nextLong(first, last + 1);
      assertThat(Instant.parse(UtcTimestamps.format(millis)).toEpochMilli())
          .as("%d", millis).isEqualTo(millis);
    }
  }
}
