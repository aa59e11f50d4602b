// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

/**
 * ISO-8601 UTC timestamps ({@code 2026-12-03T18:01:16.123Z}) from epoch milliseconds, without
 * {@code java.time}: formatting an {@code Instant} initializes the JDK's date-time formatters
 * (some seventy classes and three lambdas), a cost every watched run would pay at exit.
 */
final class UtcTimestamps {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private UtcTimestamps() {}

  /**
   * Formats a time.
   *
   * @param epochMillis milliseconds since 1970-01-01T00:00:00Z (years 0 to 9999)
   * @return the time in UTC with milliseconds, as {@code Instant.parse} reads it
   */
  static String format(long epochMillis) {
    long millisOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY);
    // Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day number.
    long shifted = Math.floorDiv(epochMillis, MILLIS_PER_DAY) + 719_468;
    long era = Math.floorDiv(shifted, 146_097);
    long dayOfEra = shifted - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    StringBuilder text = new StringBuilder(24);
    padded(text, year, 4).append('-');
    padded(text, month, 2).append('-');
    padded(text, day, 2).append('T');
    padded(text, millisOfDay / 3_600_000, 2).append(':');
    padded(text, millisOfDay / 60_000 % 60, 2).append(':');
    padded(text, millisOfDay / 1_000 % 60, 2).append('.');
    return padded(text, millisOfDay % 1_000, 3).append('Z').toString();
  }

  private static StringBuilder padded(StringBuilder text, long value, int digits) {
    String number = Long.toString(value);
    for (int i = number.length(); i < digits; i++) {
      text.append('0');
    }
    return text.append(number);
  }
}
