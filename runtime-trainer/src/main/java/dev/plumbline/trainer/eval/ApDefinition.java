// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * Which average precision: the definitions differ in how the precision-recall curve is
 * interpolated, how boxes are matched and how box areas are measured, so a number is only
 * comparable with numbers of the same definition.
 */
public enum ApDefinition {
  /**
   * PASCAL VOC 2007: the mean of the interpolated precision (the best precision at any recall at
   * or above the level) at the 11 recall levels 0, 0.1, ..., 1. A detection matches the ground
   * truth box it overlaps most; if that box is taken, it is a false positive. Areas are
   * pixel-inclusive ({@code right - left + 1}), as in the VOC devkit.
   */
  VOC2007_11_POINT(true),
  /**
   * PASCAL VOC 2010 and later: the exact area under the interpolated precision-recall curve, at
   * every recall the detections reach. Matching and areas as {@link #VOC2007_11_POINT}.
   */
  VOC2010_ALL_POINTS(true),
  /**
   * COCO (pycocotools): the mean of the interpolated precision at the 101 recall levels 0, 0.01,
   * ..., 1, read at the first detection that reaches each level (0 beyond the highest recall). A
   * detection matches the best-overlapping ground truth box not yet taken; areas are continuous;
   * at most the 100 best detections per image count (maxDets=100). No crowd or area ranges.
   */
  COCO_101_POINT(false);

  private final boolean pixelInclusive;

  ApDefinition(boolean pixelInclusive) {
    this.pixelInclusive = pixelInclusive;
  }

  boolean pixelInclusive() {
    return pixelInclusive;
  }
}
