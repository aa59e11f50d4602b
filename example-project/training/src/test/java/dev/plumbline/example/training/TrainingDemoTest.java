package dev.plumbline.example.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.trainer.data.DatasetManifest;
import dev.plumbline.trainer.data.ManifestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDemoTest {

  @TempDir
  Path workDir;

  /** Copies configs/ and the training_data/ the build unpacked from Maven Central. */
  private void copyExample() throws IOException {
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
  }

  @Test
  void tokenizesTheCommonsLangSourcesFromMavenCentral() throws IOException {
    assertThat(Path.of("training_data/commons-lang3/org/apache/commons/lang3/StringUtils.java"))
        .as("unpacked by maven-dependency-plugin in generate-resources").isRegularFile();
    copyExample();
    TrainingDemo.run(workDir);
    DatasetManifest manifest = ManifestStore.read(workDir.resolve("dataset_cache/bin/dataset.json"));
    assertThat(manifest.tokenizer()).isEqualTo("byte");
    assertThat(manifest.sources()).extracting(DatasetManifest.SourceEntry::path)
        .contains("commons-lang3/org/apache/commons/lang3/StringUtils.java",
            "documents/sqlite-whentouse.pdf", "documents/sqlite-datatypes.docx");
    assertThat(manifest.train().tokens()).isGreaterThan(1_000_000);
    assertThat(workDir.resolve("dataset_cache/bin/train.bin")).isRegularFile();
  }
}
