// Copyright (c) 2026 The Plumbline Authors

import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.loop.Trainer;
import dev.plumbline.trainer.loop.TrainingResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One fresh training run of the determinism benchmark: trains the config's run from step 0 and
 * prints the SHA-256 of the last checkpoint's tensors (weights and AdamW moments) and sampler
 * state, and every step's loss as the hex bits of the double, so that runs can be compared bit for
 * bit and the first step where two runs differ can be found.
 */
public final class DeterminismRun {

  private DeterminismRun() {}

  /**
   * Runs the benchmark's one run.
   *
   * @param args the config file (its checkpoint.dir must be empty)
   * @throws Exception when training fails
   */
  public static void main(String[] args) throws Exception {
    TrainerConfig config = TrainerConfigLoader.load(Path.of(args[0]));
    PrecisionPlan plan = PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");
    TrainingResult result = Trainer.forConfig(config).precisionPlan(plan).train();
    Checkpoint last = CheckpointStore.load(result.lastCheckpoint());
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Map.Entry<String, byte[]> tensor : last.tensors().entrySet()) {
      sha.update(tensor.getKey().getBytes(StandardCharsets.UTF_8));
      sha.update(tensor.getValue());
    }
    sha.update(last.samplerState());
    String losses = result.trainLosses().stream()
        .map(l -> Long.toHexString(Double.doubleToRawLongBits(l.loss())))
        .collect(Collectors.joining(","));
    System.out.println("[INFO] RESULT step=" + result.finalStep() + " state="
        + HexFormat.of().formatHex(sha.digest()) + " losses=" + losses);
  }
}
