// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.hardware.NativeHeap;
import dev.plumbline.trainer.listener.CheckpointWritten;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.MicroBatchReduced;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;
import dev.plumbline.trainer.listener.StepCompleted;
import dev.plumbline.trainer.model.GptShape;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The run's console lines, each with its status prefix and flushed: what is trained and where it
 * starts, a progress line every {@code training.log_interval} steps (and at the first and last),
 * skipped fp16 steps, out-of-memory retries, evaluations, checkpoints, and how the run ended
 * (except a failure: the exception thrown then says it, and the caller reports it once).
 * {@code [WARN]} and {@code [ERROR]} lines go to the error stream, everything else to the output
 * stream (each line is flushed, so the two interleave in order on a terminal).
 */
final class ConsoleProgress implements RunListener {

  private final PrintStream out;
  private final PrintStream err;
  private int logInterval = 1;
  private long windowStartNanos;
  private long windowTokens;
  private double stepSecondsSum;
  private long stepsTimed;

  ConsoleProgress(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void onRunStart(RunStarted start, RunControl control) {
    logInterval = Math.max(1, start.config().training().logInterval());
    if (start.nativeHeapTuned()) {
      print(String.format(Locale.ROOT, "[INFO] Native heap: freed tensors up to %d MiB are"
          + " reused, not returned to the OS and faulted in again every step (glibc mmap"
          + " threshold)", NativeHeap.MMAP_THRESHOLD_BYTES / (1024 * 1024)));
    }
    for (Path stale : start.removedTemporaryFiles()) {
      warn("[WARN] Removed " + stale.getFileName() + ": a checkpoint write that never finished"
          + " (the process was stopped mid-write)");
    }
    for (String unusable : start.unusableCheckpoints()) {
      warn("[WARN] " + unusable);
    }
    reportWhereTheRunStarts(start);
    if (start.step() < start.maxSteps() && !control.stopRequested()) {
      printModelAndBatch(start);
    }
    windowStartNanos = System.nanoTime();
  }

  private void reportWhereTheRunStarts(RunStarted start) {
    String directory = start.config().checkpoint().dir().toString();
    int damaged = start.unusableCheckpoints().size();
    String listed = damaged + " damaged, listed above";
    if (start.resumedFromBestModel()) {
      warn(String.format(Locale.ROOT, "[WARN] No usable step checkpoint in %s (%s): resuming"
          + " from %s at step %d/%d (val loss %.4f); the steps after it are trained again",
          directory, listed, start.resumedFrom().orElseThrow().getFileName(), start.step(),
          start.maxSteps(), start.bestValidationLoss().orElse(Double.NaN)));
    } else if (start.resumedFrom().isPresent()) {
      print("[INFO] Resuming from " + start.resumedFrom().get().getFileName() + " at step "
          + start.step() + "/" + start.maxSteps() + " (optimizer step count "
          + start.optimizerStepCount() + ", loss scale " + start.lossScale() + ")"
          + (damaged == 0 ? "" : ", the newest usable checkpoint"));
    } else if (damaged > 0) {
      warn("[WARN] No usable checkpoint in " + directory + " (" + listed + "): training starts"
          + " again from step 0; the damaged files are replaced as the run writes new ones");
    }
  }

  private void printModelAndBatch(RunStarted start) {
    GptShape shape = start.shape();
    print(String.format(Locale.ROOT, "[INFO] GPT: %,d parameters (%d layers, %d heads, width %d,"
        + " block %d, vocab %d), %s on %s", shape.parameterCountWithoutPositions(),
        shape.layerCount(), shape.headCount(), shape.embeddingSize(), shape.blockSize(),
        shape.vocabSize(), start.plan().computeType(), start.plan().device()));
    print(String.format(Locale.ROOT, "[INFO] Batch: %d sequences per step (micro-batch %d x %d"
        + " accumulation), %d tokens per step, steps %d..%d",
        start.microBatchSize() * start.accumulationSteps(), start.microBatchSize(),
        start.accumulationSteps(), start.tokensPerStep(), start.step() + 1, start.maxSteps()));
  }

  @Override
  public void onStep(StepCompleted step, RunControl control) {
    stepSecondsSum += step.seconds();
    stepsTimed++;
    windowTokens += step.tokens();
    if (!step.applied()) {
      warn(String.format(Locale.ROOT, "[WARN] Step %d skipped: gradient overflow in fp16, loss"
          + " scale now %.0f", step.step(), step.lossScale()));
    }
    if (step.step() % logInterval == 0 || step.isLast() || step.step() == 1) {
      long now = System.nanoTime();
      double seconds = (now - windowStartNanos) / 1e9;
      double tokensPerSecond = seconds > 0 ? windowTokens / seconds : 0;
      long eta = Math.round(stepSecondsSum / stepsTimed * (step.maxSteps() - step.step()));
      print("[INFO] " + StepProgressLine.format(step.step(), step.maxSteps(), step.loss(),
          tokensPerSecond, eta));
      windowStartNanos = now;
      windowTokens = 0;
    }
  }

  @Override
  public void onMicroBatchReduced(MicroBatchReduced change) {
    warn(String.format(Locale.ROOT, "[WARN] Out of memory at step %d with micro-batch %d:"
        + " retrying with micro-batch %d x %d accumulation steps (effective batch %d unchanged)",
        change.step(), change.previousMicroBatchSize(), change.microBatchSize(),
        change.accumulationSteps(), change.effectiveBatchSize()));
  }

  @Override
  public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
    print(String.format(Locale.ROOT, "[INFO] Eval at step %d: val loss %.4f (best %.4f%s)",
        evaluation.step(), evaluation.validationLoss(), evaluation.bestValidationLoss(),
        evaluation.improved() ? ", new best" : ""));
  }

  @Override
  public void onCheckpoint(CheckpointWritten checkpoint) {
    print("✓ Saved " + checkpoint.file().getFileName());
  }

  @Override
  public void onRunEnd(RunEnded end) {
    // A failed run (diverged, or a checkpoint could not be written) is not reported here: the
    // exception thrown next carries the same message, and the caller reports it once.
    if (end.outcome() == RunEnded.Outcome.COMPLETED) {
      print("✓ " + end.message());
    } else if (end.outcome() == RunEnded.Outcome.STOPPED
        || end.outcome() == RunEnded.Outcome.ALREADY_COMPLETE) {
      print("[INFO] " + end.message());
    }
  }

  private void warn(String line) {
    err.println(line);
    err.flush();
  }

  private void print(String line) {
    out.println(line);
    out.flush();
  }
}
