package dev.plumbline.trainer.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's configuration reference is exactly what the loader's key definitions render, and
 * the README's smallest configuration loads.
 */
class ConfigReferenceTest {

  private static final Path README = Path.of("README.md");
  private static final String START = "<!-- config-reference:start -->";
  private static final String END = "<!-- config-reference:end -->";
  private static final String MINIMAL_START = "<!-- minimal-config:start -->";
  private static final String MINIMAL_END = "<!-- minimal-config:end -->";

  @TempDir Path dir;

  @Test
  void theReadmeTableIsTheOneRenderedFromTheLoadersDefinitions() throws IOException {
    // On a difference, the rendered table is here to paste into the README:
    Path rendered = Path.of("target", "config-reference.md");
    Files.createDirectories(rendered.getParent());
    Files.writeString(rendered, ConfigReference.markdown() + "\n", StandardCharsets.UTF_8);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String table = between(readme, START, END);
    assertThat(table).as("README section vs " + rendered.toAbsolutePath())
        .isEqualTo(ConfigReference.markdown());
  }

  @Test
  void everyKeyTheLoaderKnowsIsInTheTableOnce() {
    String table = ConfigReference.markdown();
    for (ConfigKey key : ConfigKeys.ALL) {
      assertThat(table.split("\\| `" + key.qualified().replace(".", "\\.") + "` \\|", -1))
          .as(key.qualified()).hasSize(2);
    }
    assertThat(table.lines().count()).isEqualTo(ConfigKeys.ALL.size() + 2);
  }

  @Test
  void theReadmesSmallestConfigurationLoads() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String yaml = between(readme, MINIMAL_START, MINIMAL_END)
        .replace("```yaml", "").replace("```", "").strip();
    Path configs = Files.createDirectories(dir.resolve("configs"));
    Files.createDirectories(dir.resolve("training_data"));
    Files.writeString(configs.resolve("default.yaml"), yaml, StandardCharsets.UTF_8);

    TrainerConfig config = TrainerConfigLoader.load(configs.resolve("default.yaml"));

    assertThat(config.data().trainingData()).isEqualTo(dir.resolve("training_data"));
    assertThat(config.checkpoint().dir()).isEqualTo(dir.resolve("checkpoints"));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as(start).isNotNegative();
    assertThat(to).as(end).isGreaterThan(from);
    return text.substring(from + start.length(), to).strip();
  }
}
