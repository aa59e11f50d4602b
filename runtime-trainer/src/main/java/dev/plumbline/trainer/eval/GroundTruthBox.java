// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * An object annotated in an image: what a detector should find.
 *
 * @param image which image
 * @param label its class
 * @param box where
 */
public record GroundTruthBox(String image, String label, BoundingBox box) {
}
