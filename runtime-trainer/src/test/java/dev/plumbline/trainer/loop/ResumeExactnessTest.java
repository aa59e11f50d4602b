package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.data.Batch;
import dev.plumbline.trainer.data.SamplerState;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.StepCompleted;
import dev.plumbline.trainer.model.Gpt;
import dev.plumbline.trainer.model.GptShape;
import dev.plumbline.trainer.optim.AdamW;
import dev.plumbline.trainer.optim.AdamWSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README promises to be exact, bit for bit, about resuming: the state a checkpoint
 * restores, the batches and the learning rates of the steps after it. (libtorch's CPU kernels
 * themselves are not bit-reproducible from process to process; see the README.)
 */
class ResumeExactnessTest {

  private static final PrecisionPlan FP32 =
      PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");

  @TempDir Path dir;

  @Test
  void aCheckpointRestoresWeightsMomentsAndSamplerBitForBit() throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "3").checkpoint("interval", "3").write(dir));
    Trainer.forConfig(config).precisionPlan(FP32).silent().train();
    Checkpoint saved = CheckpointStore.load(dir.resolve("checkpoints/checkpoint_step3.ckpt"));
    TokenDataset data = TokenDataset.open(config.data().binDir(), 1);
    GptShape shape = new GptShape(data.vocabSize(), config.model());

    // Another seed: every weight starts different, so equality below comes from the restore.
    Engine.getInstance().setRandomSeed(99);
    try (TrainableModel model = new TrainableModel(new Gpt(shape), FP32.device(),
            FP32.computeType());
        AdamW optimizer = new AdamW(new AdamWSettings(0.9, 0.95, AdamWSettings.DEFAULT_EPSILON,
            0.1), model.masterWeights(), model.manager())) {
      model.restoreWeights(saved.tensors());
      TrainingRun.restoreOptimizer(optimizer, saved.metadata().optimizerStepCount(),
          saved.tensors(), model.manager());
      data.restore(SamplerState.fromBytes(saved.samplerState()));

      Map<String, byte[]> restored = new LinkedHashMap<>(model.encodeWeights());
      optimizer.stateTensors().forEach((name, array) -> restored.put(name, array.encode()));
      assertThat(restored.keySet()).containsExactlyElementsOf(saved.tensors().keySet());
      restored.forEach((name, bytes) ->
          assertThat(bytes).as(name).isEqualTo(saved.tensors().get(name)));
      assertThat(optimizer.stepCount()).isEqualTo(3);
      assertThat(data.state().toBytes()).isEqualTo(saved.samplerState());
    }
  }

  @Test
  void aResumedRunDrawsTheSameBatchesAndLearningRatesAsTheUninterruptedOne() throws IOException {
    Path whole = dir.resolve("whole");
    Path resumed = dir.resolve("resumed");
    TrainingFixture fixture = new TrainingFixture().training("max_steps", "6");
    TrainerConfig wholeConfig = TrainingFixture.load(fixture.write(whole));
    List<Long> wholeRates = learningRates(wholeConfig);
    TrainerConfig firstHalf = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "6").write(resumed));
    // Stop the second run after step 3 (its checkpoint), then resume it in a new call.
    Trainer.forConfig(firstHalf).precisionPlan(FP32).silent().listener(new RunListener() {
      @Override
      public void onStep(StepCompleted step, RunControl control) {
        if (step.step() == 3) {
          control.requestStop("the test stops here");
        }
      }
    }).train();
    List<Long> resumedRates = learningRates(firstHalf);

    assertThat(resumedRates).containsExactlyElementsOf(wholeRates.subList(3, 6));
    Checkpoint wholeAt6 = CheckpointStore.load(whole.resolve("checkpoints/checkpoint_step6.ckpt"));
    Checkpoint resumedAt6 =
        CheckpointStore.load(resumed.resolve("checkpoints/checkpoint_step6.ckpt"));
    assertThat(resumedAt6.samplerState()).isEqualTo(wholeAt6.samplerState());
    // The batch after step 6 is the same too: the sampler's streams are in the same place.
    TokenDataset a = TokenDataset.open(wholeConfig.data().binDir(), 1);
    TokenDataset b = TokenDataset.open(firstHalf.data().binDir(), 1);
    a.restore(SamplerState.fromBytes(wholeAt6.samplerState()));
    b.restore(SamplerState.fromBytes(resumedAt6.samplerState()));
    Batch nextA = a.getBatch(Split.TRAIN, 4, 32);
    Batch nextB = b.getBatch(Split.TRAIN, 4, 32);
    assertThat(nextB.x()).isEqualTo(nextA.x());
  }

  private static List<Long> learningRates(TrainerConfig config) throws IOException {
    List<Long> bits = new ArrayList<>();
    Trainer.forConfig(config).precisionPlan(FP32).silent().listener(new RunListener() {
      @Override
      public void onStep(StepCompleted step, RunControl control) {
        bits.add(Double.doubleToRawLongBits(step.learningRate()));
      }
    }).train();
    return bits;
  }
}
