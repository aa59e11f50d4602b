package dev.plumbline.example.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The critical counting module: counts, then ranks by count and breaks ties by the word. */
class FrequencyCounterTest {

  @Test
  void ranksByCountThenAlphabetically() {
    FrequencyCounter counter = new FrequencyCounter();
    counter.addAll(List.of("wire", "test", "wire", "run", "test", "wire"));

    assertThat(counter.top(2)).containsExactly(Map.entry("wire", 3L), Map.entry("test", 2L));
    assertThat(counter.top(10)).hasSize(3);
    assertThat(counter.distinctWords()).isEqualTo(3);
  }
}
