package dev.plumbline.example.app.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Markdown format: a header row, then one row per word. */
class MarkdownFormatTest {

  @Test
  void rendersATableRowPerWord() {
    assertThat(new MarkdownFormat().render(List.of(Map.entry("wire", 3L), Map.entry("run", 1L))))
        .containsExactly("| word | count |", "|---|---|", "| wire | 3 |", "| run | 1 |");
  }
}
