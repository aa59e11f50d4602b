// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Average precision of box detections per class, and its mean over classes (mAP), by one of the
 * {@link ApDefinition}s. Detections are ranked by score; equal scores keep their input order (a
 * stable sort, as the VOC devkit, Padilla's reference code and pycocotools rank them). A class
 * counts in the mean when it has ground truth boxes; detections of classes without any are
 * ignored. A class with ground truth and no detections has AP 0.
 */
public final class DetectionPrecision {

  // The IoU thresholds of COCO's headline mAP, 0.50 to 0.95 in steps of 0.05.
  private static final double[] COCO_IOU_THRESHOLDS =
      {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

  private static final int COCO_MAX_DETECTIONS_PER_IMAGE = 100;
  private static final int COCO_RECALL_LEVELS = 101;
  private static final int VOC_RECALL_LEVELS = 11;

  private DetectionPrecision() {
  }

  /**
   * The average precision of one class.
   *
   * @param detections every detection (other classes are left out here)
   * @param truths every ground truth box
   * @param label the class
   * @param iouThreshold the overlap a detection needs to match, e.g. 0.5
   * @param definition the interpolation and matching rules
   * @return the AP in [0, 1]
   * @throws IllegalArgumentException when the class has no ground truth box (AP is undefined)
   */
  public static double averagePrecision(List<Detection> detections, List<GroundTruthBox> truths,
      String label, double iouThreshold, ApDefinition definition) {
    List<GroundTruthBox> classTruths = truths.stream().filter(t -> t.label().equals(label))
        .toList();
    if (classTruths.isEmpty()) {
      throw new IllegalArgumentException("class '" + label + "' has no ground truth box, so its"
          + " average precision is undefined");
    }
    List<Detection> ranked = rank(detections.stream().filter(d -> d.label().equals(label))
        .toList(), definition);
    boolean[] truePositive = match(ranked, classTruths, iouThreshold, definition);
    double[] precision = new double[ranked.size()];
    double[] recall = new double[ranked.size()];
    long hits = 0;
    for (int i = 0; i < ranked.size(); i++) {
      hits += truePositive[i] ? 1 : 0;
      precision[i] = (double) hits / (i + 1);
      recall[i] = (double) hits / classTruths.size();
    }
    return switch (definition) {
      case VOC2007_11_POINT -> elevenPoint(precision, recall);
      case VOC2010_ALL_POINTS -> allPoints(precision, recall);
      case COCO_101_POINT -> cocoPoints(precision, recall);
    };
  }

  /**
   * The mean of the per-class APs over the classes that have ground truth boxes.
   *
   * @param detections every detection
   * @param truths every ground truth box
   * @param iouThreshold the overlap a detection needs to match
   * @param definition the interpolation and matching rules
   * @return the mAP in [0, 1]
   * @throws IllegalArgumentException when there is no ground truth box at all
   */
  public static double meanAveragePrecision(List<Detection> detections,
      List<GroundTruthBox> truths, double iouThreshold, ApDefinition definition) {
    Set<String> labels = new TreeSet<>();
    truths.forEach(t -> labels.add(t.label()));
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("no ground truth boxes: mAP needs annotated objects");
    }
    double sum = 0;
    for (String label : labels) {
      sum += averagePrecision(detections, truths, label, iouThreshold, definition);
    }
    return sum / labels.size();
  }

  /**
   * COCO's headline number, mAP@[.50:.95]: the {@link ApDefinition#COCO_101_POINT} mAP averaged
   * over the IoU thresholds 0.50, 0.55, ..., 0.95.
   *
   * @param detections every detection
   * @param truths every ground truth box
   * @return the mAP in [0, 1]
   */
  public static double cocoMeanAveragePrecision(List<Detection> detections,
      List<GroundTruthBox> truths) {
    double sum = 0;
    for (double threshold : COCO_IOU_THRESHOLDS) {
      sum += meanAveragePrecision(detections, truths, threshold, ApDefinition.COCO_101_POINT);
    }
    return sum / COCO_IOU_THRESHOLDS.length;
  }

  private static List<Detection> rank(List<Detection> detections, ApDefinition definition) {
    List<Detection> ranked = new ArrayList<>(detections);
    ranked.sort(Comparator.comparingDouble(Detection::score).reversed());
    if (definition != ApDefinition.COCO_101_POINT) {
      return ranked;
    }
    Map<String, Integer> perImage = new HashMap<>();
    List<Detection> kept = new ArrayList<>();
    for (Detection detection : ranked) {
      if (perImage.merge(detection.image(), 1, Integer::sum) <= COCO_MAX_DETECTIONS_PER_IMAGE) {
        kept.add(detection);
      }
    }
    return kept;
  }

  private static boolean[] match(List<Detection> ranked, List<GroundTruthBox> truths,
      double iouThreshold, ApDefinition definition) {
    boolean pixels = definition.pixelInclusive();
    // By identity: two equal boxes in one image are two objects.
    Set<GroundTruthBox> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean[] truePositive = new boolean[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      Detection detection = ranked.get(i);
      GroundTruthBox best = null;
      double bestIou = definition == ApDefinition.COCO_101_POINT
          ? Math.min(iouThreshold, 1 - 1e-10) : -1;
      for (GroundTruthBox truth : truths) {
        if (!truth.image().equals(detection.image())
            || (definition == ApDefinition.COCO_101_POINT && taken.contains(truth))) {
          continue;
        }
        double iou = detection.box().iou(truth.box(), pixels);
        boolean better = definition == ApDefinition.COCO_101_POINT ? iou >= bestIou : iou > bestIou;
        if (better) {
          bestIou = iou;
          best = truth;
        }
      }
      truePositive[i] = best != null && bestIou >= iouThreshold && taken.add(best);
    }
    return truePositive;
  }

  // VOC 2007: mean over r = 0, 0.1, ..., 1 of the best precision at recall >= r.
  private static double elevenPoint(double[] precision, double[] recall) {
    double sum = 0;
    for (int level = 0; level < VOC_RECALL_LEVELS; level++) {
      double threshold = level * 0.1;
      double best = 0;
      for (int i = 0; i < recall.length; i++) {
        if (recall[i] >= threshold) {
          best = Math.max(best, precision[i]);
        }
      }
      sum += best;
    }
    return sum / VOC_RECALL_LEVELS;
  }

  // VOC 2010: the area under the precision envelope, one rectangle per recall step.
  private static double allPoints(double[] precision, double[] recall) {
    double[] envelope = envelope(precision);
    double area = 0;
    double previousRecall = 0;
    for (int i = 0; i < recall.length; i++) {
      area += (recall[i] - previousRecall) * envelope[i];
      previousRecall = recall[i];
    }
    return area;
  }

  // pycocotools: the envelope read at the first rank whose recall reaches each of 101 levels.
  private static double cocoPoints(double[] precision, double[] recall) {
    double[] envelope = envelope(precision);
    double sum = 0;
    int rank = 0;
    for (int level = 0; level < COCO_RECALL_LEVELS; level++) {
      // numpy.linspace(0, 1, 101): level * 0.01, the last one exactly 1.
      double threshold = level == COCO_RECALL_LEVELS - 1 ? 1.0 : level * 0.01;
      while (rank < recall.length && recall[rank] < threshold) {
        rank++;
      }
      sum += rank < recall.length ? envelope[rank] : 0.0;
    }
    return sum / COCO_RECALL_LEVELS;
  }

  private static double[] envelope(double[] precision) {
    double[] envelope = precision.clone();
    for (int i = envelope.length - 2; i >= 0; i--) {
      envelope[i] = Math.max(envelope[i], envelope[i + 1]);
    }
    return envelope;
  }
}
