// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import java.util.Locale;

/** The rulebook's training progress line {@code Step X/Y | loss: Z.ZZZ | tok/s: NNNN | ETA: HH:MM:SS}. */
final class StepProgressLine {

  private StepProgressLine() {}

  /**
   * Formats a progress line.
   *
   * @param step steps done
   * @param maxSteps steps planned
   * @param loss the latest training loss
   * @param tokensPerSecond recent throughput
   * @param etaSeconds estimated seconds to the end
   * @return the line, without prefix or newline
   */
  static String format(long step, long maxSteps, double loss, double tokensPerSecond,
      long etaSeconds) {
    long clamped = Math.max(0, etaSeconds);
    return String.format(Locale.ROOT, "Step %d/%d | loss: %.3f | tok/s: %d | ETA: %02d:%02d:%02d",
        step, maxSteps, loss, Math.round(tokensPerSecond),
        clamped / 3600, (clamped / 60) % 60, clamped % 60);
  }
}
