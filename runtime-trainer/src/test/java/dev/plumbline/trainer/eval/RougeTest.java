package dev.plumbline.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ROUGE against the figures of rouge-score's own tests ({@code eval/rouge/rouge-published.json}
 * says where each came from): exact cases, and ROUGE-1.5.5's figures on its test-data lines.
 */
class RougeTest {

  private static final JsonNode PUBLISHED = ReferenceData.read("/eval/rouge/rouge-published.json");

  @Test
  void everyPublishedFigureIsMatchedToItsPrintedPlaces() {
    for (JsonNode c : PUBLISHED.get("cases")) {
      String target = c.has("pair") ? PUBLISHED.get("targets").get(c.get("pair").asInt()).asText()
          : c.get("target").asText();
      String prediction = c.has("pair")
          ? PUBLISHED.get("predictions").get(c.get("pair").asInt()).asText()
          : c.get("prediction").asText();
      String type = c.get("type").asText();
      RougeScore score = type.equals("rougeL") ? Rouge.rougeL(target, prediction)
          : Rouge.rougeN(target, prediction, Integer.parseInt(type.substring(5)));
      double tolerance = 0.5 * Math.pow(10, -c.get("places").asInt());
      String name = c.get("test").asText() + " " + type;
      assertThat(score.precision()).as(name + " precision")
          .isCloseTo(c.get("precision").asDouble(), within(tolerance));
      assertThat(score.recall()).as(name + " recall")
          .isCloseTo(c.get("recall").asDouble(), within(tolerance));
      assertThat(score.f()).as(name + " f").isCloseTo(c.get("f").asDouble(), within(tolerance));
    }
  }

  @Test
  void tokensAreLowercaseAlphanumericRuns() {
    assertThat(Rouge.tokenize("The quick-brown FOX, 2nd time!")).containsExactly("the", "quick",
        "brown", "fox", "2nd", "time");
    assertThat(Rouge.tokenize("/ -- !")).isEmpty();
  }

  @Test
  void corpusMeanAveragesThePairsAndRefusesMismatchedLists() {
    Map<String, RougeScore> mean = Rouge.corpusMean(List.of("testing one two", "a b c"),
        List.of("testing", "a b c"));
    assertThat(mean.get("rouge1").f()).isCloseTo((0.5 + 1.0) / 2, within(1e-15));
    assertThat(mean.get("rouge2").recall()).isCloseTo((0.0 + 1.0) / 2, within(1e-15));
    assertThat(mean).containsOnlyKeys("rouge1", "rouge2", "rougeL");
    assertThatThrownBy(() -> Rouge.corpusMean(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rouge.rougeN("a", "a", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 9");
  }
}
