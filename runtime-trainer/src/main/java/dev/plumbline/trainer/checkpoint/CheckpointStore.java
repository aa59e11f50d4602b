// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checkpoint directory: {@code checkpoint_step<N>.ckpt} files written atomically, found in
 * numeric step order (9 before 10 before 100), pruned to the last K, plus {@code best_model.ckpt}.
 * A corrupt or truncated checkpoint is passed over (and reported in the {@link Recovery}).
 */
public final class CheckpointStore {

  /** File name extension of checkpoints. */
  public static final String EXTENSION = "ckpt";
  /** File name of the best model (lowest validation loss). */
  public static final String BEST_MODEL_FILE = "best_model." + EXTENSION;

  private static final Pattern NAME = Pattern.compile("checkpoint_step(\\d+)\\." + EXTENSION);

  private final Path directory;
  private final int keepLast;
  private final AtomicFileWriter writer;
  // The best model's validation loss, read from its file on first need and kept current after.
  private OptionalDouble bestModelLoss = OptionalDouble.empty();
  private boolean bestModelLossRead;

  /**
   * Opens (and creates) a checkpoint directory.
   *
   * @param directory where checkpoints live
   * @param keepLast how many step checkpoints to keep (at least 1)
   * @param writer the atomic writer (its progress listener sees every checkpoint write)
   * @throws IOException when the directory cannot be created
   */
  public CheckpointStore(Path directory, int keepLast, AtomicFileWriter writer) throws IOException {
    if (keepLast < 1) {
      throw new IllegalArgumentException(
          "checkpoint.keep_last must be at least 1, got " + keepLast + ": fix it in the config");
    }
    this.directory = Files.createDirectories(directory);
    this.keepLast = keepLast;
    this.writer = writer;
  }

  /** The file name of the checkpoint taken after {@code step} steps. */
  public static String fileName(long step) {
    return "checkpoint_step" + step + "." + EXTENSION;
  }

  /**
   * The step a checkpoint file name encodes.
   *
   * @param file a path
   * @return the step, or empty when the name is not a checkpoint name
   */
  public static OptionalLong stepOf(Path file) {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
  }

