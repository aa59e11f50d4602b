// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.time.Duration;

/**
 * How the URL lists under {@code training_data/urls/} are fetched.
 *
 * @param refetch fetch every URL again even when {@code dataset_cache/processed/urls/} has it
 *     (otherwise a URL is fetched once, and later runs reuse that copy)
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest wait for the next bytes of an answer
 * @param attemptTimeout the longest one attempt may take, body included
 * @param attempts attempts per URL (at least 1); connection failures, time-outs, broken bodies
 *     and the answers 408, 429 and 5xx are tried again, other answers are final
 * @param firstBackoff the pause before the second attempt; it doubles before each later one
 * @param maxBytes the largest body accepted
 */
public record UrlFetchOptions(boolean refetch, Duration connectTimeout, Duration readTimeout,
    Duration attemptTimeout, int attempts, Duration firstBackoff, long maxBytes) {

  /** The system property that asks for every URL to be fetched again: {@value}. */
  public static final String REFETCH_PROPERTY = "plumbline.refetchUrls";

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when a value is out of range
   */
  public UrlFetchOptions {
    if (attempts < 1 || maxBytes < 1 || connectTimeout.isNegative() || connectTimeout.isZero()
        || readTimeout.isNegative() || readTimeout.isZero() || attemptTimeout.isNegative()
        || attemptTimeout.isZero() || firstBackoff.isNegative()) {
      throw new IllegalArgumentException("URL fetch options out of range: attempts " + attempts
          + ", max bytes " + maxBytes + ", timeouts and backoff must be positive");
    }
  }

  /**
   * Defaults: connect within 10 s, no pause in the answer longer than 30 s, 2 minutes an attempt,
   * 3 attempts 1 s and 2 s apart, bodies up to 256 MiB; fetch again only when the system property
   * {@value #REFETCH_PROPERTY} is {@code true} ({@code -Dplumbline.refetchUrls=true}).
   *
   * @return the default options
   */
  public static UrlFetchOptions defaults() {
    return new UrlFetchOptions(Boolean.getBoolean(REFETCH_PROPERTY), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofMinutes(2), 3, Duration.ofSeconds(1), 256L << 20);
  }

  /**
   * The same options, fetching every URL again.
   *
   * @return options with {@code refetch} set
   */
  public UrlFetchOptions refetching() {
    return new UrlFetchOptions(true, connectTimeout, readTimeout, attemptTimeout, attempts,
        firstBackoff, maxBytes);
  }
}
