// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * An axis-aligned box in image coordinates, corners given (x grows rightwards, y downwards).
 *
 * @param left smallest x
 * @param top smallest y
 * @param right largest x, at least {@code left}
 * @param bottom largest y, at least {@code top}
 */
public record BoundingBox(double left, double top, double right, double bottom) {

  /** Refuses boxes whose corners are swapped or not numbers. */
  public BoundingBox {
    if (!(right >= left) || !(bottom >= top)) {
      throw new IllegalArgumentException("box (" + left + ", " + top + ", " + right + ", "
          + bottom + ") has its corners swapped: give left, top, right, bottom with right >= left"
          + " and bottom >= top");
    }
  }

  /**
   * A box from its top-left corner and its size.
   *
   * @param left smallest x
   * @param top smallest y
   * @param width at least 0
   * @param height at least 0
   * @return the box
   */
  public static BoundingBox ofSize(double left, double top, double width, double height) {
    return new BoundingBox(left, top, left + width, top + height);
  }

  /**
   * Intersection over union with another box.
   *
   * @param other the other box
   * @param pixelInclusive whether the corners are pixel indices that both belong to the box (the
   *     PASCAL VOC devkit's convention: a side spans {@code right - left + 1} pixels) rather than
   *     continuous coordinates (COCO's)
   * @return the IoU, in [0, 1]
   */
  public double iou(BoundingBox other, boolean pixelInclusive) {
    double extra = pixelInclusive ? 1 : 0;
    double width = Math.min(right, other.right) - Math.max(left, other.left) + extra;
    double height = Math.min(bottom, other.bottom) - Math.max(top, other.top) + extra;
    if (width <= 0 || height <= 0) {
      return 0.0;
    }
    double intersection = width * height;
    return intersection / (area(extra) + other.area(extra) - intersection);
  }

  private double area(double extra) {
    return (right - left + extra) * (bottom - top + extra);
  }
}
