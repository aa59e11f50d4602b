// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT), SIGTERM and a JVM shutdown during training into a stop at the next step
 * boundary, so that the run ends as a stopped run does: the step in progress finishes, a
 * checkpoint of it and the results folder are written (atomically), and only then does the JVM
 * exit. The loop polls {@link #received()}; nothing here touches the model or DJL, whose native
 * resources belong to the training thread.
 *
 * <p>SIGINT and SIGTERM get handlers of their own ({@code sun.misc.Signal}, in the
 * {@code jdk.unsupported} module of every JDK since 9) because the JVM's default ones start the
 * shutdown at once: its hooks run while the training thread still runs, and a second Ctrl-C then
 * stalls instead of exiting. A second signal halts the JVM at once (status 128 + signal number);
 * the checkpoints already on disk are complete, since each is written to a temporary file first.
 * A signal the process ignores (SIGINT under {@code nohup} or {@code &}) stays ignored. Any other
 * shutdown (SIGHUP, {@code System.exit} from another thread) reaches a shutdown hook that asks the
 * loop to stop and waits at most {@link #SHUTDOWN_GRACE} for it.
 */
final class StopSignals implements AutoCloseable {

  /** How long a shutdown hook waits for the step, the checkpoint and the results folder. */
  static final Duration SHUTDOWN_GRACE = Duration.ofMinutes(2);

  private static final List<String> HANDLED = List.of("INT", "TERM");
  private static final String SHUTDOWN = "JVM shutdown";

  private final PrintStream console;
  private @Nullable Signal signal; // guarded by this
  private @Nullable String reason; // guarded by this
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
  private final @Nullable Thread hook;

  private StopSignals(PrintStream console, boolean install) {
    this.console = console;
    if (!install) {
      this.hook = null;
      return;
    }
    for (String name : HANDLED) {
      Signal signal = new Signal(name);
      try {
        SignalHandler old = Signal.handle(signal, this::onSignal);
        if (old == SignalHandler.SIG_IGN) {
          Signal.handle(signal, old); // ignored by whoever started us: keep it so
        } else {
          previous.put(signal, old);
        }
      } catch (IllegalArgumentException e) {
        // -Xrs, or a signal the VM reserves: the shutdown hook below still covers it.
      }
    }
    this.hook = new Thread(this::onShutdown, "plumbline-trainer-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Handles SIGINT and SIGTERM and adds the shutdown hook until {@link #close()}.
   *
   * @param console where the {@code [WARN]} lines go (a null stream for a silent run)
   * @return the installed handlers
   */
  static StopSignals install(PrintStream console) {
    return new StopSignals(console, true);
  }

  /**
   * Handles nothing: the JVM's defaults stay (for callers that handle signals themselves).
   *
   * @return a flag that is never set
   */
  static StopSignals none() {
    return new StopSignals(new PrintStream(PrintStream.nullOutputStream()), false);
  }

  /**
   * What asked the run to stop.
   *
   * @return {@code SIGINT}, {@code SIGTERM} or {@code JVM shutdown}; empty while nothing did
   */
  synchronized Optional<String> received() {
    return Optional.ofNullable(reason);
  }

  /** Restores the previous handlers and lets a waiting shutdown hook return. */
  @Override
  public void close() {
    previous.forEach(Signal::handle);
    finished.countDown();
    Thread registered = hook;
    if (registered != null && !received().equals(Optional.of(SHUTDOWN))) {
      try {
        Runtime.getRuntime().removeShutdownHook(registered);
      } catch (IllegalStateException e) {
        // The JVM began to shut down meanwhile: the hook runs, finds the latch open, returns.
      }
    }
  }

  /**
   * After {@link #close()}: exits the JVM as the signal would have, with status 128 + its number
   * (130 for SIGINT, 143 for SIGTERM), running the other shutdown hooks; returns when no signal
   * stopped the run (or the JVM is already shutting down).
   */
  void exitIfSignalled() {
    Signal stoppedBy;
    synchronized (this) {
      stoppedBy = SHUTDOWN.equals(reason) ? null : signal;
    }
    if (stoppedBy != null) {
      System.exit(128 + stoppedBy.getNumber());
    }
  }

  private void onSignal(Signal arrived) {
    String name = "SIG" + arrived.getName();
    if (firstStop(arrived, name)) {
      warn("[WARN] " + name + " received: stopping after the current step; its checkpoint and"
          + " the results folder are written next. Press Ctrl-C (or send the signal) again to"
          + " exit at once without saving.");
      return;
    }
    warn("[WARN] " + name + " again: exiting at once. The current step is not saved; the"
        + " checkpoints on disk are complete, and the next run resumes from the newest.");
    Runtime.getRuntime().halt(128 + arrived.getNumber());
  }

  // Records the first stop request; false when one came before.
  private synchronized boolean firstStop(@Nullable Signal arrived, String name) {
    if (reason != null) {
      return false;
    }
    signal = arrived;
    reason = name;
    return true;
  }

  private void onShutdown() {
    // Wait in any case: a stop that a signal began must finish its writes before the JVM halts.
    if (firstStop(null, SHUTDOWN)) {
      warn("[WARN] The JVM is shutting down: stopping after the current step to write its"
          + " checkpoint and the results folder (waiting at most " + SHUTDOWN_GRACE.toSeconds()
          + " s).");
    }
    try {
      if (!finished.await(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        warn("[WARN] The run did not stop within " + SHUTDOWN_GRACE.toSeconds() + " s; exiting"
            + " without its last step. The checkpoints on disk are complete.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void warn(String line) {
    console.println(line);
    console.flush();
  }
}
