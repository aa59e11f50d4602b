// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

/**
 * A box a detector found.
 *
 * @param image which image it was found in
 * @param label the class it was given
 * @param score the detector's confidence; higher ranks first
 * @param box where
 */
public record Detection(String image, String label, double score, BoundingBox box) {
}
