// Copyright (c) 2026 The Plumbline Authors

import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.loop.Trainer;
import dev.plumbline.trainer.loop.TrainingResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Plumbline's side of the trainer-throughput benchmark: trains the config's GPT in fp32 through
 * the real training loop and prints the median tokens per second of the optimizer steps after
 * the warm-up ones (evaluation and checkpoint writing are not part of a step's time).
 */
public final class TrainerThroughput {

  private TrainerThroughput() {}

  /**
   * Runs the benchmark.
   *
   * @param args the config file and the number of warm-up steps to leave out
   * @throws Exception when training fails
   */
  public static void main(String[] args) throws Exception {
    TrainerConfig config = TrainerConfigLoader.load(Path.of(args[0]));
    int warmup = Integer.parseInt(args[1]);
    PrecisionPlan plan = PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");
    TrainingResult result = Trainer.forConfig(config).precisionPlan(plan).train();
    List<Double> seconds = result.stepSeconds();
    double[] rates = seconds.subList(warmup, seconds.size()).stream()
        .mapToDouble(s -> result.tokensPerStep() / s).sorted().toArray();
    double median = rates.length % 2 == 1 ? rates[rates.length / 2]
        : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
    List<Double> losses = result.trainLosses().stream().map(l -> l.loss()).toList();
    System.out.println(String.format(Locale.ROOT, "[INFO] RESULT {\"engine\": \"djl-pytorch\","
        + " \"median_tokens_per_second\": %.1f, \"first_loss\": %.4f, \"last_loss\": %.4f}",
        median, losses.get(0), losses.get(losses.size() - 1)));
  }
}
