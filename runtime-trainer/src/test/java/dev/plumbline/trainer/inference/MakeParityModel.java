package dev.plumbline.trainer.inference;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code tiny-gpt.safetensors} of the PyTorch parity fixture: a GPT trained 300 steps on
 * the license texts, exported with nanoGPT's names. Run by
 * {@code src/test/resources/inference/make_fixture.sh}, which then runs the PyTorch side.
 */
public final class MakeParityModel {

  private MakeParityModel() {}

  /**
   * Trains and exports.
   *
   * @param args the output file
   * @throws Exception when training or writing fails
   */
  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("parity-model");
    LicenseTextRun.train(work, 300);
    try (TrainedGpt gpt = TrainedGpt.load(work.resolve("checkpoints/best_model.ckpt"))) {
      gpt.exportSafetensors(Path.of(args[0]));
    }
    System.out.println("[INFO] wrote " + args[0]);
  }
}
