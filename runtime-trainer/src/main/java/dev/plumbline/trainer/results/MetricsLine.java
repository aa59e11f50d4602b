// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of the metrics log: a logged training step ({@code "kind": "train"}: loss, learning
 * rate, gradient norm, tokens per second, loss scale) or an evaluation ({@code "kind": "eval"}:
 * the validation loss, in {@code loss}). Values that do not apply, or were not finite, are NaN
 * here and {@code null} in the file.
 *
 * @param kind {@code train} or {@code eval}
 * @param step the optimizer step
 * @param loss the training loss of the step, or the validation loss
 * @param learningRate the step's learning rate
 * @param gradientNorm the global gradient norm before clipping
 * @param tokensPerSecond tokens of the step over its wall time
 * @param lossScale the dynamic loss scale (1 without a scaler)
 */
public record MetricsLine(String kind, long step, double loss, double learningRate,
    double gradientNorm, double tokensPerSecond, double lossScale) {

  /** The kind of a training step's line. */
  public static final String TRAIN = "train";
  /** The kind of an evaluation's line. */
  public static final String EVAL = "eval";

  /**
   * An evaluation's line.
   *
   * @param step the step evaluated
   * @param validationLoss the mean validation loss
   * @return the line
   */
  public static MetricsLine evaluation(long step, double validationLoss) {
    return new MetricsLine(EVAL, step, validationLoss, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
  }

  /**
   * Whether this is a training step's line.
   *
   * @return true for {@code train}
   */
  public boolean isTraining() {
    return TRAIN.equals(kind);
  }

  ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("kind", kind);
    node.put("step", step);
    if (isTraining()) {
      put(node, "loss", loss);
      put(node, "lr", learningRate);
      put(node, "grad_norm", gradientNorm);
      put(node, "tok_s", tokensPerSecond);
      put(node, "loss_scale", lossScale);
    } else {
      put(node, "val_loss", loss);
    }
    return node;
  }

  static MetricsLine fromJson(JsonNode node) {
    String kind = node.path("kind").asText();
    if (!node.path("step").canConvertToLong() || !(TRAIN.equals(kind) || EVAL.equals(kind))) {
      throw new IllegalArgumentException("a metrics line needs \"kind\" (train or eval) and"
          + " \"step\": " + node);
    }
    long step = node.get("step").asLong();
    if (EVAL.equals(kind)) {
      return evaluation(step, number(node, "val_loss"));
    }
    return new MetricsLine(kind, step, number(node, "loss"), number(node, "lr"),
        number(node, "grad_norm"), number(node, "tok_s"), number(node, "loss_scale"));
  }

  private static void put(ObjectNode node, String name, double value) {
    if (Double.isFinite(value)) {
      node.put(name, value);
    } else {
      node.putNull(name);
    }
  }

  private static double number(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isNumber() ? value.asDouble() : Double.NaN;
  }
}
