// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Accuracy, precision, recall, F1 and the confusion matrix of single-label predictions, defined
 * as scikit-learn 1.2 defines them ({@code accuracy_score}, {@code precision_recall_fscore_support},
 * {@code confusion_matrix}), and tested against it on the same inputs to 1e-9.
 *
 * <p>The classes are the sorted union of the labels in the truth and the predictions, unless they
 * are given. A ratio whose denominator is zero (precision of a class never predicted, recall of a
 * class absent from the truth, F1 when both are zero) is 0, scikit-learn's {@code zero_division}
 * default (it also warns; here the per-class arrays show where it happened). With no samples at
 * all, accuracy and the macro averages are NaN and the micro and weighted averages 0, as there.
 *
 * <pre>{@code
 * ClassificationMetrics m = ClassificationMetrics.of(actual, predicted);
 * m.accuracy(); m.f1(Average.MACRO); m.confusionMatrix();
 * }</pre>
 */
public final class ClassificationMetrics {

  private final int[] labels;
  private final long[][] matrix;
  // Counted over all samples: a sample whose other label is not listed still makes a false
  // positive or a false negative of the listed one (scikit-learn's multilabel_confusion_matrix).
  private final long[] truePositives;
  private final long[] predictedCounts;
  private final long[] supports;
  private final long correct;
  private final long samples;

  private ClassificationMetrics(int[] labels, int[] actual, int[] predicted) {
    this.labels = labels;
    this.matrix = new long[labels.length][labels.length];
    this.truePositives = new long[labels.length];
    this.predictedCounts = new long[labels.length];
    this.supports = new long[labels.length];
    long right = 0;
    for (int i = 0; i < actual.length; i++) {
      int row = indexOf(labels, actual[i]);
      int column = indexOf(labels, predicted[i]);
      right += actual[i] == predicted[i] ? 1 : 0;
      if (row >= 0) {
        supports[row]++;
      }
      if (column >= 0) {
        predictedCounts[column]++;
      }
      if (row >= 0 && column >= 0) {
        matrix[row][column]++;
        truePositives[row] += row == column ? 1 : 0;
      }
    }
    this.correct = right;
    this.samples = actual.length;
  }

