// Copyright (c) 2026 The Plumbline Authors

import dev.plumbline.trainer.inference.Sampling;
import dev.plumbline.trainer.inference.TrainedGpt;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One round of the generation benchmark, Plumbline's side: loads the safetensors, generates a
 * 200-token warm-up, then times {@code tokens} new tokens after a fixed prompt with nanoGPT's
 * sampling defaults and prints one line, {@code plumbline <tokens per second>}.
 */
public final class GenerationBench {

  private GenerationBench() {
  }

  /**
   * Runs one round.
   *
   * @param args the safetensors file and the number of tokens
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    int tokens = Integer.parseInt(args[1]);
    long[] prompt = {76, 105, 99, 101, 110, 115, 101, 100, 32}; // "Licensed "
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(Path.of(args[0]))) {
      gpt.generate(prompt, 200, Sampling.NANOGPT_DEFAULTS);
      long started = System.nanoTime();
      long[] generated = gpt.generate(prompt, tokens, Sampling.NANOGPT_DEFAULTS);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.println(String.format(Locale.ROOT, "plumbline %.1f", generated.length / seconds));
    }
  }
}
