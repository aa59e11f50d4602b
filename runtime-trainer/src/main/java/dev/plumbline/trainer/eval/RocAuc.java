// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The area under the ROC curve, as scikit-learn 1.2's {@code roc_auc_score}: the ROC curve has a
 * point at every distinct score (tied scores form one step, so a tie counts half), and its area
 * is summed with the trapezoidal rule. Binary, and one-vs-rest for several classes.
 */
public final class RocAuc {

  private RocAuc() {
  }

  /**
   * The binary ROC-AUC. The truth holds exactly two labels; the greater one is the positive class
   * (scikit-learn's rule for {@code {0, 1}} or {@code {-1, 1}}).
   *
   * @param actual the true label of each sample
   * @param scores a score per sample, higher meaning more likely positive
   * @return the area, in [0, 1]; 0.5 when every score is equal
   * @throws IllegalArgumentException when the lengths differ, or the truth does not hold exactly
   *     two labels (the area is undefined with one class, as scikit-learn says)
   */
  public static double binary(int[] actual, double[] scores) {
    ClassificationMetrics.requireSameLength(actual.length, scores.length);
    int[] classes = IntStream.of(actual).distinct().sorted().toArray();
    if (classes.length != 2) {
      throw new IllegalArgumentException(classes.length < 2
          ? "Only one class present in the truth (" + Arrays.toString(classes) + "): ROC-AUC is"
              + " not defined in that case; score a sample that holds both classes"
          : "binary ROC-AUC needs two classes in the truth, got " + classes.length + " ("
              + Arrays.toString(classes) + "); use RocAuc.oneVsRest with a score per class");
    }
    boolean[] positive = new boolean[actual.length];
    for (int i = 0; i < actual.length; i++) {
      positive[i] = actual[i] == classes[1];
    }
    return area(positive, scores);
  }

  /**
   * The one-vs-rest ROC-AUC of a multi-class problem: the binary area of each class against all
   * others, averaged (scikit-learn's {@code multi_class="ovr"}). Column {@code j} of the
   * probabilities belongs to the {@code j}-th smallest label, and every class must occur in the
   * truth.
   *
   * @param actual the true label of each sample
   * @param probabilities per sample, a probability per class; each row sums to 1
   * @param average {@link Average#MACRO} (plain mean) or {@link Average#WEIGHTED} (by support)
   * @return the averaged area
   * @throws IllegalArgumentException when the rows do not sum to 1, the number of classes in the
   *     truth differs from the number of columns, or the average is micro
   */
  public static double oneVsRest(int[] actual, double[][] probabilities, Average average) {
    ClassificationMetrics.requireSameLength(actual.length, probabilities.length);
    if (average == Average.MICRO) {
      throw new IllegalArgumentException("one-vs-rest ROC-AUC averages MACRO or WEIGHTED;"
          + " scikit-learn 1.2 has no micro average for it");
    }
    int[] classes = new TreeSet<>(IntStream.of(actual).boxed().toList()).stream()
        .mapToInt(Integer::intValue).toArray();
    int columns = probabilities.length == 0 ? 0 : probabilities[0].length;
    for (double[] row : probabilities) {
      if (row.length != columns) {
        throw new IllegalArgumentException("every row of the probabilities needs " + columns
            + " columns, one per class; a row has " + row.length);
      }
      if (!isProbability(Arrays.stream(row).sum())) {
        throw new IllegalArgumentException("Target scores need to be probabilities for"
            + " one-vs-rest ROC-AUC: each row must sum to 1, a row sums to "
            + Arrays.stream(row).sum() + " (apply a softmax first)");
      }
    }
    if (classes.length != columns || classes.length < 2) {
      throw new IllegalArgumentException("Number of classes in the truth (" + classes.length
          + ": " + Arrays.toString(classes) + ") is not equal to the number of columns of the"
          + " probabilities (" + columns + "); every class must occur in the truth");
    }
    double sum = 0;
    long weightSum = 0;
    for (int c = 0; c < columns; c++) {
      boolean[] positive = new boolean[actual.length];
      double[] scores = new double[actual.length];
      long support = 0;
      for (int i = 0; i < actual.length; i++) {
        positive[i] = actual[i] == classes[c];
        scores[i] = probabilities[i][c];
        support += positive[i] ? 1 : 0;
      }
      long weight = average == Average.WEIGHTED ? support : 1;
      sum += area(positive, scores) * weight;
      weightSum += weight;
    }
    return sum / weightSum;
  }

  // numpy.allclose(1, sum): |sum - 1| <= 1e-8 + 1e-5 * |sum|.
  private static boolean isProbability(double sum) {
    return Math.abs(sum - 1) <= 1e-8 + 1e-5 * Math.abs(sum);
  }

  // scikit-learn's roc_curve + auc: sort by descending score, one point per distinct score, the
  // trapezoids between them on the rates normalised by the final counts.
  private static double area(boolean[] positive, double[] scores) {
    for (double score : scores) {
      if (Double.isNaN(score)) {
        throw new IllegalArgumentException("a score is NaN: ROC-AUC needs a number per sample");
      }
    }
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    double truePositives = 0;
    double falsePositives = 0;
    double previousTrue = 0;
    double previousFalse = 0;
    double doubledArea = 0;
    for (int k = 0; k < order.length; k++) {
      if (positive[order[k]]) {
        truePositives++;
      } else {
        falsePositives++;
      }
      boolean lastOfItsScore = k == order.length - 1 || scores[order[k + 1]] != scores[order[k]];
      if (lastOfItsScore) {
        doubledArea += (falsePositives - previousFalse) * (truePositives + previousTrue);
        previousTrue = truePositives;
        previousFalse = falsePositives;
      }
    }
    return doubledArea / (2 * truePositives * falsePositives);
  }
}
