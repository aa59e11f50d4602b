// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * Overlap of segmentation masks: IoU (Jaccard index) and Dice (F1 of the pixels), defined as
 * scikit-learn 1.2's {@code jaccard_score} and {@code f1_score} on the flattened pixels. Two empty
 * masks score 0, as there ({@code zero_division} default): nothing was found because there was
 * nothing, and the score says that no overlap was measured.
 */
public final class MaskOverlap {

  private MaskOverlap() {
  }

  /**
   * Intersection over union of two binary masks.
   *
   * @param predicted the predicted mask, pixels flattened
   * @param actual the true mask, same length
   * @return |P ∩ A| / |P ∪ A|, 0 when both are empty
   */
  public static double iou(boolean[] predicted, boolean[] actual) {
    long[] counts = counts(predicted, actual);
    long union = counts[1] + counts[2] - counts[0];
    return union == 0 ? 0.0 : (double) counts[0] / union;
  }

  /**
   * Dice coefficient of two binary masks.
   *
   * @param predicted the predicted mask, pixels flattened
   * @param actual the true mask, same length
   * @return 2 |P ∩ A| / (|P| + |A|), 0 when both are empty
   */
  public static double dice(boolean[] predicted, boolean[] actual) {
    long[] counts = counts(predicted, actual);
    long total = counts[1] + counts[2];
    return total == 0 ? 0.0 : 2.0 * counts[0] / total;
  }

  /**
   * The mean IoU over the classes of a label mask (semantic segmentation), scikit-learn's
   * {@code jaccard_score(average="macro")}: per class the IoU of its pixels, averaged over the
   * classes that occur in either mask.
   *
   * @param predicted the predicted class of each pixel
   * @param actual the true class of each pixel, same length
   * @return the mean IoU
   */
  public static double meanIou(int[] predicted, int[] actual) {
    ClassificationMetrics metrics = ClassificationMetrics.of(actual, predicted);
    long[][] matrix = metrics.confusionMatrix();
    double sum = 0;
    for (int c = 0; c < matrix.length; c++) {
      long truePositives = matrix[c][c];
      long union = -truePositives;
      for (int j = 0; j < matrix.length; j++) {
        union += matrix[c][j] + matrix[j][c];
      }
      sum += union == 0 ? 0.0 : (double) truePositives / union;
    }
    return sum / matrix.length;
  }

  // {intersection, predicted, actual}
  private static long[] counts(boolean[] predicted, boolean[] actual) {
    ClassificationMetrics.requireSameLength(actual.length, predicted.length);
    long[] counts = new long[3];
    for (int i = 0; i < actual.length; i++) {
      counts[0] += predicted[i] && actual[i] ? 1 : 0;
      counts[1] += predicted[i] ? 1 : 0;
      counts[2] += actual[i] ? 1 : 0;
    }
    return counts;
  }
}
