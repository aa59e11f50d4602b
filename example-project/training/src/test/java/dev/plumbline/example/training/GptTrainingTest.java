package dev.plumbline.example.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.trainer.loop.StepLoss;
import dev.plumbline.trainer.loop.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GptTrainingTest {

  @TempDir
  Path workDir;

  @Test
  void theCpuDemoGptLearnsTheCommonsLangSources() throws IOException {
    for (String tree : new String[] {"configs", "training_data"}) {
      Path from = Path.of(tree);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = workDir.resolve(tree).resolve(from.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }

    TrainingResult result = GptTraining.train(workDir.resolve("configs/cpu-demo.yaml"));

    List<StepLoss> losses = result.trainLosses();
    assertThat(losses).hasSize(300);
    double first = losses.subList(0, 10).stream().mapToDouble(StepLoss::loss).average().orElseThrow();
    double last = losses.subList(290, 300).stream().mapToDouble(StepLoss::loss).average().orElseThrow();
    assertThat(first).isGreaterThan(4.5);
    assertThat(last).isLessThan(first - 2.0);
    assertThat(workDir.resolve("checkpoints/cpu-demo/checkpoint_step300.ckpt")).isRegularFile();
    assertThat(workDir.resolve("checkpoints/cpu-demo/best_model.ckpt")).isRegularFile();
  }
}
