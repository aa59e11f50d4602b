// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The tokenizer's progress: a line with %, tokens and tok/s at most every two seconds and once at
 * the end, printed with its status prefix and flushed so that it shows up in piped logs too.
 */
final class TokenizingProgress {

  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintStream console;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long lastPrinted = started;

  TokenizingProgress(PrintStream console, long totalBytes) {
    this.console = console;
    this.totalBytes = Math.max(1, totalBytes);
  }

  void update(long bytesDone, long tokens) {
    long now = System.nanoTime();
    if (now - lastPrinted >= INTERVAL_NANOS) {
      lastPrinted = now;
      print(format(bytesDone, tokens, now - started));
    }
  }

  void finish(long tokens) {
    print(format(totalBytes, tokens, System.nanoTime() - started));
  }

  String format(long bytesDone, long tokens, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    return String.format(Locale.ROOT, "[INFO] Tokenizing: %5.1f%% | %,d tokens | %,.0f tok/s"
        + " | %.1f MB/s", 100.0 * Math.min(bytesDone, totalBytes) / totalBytes, tokens,
        tokens / seconds, bytesDone / seconds / 1e6);
  }

  private void print(String line) {
    console.println(line);
    console.flush();
  }
}