  /**
   * The step checkpoints, oldest (lowest step) first; temporary files are ignored.
   *
   * @return the checkpoint paths in numeric step order
   * @throws IOException when the directory cannot be listed
   */
  public List<Path> listInStepOrder() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> stepOf(file).isPresent())
          .sorted(Comparator.comparingLong(file -> stepOf(file).getAsLong()))
          .toList();
    }
  }

  /**
   * Writes a step checkpoint atomically, then deletes all but the newest {@code keepLast}.
   *
   * @param checkpoint the state
   * @return the written file
   * @throws IOException when writing fails (earlier checkpoints are untouched)
   */
  public Path save(Checkpoint checkpoint) throws IOException {
    Path target = directory.resolve(fileName(checkpoint.metadata().step()));
    writer.write(target, CheckpointCodec.encode(checkpoint));
    prune();
    return target;
  }

  /**
   * Writes the best model atomically, replacing the previous best, unless the best model on disk
   * is at least as good: a model is never replaced by a worse one, whatever the caller believes
   * its run's best to be (a run that started again after losing its step checkpoints, for
   * example). The loss compared is each file's own {@code bestValidationLoss}; a damaged best
   * model counts as none.
   *
   * @param checkpoint the state at the best validation loss of its run
   * @return the written file, or empty when the file on disk was kept because it is as good or
   *     better
   * @throws IOException when writing fails (the previous best model is then untouched)
   * @throws IllegalArgumentException when the checkpoint has no validation loss
   */
  public Optional<Path> saveBest(Checkpoint checkpoint) throws IOException {
    Double loss = checkpoint.metadata().bestValidationLoss();
    if (loss == null) {
      throw new IllegalArgumentException("a best model needs its validation loss (step "
          + checkpoint.metadata().step() + " has none)");
    }
    OptionalDouble onDisk = bestModelLoss();
    if (onDisk.isPresent() && !(loss < onDisk.getAsDouble())) {
      return Optional.empty();
    }
    Path target = bestModelFile();
    writer.write(target, CheckpointCodec.encode(checkpoint));
    bestModelLoss = OptionalDouble.of(loss);
    bestModelLossRead = true;
    return Optional.of(target);
  }

  private void rememberBestModel(Checkpoint best) {
    Double saved = best.metadata().bestValidationLoss();
    bestModelLoss = saved == null ? OptionalDouble.empty() : OptionalDouble.of(saved);
    bestModelLossRead = true;
  }

  /**
   * The validation loss of the best model on disk, read from its own metadata (once; afterwards
   * this store's own writes keep it current).
   *
   * @return the loss, or empty when there is no usable best model
   * @throws IOException when the file exists but cannot be read
   */
  public OptionalDouble bestModelLoss() throws IOException {
    if (!bestModelLossRead && Files.isRegularFile(bestModelFile())) {
      try {
        rememberBestModel(load(bestModelFile()));
      } catch (CorruptCheckpointException e) {
        bestModelLoss = OptionalDouble.empty();
      }
    }
    bestModelLossRead = true;
    return bestModelLoss;
  }

  /**
   * Takes the directory for one training run until the returned lock is closed: a second run
   * (another process, or another run in this JVM) is refused with a message naming the holder
   * (process id, host, start time and {@code purpose}). The OS releases the lock when the process
   * ends, however it ends. Take it before {@link #recover()}, which deletes temporary files that
   * only a dead run can have left.
   *
   * @param purpose what the run is, for the message another run gets, e.g. {@code config x.yaml}
   * @return the lock
   * @throws IOException when another run holds the directory, or the lock file cannot be written
   */
  public Closeable lock(String purpose) throws IOException {
    return DirectoryLock.acquire(directory, purpose);
  }

  /** The path of the best model file (it may not exist yet). */
  public Path bestModelFile() {
    return directory.resolve(BEST_MODEL_FILE);
  }

  /**
   * Finds where a run continues: deletes the temporary files of killed writes (no write can still
   * be running, the caller owns the directory), then loads the newest step checkpoint that is not
   * damaged, passing over (and reporting) the damaged ones. When no step checkpoint is usable,
   * the best model is: it is a complete checkpoint of the step it was saved at, so the run
   * continues from there instead of from step 0.
   *
   * @return what was found
   * @throws IOException when the directory cannot be listed or a temporary file cannot be deleted
   */
  public Recovery recover() throws IOException {
    List<Path> removed = removeInterruptedWrites();
    List<String> unusable = new ArrayList<>();
    List<Path> candidates = new ArrayList<>(listInStepOrder());
    Collections.reverse(candidates);
    if (Files.isRegularFile(bestModelFile())) {
      candidates.add(bestModelFile());
    }
    for (Path file : candidates) {
      try {
        Checkpoint checkpoint = load(file);
        if (file.equals(bestModelFile())) {
          rememberBestModel(checkpoint);
        }
        return new Recovery(removed, unusable, Optional.of(file), Optional.of(checkpoint));
      } catch (CorruptCheckpointException e) {
        unusable.add(e.getMessage());
      }
    }
    return new Recovery(removed, unusable, Optional.empty(), Optional.empty());
  }

  /**
   * Loads one checkpoint file.
   *
   * @param file the file
   * @return its content
   * @throws CorruptCheckpointException when it is truncated or damaged
   * @throws IOException when it cannot be read
   */
  public static Checkpoint load(Path file) throws IOException {
    return CheckpointCodec.decode(Files.readAllBytes(file), file);
  }

  // Temporary files of writes that were killed; they are never complete checkpoints.
  private List<Path> removeInterruptedWrites() throws IOException {
    List<Path> stale;
    try (Stream<Path> files = Files.list(directory)) {
      stale = files.filter(f -> f.getFileName().toString().endsWith(AtomicFileWriter.TEMP_SUFFIX))
          .toList();
    }
    for (Path file : stale) {
      Files.delete(file);
    }
    return stale;
  }

  private void prune() throws IOException {
    List<Path> all = listInStepOrder();
    for (Path old : all.subList(0, Math.max(0, all.size() - keepLast))) {
      Files.deleteIfExists(old);
    }
  }
}
