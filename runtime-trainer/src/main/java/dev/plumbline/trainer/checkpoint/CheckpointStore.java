// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
   * Writes the best model atomically, replacing the previous best.
   *
   * @param checkpoint the state at the best validation loss
   * @return the written file
   * @throws IOException when writing fails
   */
  public Path saveBest(Checkpoint checkpoint) throws IOException {
    Path target = bestModelFile();
    writer.write(target, CheckpointCodec.encode(checkpoint));
    return target;
  }

  /** The path of the best model file (it may not exist yet). */
  public Path bestModelFile() {
    return directory.resolve(BEST_MODEL_FILE);
  }

  /**
   * Finds where a run continues: deletes the temporary files of killed writes (no write can still
   * be running, the caller owns the directory), then loads the newest step checkpoint that is not
   * damaged, passing over (and reporting) the damaged ones.
   *
   * @return what was found
   * @throws IOException when the directory cannot be listed or a temporary file cannot be deleted
   */
  public Recovery recover() throws IOException {
    List<Path> removed = removeInterruptedWrites();
    List<String> unusable = new ArrayList<>();
    List<Path> newestFirst = new ArrayList<>(listInStepOrder());
    Collections.reverse(newestFirst);
    for (Path file : newestFirst) {
      try {
        return new Recovery(removed, unusable, Optional.of(file), Optional.of(load(file)));
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