  /**
   * Scores predictions over the labels that occur in either array.
   *
   * @param actual the true label of each sample
   * @param predicted the predicted label of each sample, same length
   * @return the metrics
   * @throws IllegalArgumentException when the lengths differ
   */
  public static ClassificationMetrics of(int[] actual, int[] predicted) {
    TreeSet<Integer> present = new TreeSet<>();
    Arrays.stream(actual).forEach(present::add);
    Arrays.stream(predicted).forEach(present::add);
    return of(actual, predicted, present.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Scores predictions over the given classes, in the given order (scikit-learn's
   * {@code labels=}): a class that occurs in neither array counts in macro averages with scores of
   * 0; an unlisted class is not averaged and has no row or column in the confusion matrix, but a
   * sample of it predicted as a listed class is still a false positive of that class (and the
   * other way round a false negative), and accuracy still counts every sample.
   *
   * @param actual the true label of each sample
   * @param predicted the predicted label of each sample, same length
   * @param labels the classes to score, without duplicates
   * @return the metrics
   * @throws IllegalArgumentException when the lengths differ, no label is given for samples, or
   *     a label is listed twice
   */
  public static ClassificationMetrics of(int[] actual, int[] predicted, int[] labels) {
    requireSameLength(actual.length, predicted.length);
    if (labels.length == 0 && actual.length > 0) {
      throw new IllegalArgumentException("no labels to score: give at least one class");
    }
    if (Arrays.stream(labels).distinct().count() != labels.length) {
      throw new IllegalArgumentException("labels must be distinct, got " + Arrays.toString(labels));
    }
    return new ClassificationMetrics(labels.clone(), actual, predicted);
  }

  static void requireSameLength(int actual, int predicted) {
    if (actual != predicted) {
      throw new IllegalArgumentException("the truth has " + actual + " samples but the"
          + " predictions have " + predicted + ": give one prediction per sample");
    }
  }

  private static int indexOf(int[] labels, int label) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == label) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The classes, in the order of the confusion matrix's rows and columns.
   *
   * @return a copy of the labels
   */
  public int[] labels() {
    return labels.clone();
  }

  /**
   * Counts of (true class, predicted class): row {@code i} is the samples whose truth is
   * {@code labels()[i]}, column {@code j} those predicted as {@code labels()[j]}.
   *
   * @return a copy of the matrix
   */
  public long[][] confusionMatrix() {
    long[][] copy = new long[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /**
   * The share of samples predicted correctly (over all samples, listed labels or not, as
   * scikit-learn's {@code accuracy_score}, which knows no labels).
   *
   * @return correct / samples (NaN without samples)
   */
  public double accuracy() {
    return (double) correct / samples;
  }

  /**
   * Precision averaged over the classes.
   *
   * @param average macro, micro or weighted
   * @return the averaged precision
   */
  public double precision(Average average) {
    return average(average, precisionPerClass(), sum(truePositives()), sum(predictedCounts()));
  }

  /**
   * Recall averaged over the classes.
   *
   * @param average macro, micro or weighted
   * @return the averaged recall
   */
  public double recall(Average average) {
    return average(average, recallPerClass(), sum(truePositives()), sum(supports()));
  }

  /**
   * F1 averaged over the classes: the macro and weighted forms average the per-class F1, the
   * micro form is the F1 of micro precision and micro recall.
   *
   * @param average macro, micro or weighted
   * @return the averaged F1
   */
  public double f1(Average average) {
    if (average == Average.MICRO) {
      return f1(precision(Average.MICRO), recall(Average.MICRO));
    }
    return average(average, f1PerClass(), 0, 0);
  }

  /**
   * Precision of each class: true positives over predictions of the class (0 when never
   * predicted).
   *
   * @return one value per label, in label order
   */
  public double[] precisionPerClass() {
    return divide(truePositives(), predictedCounts());
  }

  /**
   * Recall of each class: true positives over the class's support (0 when absent from the truth).
   *
   * @return one value per label, in label order
   */
  public double[] recallPerClass() {
    return divide(truePositives(), supports());
  }

  /**
   * F1 of each class, the harmonic mean of its precision and recall (0 when both are 0).
   *
   * @return one value per label, in label order
   */
  public double[] f1PerClass() {
    double[] precision = precisionPerClass();
    double[] recall = recallPerClass();
    double[] f1 = new double[labels.length];
    for (int i = 0; i < f1.length; i++) {
      f1[i] = f1(precision[i], recall[i]);
    }
    return f1;
  }

  /**
   * How many samples of each class the truth holds.
   *
   * @return one count per label, in label order
   */
  public long[] supports() {
    return supports.clone();
  }

  private long[] truePositives() {
    return truePositives;
  }

  private long[] predictedCounts() {
    return predictedCounts;
  }

  private double average(Average average, double[] perClass, long microNumerator,
      long microDenominator) {
    return switch (average) {
      case MACRO -> Arrays.stream(perClass).sum() / perClass.length;
      case MICRO -> microDenominator == 0 ? 0.0 : (double) microNumerator / microDenominator;
      case WEIGHTED -> weighted(perClass, supports());
    };
  }

  private static double weighted(double[] perClass, long[] weights) {
    long total = sum(weights);
    if (total == 0) {
      return 0.0;
    }
    double sum = 0;
    for (int i = 0; i < perClass.length; i++) {
      sum += perClass[i] * weights[i];
    }
    return sum / total;
  }

  private static double[] divide(long[] numerators, long[] denominators) {
    double[] ratios = new double[numerators.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = denominators[i] == 0 ? 0.0 : (double) numerators[i] / denominators[i];
    }
    return ratios;
  }

  private static double f1(double precision, double recall) {
    double denominator = precision + recall;
    return denominator == 0 ? 0.0 : 2 * precision * recall / denominator;
  }

  private static long sum(long[] values) {
    return Arrays.stream(values).sum();
  }
}
