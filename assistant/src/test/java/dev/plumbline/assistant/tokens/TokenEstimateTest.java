package dev.plumbline.assistant.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The approximation against three real tokenizers on real documents of this repository and
 * the example's memory files: never below any of them, and not wastefully above (at most 1.6
 * times the largest count).
 */
class TokenEstimateTest {

  @Test
  void isAnUpperBoundOfRealTokenizersOnRealDocuments() throws Exception {
    Path repository = Path.of("..").toAbsolutePath().normalize();
    for (String document : List.of("README.md", "memory/README.md", "processor/README.md",
        "bench/README.md", "example-project/.claude/project_structure.json",
        "example-project/.claude/project_log.json")) {
      String text = Files.readString(repository.resolve(document), StandardCharsets.UTF_8);
      Map<String, Integer> real = RealTokenizers.count(text);
      int largest = RealTokenizers.max(text);
      int estimate = TokenEstimate.of(text);
      System.out.printf("[INFO] %s: estimate %d, real %s, ratio %.3f%n", document, estimate,
          real, (double) estimate / largest);
      assertThat(estimate).as(document).isGreaterThanOrEqualTo(largest)
          .isLessThanOrEqualTo(largest * 16 / 10);
    }
  }

  @Test
  void countsTheKindsOfPiecesItKnows() {
    assertThat(TokenEstimate.of("")).isZero();
    assertThat(TokenEstimate.of("word")).isEqualTo(1);
    assertThat(TokenEstimate.of("FrequencyCounter")).isEqualTo(1 + 3 + 2);
    assertThat(TokenEstimate.of("2026-11-25")).isEqualTo(2 + 1 + 1 + 1 + 1);
    assertThat(TokenEstimate.of("a b\n\nc")).isEqualTo(4);
    assertThat(TokenEstimate.of("✓ü")).isEqualTo(4);
  }
}
