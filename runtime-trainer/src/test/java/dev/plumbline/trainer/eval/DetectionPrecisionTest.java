package dev.plumbline.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Average precision against the worked example published in Padilla's Object-Detection-Metrics
 * (see {@code eval/detection/README.md}): 7 images, 15 objects, 24 detections, IoU 0.3.
 */
class DetectionPrecisionTest {

  private static final List<GroundTruthBox> TRUTHS = truths();
  private static final List<Detection> DETECTIONS = detections();

  @Test
  void voc11PointMatchesThePublished26Point84Percent() {
    double ap = DetectionPrecision.averagePrecision(DETECTIONS, TRUTHS, "object", 0.3,
        ApDefinition.VOC2007_11_POINT);
    assertThat(ap).isCloseTo((1 + 2.0 / 3 + 3 * 3.0 / 7) / 11, within(1e-12));
    assertThat(Math.round(ap * 10_000) / 100.0).isEqualTo(26.84);
  }

  @Test
  void vocAllPointsMatchesThePublished24Point57Percent() {
    double ap = DetectionPrecision.averagePrecision(DETECTIONS, TRUTHS, "object", 0.3,
        ApDefinition.VOC2010_ALL_POINTS);
    assertThat(ap).isCloseTo(1.0 / 15 + 1.0 / 15 * 2 / 3 + 4.0 / 15 * 3 / 7 + 1.0 / 15 * 7 / 23,
        within(1e-12));
    assertThat(Math.round(ap * 10_000) / 100.0).isEqualTo(24.57);
    assertThat(DetectionPrecision.meanAveragePrecision(DETECTIONS, TRUTHS, 0.3,
        ApDefinition.VOC2010_ALL_POINTS)).isEqualTo(ap);
  }

  /**
   * COCO's rules on the same example, by hand: continuous areas make G (18 %) a false positive,
   * so the ranked hits are R, J, B, P, E, X: recall 1/15 at rank 1 (envelope precision 1), 2/15 at
   * rank 3 (2/3), then 3/15 .. 6/15 up to rank 14 (envelope 6/14 = 3/7) and no more. Of the 101
   * recall levels 0, 0.01, ..., 1, levels 0 to 0.06 read 1 (7 levels), 0.07 to 0.13 read 2/3 (7),
   * 0.14 to 0.40 read 3/7 (27) and the 60 above 0.4 read 0.
   */
  @Test
  void coco101PointMatchesTheHandComputedValue() {
    double ap = DetectionPrecision.averagePrecision(DETECTIONS, TRUTHS, "object", 0.3,
        ApDefinition.COCO_101_POINT);
    assertThat(ap).isCloseTo((7 + 7 * 2.0 / 3 + 27 * 3.0 / 7) / 101, within(1e-12));
  }

  @Test
  void aPerfectDetectorScoresOneUnderEveryDefinitionAndAtEveryCocoThreshold() {
    List<Detection> perfect = TRUTHS.stream()
        .map(t -> new Detection(t.image(), t.label(), 0.9, t.box())).toList();
    for (ApDefinition definition : ApDefinition.values()) {
      assertThat(DetectionPrecision.meanAveragePrecision(perfect, TRUTHS, 0.5, definition))
          .as(definition.name()).isEqualTo(1.0);
    }
    assertThat(DetectionPrecision.cocoMeanAveragePrecision(perfect, TRUTHS)).isEqualTo(1.0);
  }

  @Test
  void duplicateDetectionsOfOneObjectCountOnceAndTheRestAreFalsePositives() {
    BoundingBox box = new BoundingBox(0, 0, 10, 10);
    List<GroundTruthBox> one = List.of(new GroundTruthBox("a", "cat", box));
    List<Detection> twice = List.of(new Detection("a", "cat", 0.9, box),
        new Detection("a", "cat", 0.8, box));
    // Precision 1 at recall 1 (the first detection), the duplicate after it changes nothing.
    assertThat(DetectionPrecision.averagePrecision(twice, one, "cat", 0.5,
        ApDefinition.VOC2010_ALL_POINTS)).isEqualTo(1.0);
    // Ranked first, a false positive halves the precision at recall 1.
    List<Detection> wrongFirst = List.of(new Detection("a", "cat", 0.95,
        new BoundingBox(50, 50, 60, 60)), new Detection("a", "cat", 0.9, box));
    assertThat(DetectionPrecision.averagePrecision(wrongFirst, one, "cat", 0.5,
        ApDefinition.VOC2010_ALL_POINTS)).isEqualTo(0.5);
  }

  @Test
  void emptyPredictionsScoreZeroAndAClassWithoutTruthIsUndefined() {
    assertThat(DetectionPrecision.meanAveragePrecision(List.of(), TRUTHS, 0.5,
        ApDefinition.COCO_101_POINT)).isZero();
    assertThatThrownBy(() -> DetectionPrecision.averagePrecision(DETECTIONS, TRUTHS, "dog", 0.5,
        ApDefinition.VOC2007_11_POINT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("class 'dog' has no ground truth box, so its average precision is undefined");
    assertThatThrownBy(() -> DetectionPrecision.meanAveragePrecision(DETECTIONS, List.of(), 0.5,
        ApDefinition.VOC2007_11_POINT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no ground truth boxes");
  }

  @Test
  void boxIouUsesThePixelConventionItIsAskedFor() {
    BoundingBox a = new BoundingBox(0, 0, 9, 9);
    BoundingBox b = new BoundingBox(5, 0, 14, 9);
    assertThat(a.iou(b, false)).isCloseTo(4.0 * 9 / (81 + 81 - 36), within(1e-15));
    assertThat(a.iou(b, true)).isCloseTo(50.0 / (100 + 100 - 50), within(1e-15));
    assertThatThrownBy(() -> new BoundingBox(10, 0, 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corners swapped");
  }

  private static List<GroundTruthBox> truths() {
    List<GroundTruthBox> boxes = new ArrayList<>();
    for (String line : lines("groundtruths.txt")) {
      String[] f = line.split(" ", -1);
      boxes.add(new GroundTruthBox(f[0], f[1], BoundingBox.ofSize(d(f[2]), d(f[3]), d(f[4]),
          d(f[5]))));
    }
    return boxes;
  }

  private static List<Detection> detections() {
    List<Detection> boxes = new ArrayList<>();
    for (String line : lines("detections.txt")) {
      String[] f = line.split(" ", -1);
      boxes.add(new Detection(f[0], f[1], d(f[2]), BoundingBox.ofSize(d(f[3]), d(f[4]),
          d(f[5]), d(f[6]))));
    }
    return boxes;
  }

  private static double d(String text) {
    return Double.parseDouble(text);
  }

  private static List<String> lines(String name) {
    try (InputStream in = DetectionPrecisionTest.class.getResourceAsStream(
        "/eval/detection/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
