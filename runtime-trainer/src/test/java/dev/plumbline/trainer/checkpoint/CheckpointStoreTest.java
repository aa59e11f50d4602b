package dev.plumbline.trainer.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plumbline.trainer.optim.LossScalerState;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

  @TempDir Path dir;

  @Test
  void roundTripIsBitExactForTensorsSamplerAndMetadata() throws IOException {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray weights = manager.randomNormal(new Shape(3, 5));
      NDArray tiny = manager.create(new float[] {Float.MIN_VALUE, -0f, 1e-38f, Float.MAX_VALUE});
      Map<String, byte[]> tensors = new LinkedHashMap<>();
      tensors.put("param/w", weights.encode());
      tensors.put("m/w", tiny.encode());
      Checkpoint original = new Checkpoint(metadata(42), tensors, new byte[] {9, 8, 7});
      CheckpointStore store = new CheckpointStore(dir, 3, AtomicFileWriter.silent());

      Path file = store.save(original);
      Checkpoint loaded = CheckpointStore.load(file);

      assertThat(file.getFileName().toString()).isEqualTo("checkpoint_step42.ckpt");
      assertThat(loaded.metadata()).isEqualTo(original.metadata());
      assertThat(loaded.samplerState()).containsExactly(9, 8, 7);
      assertThat(loaded.tensors().keySet()).containsExactly("param/w", "m/w");
      NDArray back = NDArray.decode(manager, loaded.tensors().get("param/w"));
      assertThat(back.getShape()).isEqualTo(new Shape(3, 5));
      assertThat(back.toByteArray()).isEqualTo(weights.toByteArray());
      assertThat(NDArray.decode(manager, loaded.tensors().get("m/w")).toByteArray())
          .isEqualTo(tiny.toByteArray());
    }
  }

  @Test
  void checkpointsAreOrderedByStepNumberNotByName() throws IOException {
    CheckpointStore store = new CheckpointStore(dir, 10, AtomicFileWriter.silent());
    for (long step : new long[] {100, 9, 10, 1000, 99}) {
      store.save(new Checkpoint(metadata(step), Map.of(), new byte[0]));
    }
    Files.writeString(dir.resolve("checkpoint_step5.ckpt.tmp"), "partial", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "x", StandardCharsets.UTF_8);

    assertThat(store.listInStepOrder()).extracting(p -> p.getFileName().toString()).containsExactly(
        "checkpoint_step9.ckpt", "checkpoint_step10.ckpt", "checkpoint_step99.ckpt",
        "checkpoint_step100.ckpt", "checkpoint_step1000.ckpt");
    assertThat(store.recover().checkpoint()).get().extracting(c -> c.metadata().step())
        .isEqualTo(1000L);
  }

  @Test
  void onlyTheLastKCheckpointsAreKept() throws IOException {
    CheckpointStore store = new CheckpointStore(dir, 2, AtomicFileWriter.silent());
    for (long step = 1; step <= 5; step++) {
      store.save(new Checkpoint(metadata(step * 10), Map.of(), new byte[0]));
    }
    assertThat(store.listInStepOrder()).extracting(p -> p.getFileName().toString())
        .containsExactly("checkpoint_step40.ckpt", "checkpoint_step50.ckpt");
  }

  @Test
  void truncatedAndDamagedCheckpointsAreReportedAndThePreviousOneIsUsed() throws IOException {
    CheckpointStore store = new CheckpointStore(dir, 5, AtomicFileWriter.silent());
    store.save(new Checkpoint(metadata(10), Map.of("param/w", new byte[] {1, 2, 3}), new byte[0]));
    Path damaged = store.save(new Checkpoint(metadata(20), Map.of(), new byte[0]));
    Path truncated = store.save(new Checkpoint(metadata(30), Map.of(), new byte[0]));
    byte[] full = Files.readAllBytes(truncated);
    Files.write(truncated, Arrays.copyOf(full, full.length / 2));
    byte[] bytes = Files.readAllBytes(damaged);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(damaged, bytes);

    Recovery recovery = store.recover();
    Checkpoint loaded = recovery.checkpoint().orElseThrow();

    assertThat(recovery.source()).contains(dir.resolve("checkpoint_step10.ckpt"));
    assertThat(loaded.metadata().step()).isEqualTo(10);
    assertThat(loaded.tensors().get("param/w")).containsExactly(1, 2, 3);
    assertThat(recovery.unusableCheckpoints()).containsExactly(
        truncated + " is not a usable checkpoint: checksum mismatch (file truncated or"
            + " damaged, " + full.length / 2 + " bytes)",
        damaged + " is not a usable checkpoint: checksum mismatch (file truncated or"
            + " damaged, " + bytes.length + " bytes)");
  }

  @Test
  void theBestModelIsNeverReplacedByAWorseOneEvenByAStoreThatDidNotWriteIt() throws IOException {
    new CheckpointStore(dir, 3, AtomicFileWriter.silent()).saveBest(best(300, 1.996));
    byte[] kept = Files.readAllBytes(dir.resolve("best_model.ckpt"));
    // A new store, as a new process would open it: it knows nothing of the loss but the file's.
    CheckpointStore store = new CheckpointStore(dir, 3, AtomicFileWriter.silent());

    assertThat(store.bestModelLoss()).hasValue(1.996);
    assertThat(store.saveBest(best(100, 2.945))).isEmpty();
    assertThat(store.saveBest(best(120, 1.996))).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("best_model.ckpt"))).isEqualTo(kept);
    assertThat(store.saveBest(best(200, 1.5))).contains(dir.resolve("best_model.ckpt"));
    assertThat(CheckpointStore.load(dir.resolve("best_model.ckpt")).metadata().step())
        .isEqualTo(200);
  }

  @Test
  void aDamagedBestModelCountsAsNoneAndIsReplaced() throws IOException {
    Files.writeString(dir.resolve("best_model.ckpt"), "PLBCKPT1 but cut short",
        StandardCharsets.UTF_8);
    CheckpointStore store = new CheckpointStore(dir, 3, AtomicFileWriter.silent());

    assertThat(store.bestModelLoss()).isEmpty();
    assertThat(store.saveBest(best(100, 2.945))).isPresent();
    assertThat(store.bestModelLoss()).hasValue(2.945);
  }

  @Test
  void whenNoStepCheckpointIsUsableTheRunContinuesFromTheBestModel() throws IOException {
    CheckpointStore store = new CheckpointStore(dir, 5, AtomicFileWriter.silent());
    Path step4 = store.save(new Checkpoint(metadata(4), Map.of(), new byte[0]));
    Path step8 = store.save(new Checkpoint(metadata(8), Map.of(), new byte[0]));
    store.saveBest(best(6, 2.5));
    Files.write(step4, new byte[] {1});
    Files.write(step8, new byte[] {2});

    Recovery recovery = new CheckpointStore(dir, 5, AtomicFileWriter.silent()).recover();

    assertThat(recovery.unusableCheckpoints()).containsExactly(
        step8 + " is not a usable checkpoint: missing the PLBCKPT1 header (1 bytes): truncated,"
            + " or not written by Plumbline",
        step4 + " is not a usable checkpoint: missing the PLBCKPT1 header (1 bytes): truncated,"
            + " or not written by Plumbline");
    assertThat(recovery.fromBestModel()).isTrue();
    assertThat(recovery.checkpoint()).get().extracting(c -> c.metadata().step()).isEqualTo(6L);

    Files.write(dir.resolve("best_model.ckpt"), new byte[] {3});
    Recovery nothing = new CheckpointStore(dir, 5, AtomicFileWriter.silent()).recover();
    assertThat(nothing.checkpoint()).isEmpty();
    assertThat(nothing.fromBestModel()).isFalse();
    assertThat(nothing.unusableCheckpoints()).hasSize(3)
        .last().asString().startsWith(dir.resolve("best_model.ckpt") + " is not a usable");
  }

  @Test
  void aForeignFileIsRejectedWithItsName() throws IOException {
    Path file = dir.resolve("checkpoint_step1.ckpt");
    Files.writeString(file, "hello", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CheckpointStore.load(file))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessage(file + " is not a usable checkpoint: missing the PLBCKPT1 header (5 bytes):"
            + " truncated, or not written by Plumbline");
  }

  @Test
  void interruptedWritesLeaveOnlyATempFileThatIsCleanedUp() throws IOException {
    CheckpointStore store = new CheckpointStore(dir, 5, AtomicFileWriter.silent());
    store.save(new Checkpoint(metadata(1), Map.of(), new byte[0]));
    Path stale = dir.resolve("checkpoint_step2.ckpt.tmp");
    Files.write(stale, new byte[] {1, 2});
    assertThat(store.recover().removedTemporaryFiles()).containsExactly(stale);
    assertThat(store.listInStepOrder()).hasSize(1);
    assertThat(stale).doesNotExist();
  }

  @Test
  void aCheckpointWithTheLossHistoriesOfEarlierVersionsStillLoads() throws IOException {
    String legacyJson = "{\"step\":6,\"epoch\":0,\"optimizerStepCount\":6,"
        + "\"lossScaler\":{\"scale\":1.0,\"growthTracker\":0},\"microBatchSize\":4,"
        + "\"accumulationSteps\":2,\"trainLosses\":[{\"step\":1,\"loss\":5.5}],"
        + "\"validationLosses\":[{\"step\":4,\"loss\":4.9}],\"bestValidationLoss\":4.9,"
        + "\"evaluationsWithoutImprovement\":0,\"config\":{\"seed\":1337}}";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("PLBCKPT1".getBytes(StandardCharsets.UTF_8));
    byte[] json = legacyJson.getBytes(StandardCharsets.UTF_8);
    out.writeInt(json.length);
    out.write(json);
    out.writeInt(1);
    out.write(new byte[] {7});
    out.writeInt(0);
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    Path file = dir.resolve("checkpoint_step6.ckpt");
    Files.write(file, bytes.toByteArray());

    CheckpointMetadata metadata = CheckpointStore.load(file).metadata();

    assertThat(metadata.step()).isEqualTo(6);
    assertThat(metadata.bestValidationLoss()).isEqualTo(4.9);
    assertThat(metadata.config().get("seed").asInt()).isEqualTo(1337);
  }

  private static Checkpoint best(long step, double validationLoss) {
    return new Checkpoint(new CheckpointMetadata(step, 1, step, new LossScalerState(1.0, 0), 4, 2,
        validationLoss, 0, JsonNodeFactory.instance.objectNode()), Map.of(), new byte[0]);
  }

  static CheckpointMetadata metadata(long step) {
    return new CheckpointMetadata(step, 1, step, new LossScalerState(32768.0, 17), 4, 2, 4.25, 1,
        JsonNodeFactory.instance.objectNode().put("seed", 1337));
  }
}
