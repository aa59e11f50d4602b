package dev.plumbline.trainer.eval;

import static dev.plumbline.trainer.eval.ReferenceData.booleans;
import static dev.plumbline.trainer.eval.ReferenceData.doubles;
import static dev.plumbline.trainer.eval.ReferenceData.ints;
import static dev.plumbline.trainer.eval.ReferenceData.longMatrix;
import static dev.plumbline.trainer.eval.ReferenceData.matrix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every classification metric, ROC-AUC, top-k accuracy and mask overlap agrees with
 * scikit-learn 1.2.1 to 1e-9 on the data sets of {@code eval/sklearn/make_reference.py}, whose
 * output ({@code reference.json}) is committed, and refuses the inputs scikit-learn refuses.
 */
class ScikitLearnAgreementTest {

  private static final double TOLERANCE = 1e-9;
  private static final JsonNode REFERENCE = ReferenceData.read("/eval/sklearn/reference.json");

  static Stream<JsonNode> cases() {
    List<JsonNode> cases = new ArrayList<>();
    REFERENCE.get("classification").forEach(cases::add);
    return cases.stream();
  }

  @Test
  void theReferenceCoversAtLeastFiveDataSetsIncludingTiesAndAMissingClass() {
    assertThat(REFERENCE.get("sklearn").asText()).isEqualTo("1.2.1");
    assertThat(cases().map(c -> c.get("name").asText())).hasSizeGreaterThanOrEqualTo(5)
        .contains("three-classes-tied-scores", "binary-tied-scores", "missing-class",
            "all-equal-scores", "single-class", "all-wrong");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classificationMetricsAgree(JsonNode c) {
    int[] actual = ints(c.get("actual"));
    int[] predicted = ints(c.get("predicted"));
    ClassificationMetrics metrics = c.has("labels")
        ? ClassificationMetrics.of(actual, predicted, ints(c.get("labels")))
        : ClassificationMetrics.of(actual, predicted);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(metrics.accuracy()).as("accuracy")
        .isCloseTo(c.get("accuracy").asDouble(), within(TOLERANCE));
    for (Average average : Average.values()) {
      String suffix = "_" + average.name().toLowerCase(Locale.ROOT);
      soft.assertThat(metrics.precision(average)).as("precision" + suffix)
          .isCloseTo(c.get("precision" + suffix).asDouble(), within(TOLERANCE));
      soft.assertThat(metrics.recall(average)).as("recall" + suffix)
          .isCloseTo(c.get("recall" + suffix).asDouble(), within(TOLERANCE));
      soft.assertThat(metrics.f1(average)).as("f1" + suffix)
          .isCloseTo(c.get("f1" + suffix).asDouble(), within(TOLERANCE));
    }
    soft.assertThat(metrics.precisionPerClass()).as("precision per class")
        .containsExactly(doubles(c.get("precision_per_class")), within(TOLERANCE));
    soft.assertThat(metrics.recallPerClass()).as("recall per class")
        .containsExactly(doubles(c.get("recall_per_class")), within(TOLERANCE));
    soft.assertThat(metrics.f1PerClass()).as("f1 per class")
        .containsExactly(doubles(c.get("f1_per_class")), within(TOLERANCE));
    soft.assertThat(metrics.confusionMatrix()).as("confusion matrix")
        .isDeepEqualTo(longMatrix(c.get("confusion_matrix")));
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rocAucAgreesOrIsRefusedLikeScikitLearn(JsonNode c) {
    int[] actual = ints(c.get("actual"));
    if (c.has("roc_auc_binary")) {
      double[] scores = doubles(c.get("scores"));
      expect(c.get("roc_auc_binary"), () -> RocAuc.binary(actual, scores));
    }
    if (c.has("roc_auc_ovr_macro")) {
      double[][] probabilities = matrix(c.get("probabilities"));
      expect(c.get("roc_auc_ovr_macro"),
          () -> RocAuc.oneVsRest(actual, probabilities, Average.MACRO));
      expect(c.get("roc_auc_ovr_weighted"),
          () -> RocAuc.oneVsRest(actual, probabilities, Average.WEIGHTED));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void topKAccuracyAndMeanIouAgree(JsonNode c) {
    if (!c.has("top_1_accuracy") || c.get("top_1_accuracy").has("error")) {
      return;
    }
    int[] actual = ints(c.get("actual"));
    double[][] probabilities = matrix(c.get("probabilities"));
    assertThat(TopK.accuracy(probabilities, actual, 1))
        .isCloseTo(c.get("top_1_accuracy").asDouble(), within(TOLERANCE));
    assertThat(TopK.accuracy(probabilities, actual, 2))
        .isCloseTo(c.get("top_2_accuracy").asDouble(), within(TOLERANCE));
    assertThat(MaskOverlap.meanIou(ints(c.get("predicted")), actual))
        .isCloseTo(c.get("jaccard_macro").asDouble(), within(TOLERANCE));
  }

  @Test
  void maskIouAndDiceAgreeWithJaccardAndF1IncludingEmptyMasks() {
    for (JsonNode mask : REFERENCE.get("masks")) {
      boolean[] predicted = booleans(mask.get("predicted"));
      boolean[] actual = booleans(mask.get("actual"));
      assertThat(MaskOverlap.iou(predicted, actual)).as(mask.get("name").asText())
          .isCloseTo(mask.get("iou").asDouble(), within(TOLERANCE));
      assertThat(MaskOverlap.dice(predicted, actual)).as(mask.get("name").asText())
          .isCloseTo(mask.get("dice").asDouble(), within(TOLERANCE));
    }
  }

  @Test
  void noSamplesGivesWhatScikitLearnGives() {
    JsonNode empty = REFERENCE.get("empty");
    ClassificationMetrics metrics = ClassificationMetrics.of(new int[0], new int[0]);
    assertThat(empty.get("accuracy").asDouble()).isNaN();
    assertThat(metrics.accuracy()).isNaN();
    assertThat(metrics.confusionMatrix()).isEmpty();
    for (Average average : Average.values()) {
      String suffix = "_" + average.name().toLowerCase(Locale.ROOT);
      // Boxed: Double.equals treats NaN as equal to NaN.
      assertThat(Double.valueOf(metrics.f1(average))).as("f1" + suffix)
          .isEqualTo(Double.valueOf(empty.get("f1" + suffix).asDouble()));
      assertThat(Double.valueOf(metrics.precision(average))).as("precision" + suffix)
          .isEqualTo(Double.valueOf(empty.get("precision" + suffix).asDouble()));
      assertThat(Double.valueOf(metrics.recall(average))).as("recall" + suffix)
          .isEqualTo(Double.valueOf(empty.get("recall" + suffix).asDouble()));
    }
    assertThat(empty.get("roc_auc_binary").get("error").asText()).startsWith("ValueError");
    assertThatThrownBy(() -> RocAuc.binary(new int[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Only one class present in the truth ([])");
  }

  private static void expect(JsonNode reference, DoubleSupplier actual) {
    if (reference.has("error")) {
      String message = reference.get("error").asText();
      String keyWords = message.contains("Only one class") ? "Only one class present"
          : "Number of classes in the truth";
      assertThatThrownBy(actual::getAsDouble).as(message)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(keyWords);
    } else {
      assertThat(actual.getAsDouble()).isCloseTo(reference.asDouble(), within(TOLERANCE));
    }
  }
}
