// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;
import dev.plumbline.trainer.listener.StepCompleted;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics log {@code logs/metrics.jsonl}: one JSON line per logged step (every
 * {@code log_interval} steps, the first and the last step of a run) and per evaluation, appended
 * and flushed as it happens, so that a crashed run still has its curve. A resumed run first
 * drops the lines of the steps after its checkpoint (they are trained again) and a torn last line
 * a kill may have left, then appends: every step appears at most once. The loss curves are drawn
 * from this file.
 */
public final class MetricsLog implements RunListener {

  /** The log's file name inside {@code output.logs_dir}. */
  public static final String FILE_NAME = "metrics.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final int logInterval;
  private BufferedWriter out;
  private long firstStep;

  /**
   * A log in a directory.
   *
   * @param logsDir {@code output.logs_dir}, created when missing
   * @param logInterval {@code training.log_interval}
   */
  public MetricsLog(Path logsDir, int logInterval) {
    this.file = logsDir.resolve(FILE_NAME);
    this.logInterval = logInterval;
  }

  /**
   * Reads a log, skipping a torn line (a run killed while writing it).
   *
   * @param file a {@code metrics.jsonl}
   * @return its lines in file order; empty when the file does not exist
   * @throws IOException when the file cannot be read
   */
  public static List<MetricsLine> read(Path file) throws IOException {
    List<MetricsLine> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (text.isBlank()) {
        continue;
      }
      try {
        lines.add(MetricsLine.fromJson(JSON.readTree(text)));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        // A torn or foreign line carries no usable step; the rest of the log still does.
        continue;
      }
    }
    return lines;
  }

  /**
   * The log file.
   *
   * @return {@code logs_dir/metrics.jsonl}
   */
  public Path file() {
    return file;
  }

  @Override
  public void onRunStart(RunStarted start, RunControl control) {
    firstStep = start.step() + 1;
    try {
      Files.createDirectories(file.getParent());
      List<MetricsLine> kept = new ArrayList<>();
      for (MetricsLine line : read(file)) {
        if (line.step() <= start.step()) {
          kept.add(line);
        }
      }
      StringBuilder text = new StringBuilder();
      for (MetricsLine line : kept) {
        text.append(JSON.writeValueAsString(line.toJson())).append('\n');
      }
      if (!Files.exists(file)
          || !text.toString().equals(Files.readString(file, StandardCharsets.UTF_8))) {
        AtomicFileWriter.silent().write(file, text.toString().getBytes(StandardCharsets.UTF_8));
      }
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the metrics log " + file, e);
    }
  }

  @Override
  public void onStep(StepCompleted step, RunControl control) {
    if (step.step() % logInterval == 0 || step.step() == firstStep || step.isLast()) {
      double tokensPerSecond = step.seconds() > 0 ? step.tokens() / step.seconds() : Double.NaN;
      append(new MetricsLine(MetricsLine.TRAIN, step.step(), step.loss(), step.learningRate(),
          step.gradientNorm(), tokensPerSecond, step.lossScale()));
    }
  }

  @Override
  public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
    append(MetricsLine.evaluation(evaluation.step(), evaluation.validationLoss()));
  }

  @Override
  public void onRunEnd(RunEnded end) {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the metrics log " + file, e);
    } finally {
      out = null;
    }
  }

  private void append(MetricsLine line) {
    try {
      out.write(JSON.writeValueAsString(line.toJson()));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the metrics log " + file, e);
    }
  }
}
