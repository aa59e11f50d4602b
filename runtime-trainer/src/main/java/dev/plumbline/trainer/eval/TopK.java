// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * Top-k accuracy of class scores (top-1, top-5), as scikit-learn 1.2's
 * {@code top_k_accuracy_score} for more than two classes: a sample counts when its true class is
 * among the k highest-scored classes. Among equal scores the higher class index ranks first
 * (scikit-learn's stable sort, reversed).
 */
public final class TopK {

  private TopK() {
  }

  /**
   * The share of samples whose true class is among the k best-scored.
   *
   * @param scores per sample, one score per class (column {@code j} is class {@code j})
   * @param actual the true class of each sample, in {@code [0, classes)}
   * @param k how many of the best classes count, at least 1 (k at or above the class count gives
   *     1.0)
   * @return the top-k accuracy
   * @throws IllegalArgumentException when the lengths differ, a row has another width, a class
   *     is out of range, there are no samples, or k is below 1
   */
  public static double accuracy(double[][] scores, int[] actual, int k) {
    ClassificationMetrics.requireSameLength(actual.length, scores.length);
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    if (actual.length == 0) {
      throw new IllegalArgumentException("no samples: top-k accuracy needs at least one row");
    }
    int classes = scores[0].length;
    long hits = 0;
    for (int i = 0; i < actual.length; i++) {
      if (scores[i].length != classes) {
        throw new IllegalArgumentException("row " + i + " has " + scores[i].length
            + " scores; every row needs one per class (" + classes + ")");
      }
      if (actual[i] < 0 || actual[i] >= classes) {
        throw new IllegalArgumentException("sample " + i + " has class " + actual[i]
            + ", outside the " + classes + " score columns");
      }
      hits += rank(scores[i], actual[i]) < k ? 1 : 0;
    }
    return (double) hits / actual.length;
  }

  // How many classes rank before the true one: higher scores, and equal scores of higher index.
  private static int rank(double[] row, int trueClass) {
    double own = row[trueClass];
    int before = 0;
    for (int j = 0; j < row.length; j++) {
      if (row[j] > own || (row[j] == own && j > trueClass)) {
        before++;
      }
    }
    return before;
  }
}
