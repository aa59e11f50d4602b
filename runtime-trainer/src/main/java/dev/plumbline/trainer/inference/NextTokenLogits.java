// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import dev.plumbline.trainer.model.GptShape;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The GPT's forward pass as generation needs it: the logits of the last position only, as
 * nanoGPT's {@code forward} computes them at inference ({@code lm_head(x[:, [-1], :])}). The
 * same computation as {@link dev.plumbline.trainer.model.Gpt}'s, with less work per token:
 *
 * <ul>
 *   <li>the last block computes its queries, attention output and MLP for the last position
 *       only (the keys and values of every position are still needed), and the final norm and
 *       the tied head (the widest matrix product) run on that one row;
 *   <li>the position embeddings of each context length, the causal masks and the attention scale
 *       are built once, not per token, and no Java array is copied to the engine per token
 *       except the token ids;
 *   <li>the weights are read directly, without DJL's block and parameter-store calls per layer.
 * </ul>
 *
 * <p>Generation with a sliding window of absolute position embeddings cannot reuse cached keys
 * and values once the context is longer than {@code block_size} (every position shifts), so
 * there is no KV cache: each token recomputes its window, as nanoGPT's loop does.
 */
final class NextTokenLogits implements AutoCloseable {

  private static final float EPSILON = 1e-5f;

  private final GptShape shape;
  private final NDManager manager;
  private final NDArray tokenEmbedding;
  private final Layer[] layers;
  private final NDArray finalGamma;
  private final NDArray finalBeta;
  private final NDArray[] positionsByLength;
  private final NDArray[] masksByLength;
  private final NDArray attentionScale;

  /** The weights of one transformer block, by nanoGPT's names. */
  private record Layer(NDArray ln1Gamma, NDArray ln1Beta, NDArray qkvWeight, NDArray qkvBias,
      NDArray projWeight, NDArray projBias, NDArray ln2Gamma, NDArray ln2Beta, NDArray fcWeight,
      NDArray fcBias, NDArray downWeight, NDArray downBias) {
  }

  /**
   * Lays out the weights.
   *
   * @param shape the model's size
   * @param weights the model's arrays by nanoGPT name (read, not copied, not closed here)
   * @param parent the manager of the weights; the masks live in a child of it, and the position
   *     slices (views of the position embedding) in the parent
   */
  NextTokenLogits(GptShape shape, Map<String, NDArray> weights, NDManager parent) {
    this.shape = shape;
    this.manager = parent.newSubManager();
    this.tokenEmbedding = weight(weights, NanoGptNames.TOKEN_EMBEDDING);
    this.layers = new Layer[shape.layerCount()];
    for (int i = 0; i < layers.length; i++) {
      String prefix = "transformer.h." + i + ".";
      layers[i] = new Layer(weight(weights, prefix + "ln_1.weight"),
          weight(weights, prefix + "ln_1.bias"), weight(weights, prefix + "attn.c_attn.weight"),
          weight(weights, prefix + "attn.c_attn.bias"),
          weight(weights, prefix + "attn.c_proj.weight"),
          weight(weights, prefix + "attn.c_proj.bias"), weight(weights, prefix + "ln_2.weight"),
          weight(weights, prefix + "ln_2.bias"), weight(weights, prefix + "mlp.c_fc.weight"),
          weight(weights, prefix + "mlp.c_fc.bias"), weight(weights, prefix + "mlp.c_proj.weight"),
          weight(weights, prefix + "mlp.c_proj.bias"));
    }
    this.finalGamma = weight(weights, "transformer.ln_f.weight");
    this.finalBeta = weight(weights, "transformer.ln_f.bias");
    int block = shape.blockSize();
    NDArray positions = weight(weights, "transformer.wpe.weight");
    // A scalar array made once: NDArray.muli(Number) makes one per call.
    int headSize = shape.embeddingSize() / shape.headCount();
    this.attentionScale = manager.create((float) (1.0 / Math.sqrt(headSize)));
    this.positionsByLength = new NDArray[block + 1];
    this.masksByLength = new NDArray[block + 1];
    for (int length = 1; length <= block; length++) {
      positionsByLength[length] = positions.get("0:" + length);
      masksByLength[length] = manager.create(causalMask(length), new Shape(length, length));
    }
  }

  /**
   * The logits of the token after {@code context}.
   *
   * @param context 1 to {@code block_size} token ids
   * @return one logit per vocabulary entry
   */
  float[] of(long[] context) {
    int length = context.length;
    if (length < 1 || length > shape.blockSize()) {
      throw new IllegalArgumentException("the context must hold 1 to " + shape.blockSize()
          + " tokens, got " + length);
    }
    try (NDScope scope = new NDScope()) {
      NDArray ids = manager.create(context);
      NDArray x = ids.getNDArrayInternal()
          .embedding(ids, tokenEmbedding, SparseFormat.DENSE).singletonOrThrow()
          .addi(positionsByLength[length]);
      for (int i = 0; i < layers.length; i++) {
        x = block(layers[i], x, length, i == layers.length - 1);
      }
      NDArray normed = layerNorm(x, finalGamma, finalBeta);
      return linear(normed, tokenEmbedding, null).toFloatArray();
    }
  }

  @Override
  public void close() {
    manager.close();
  }

  // x: (length, C). The last block returns (1, C): the last position's row only.
  private NDArray block(Layer layer, NDArray x, int length, boolean last) {
    int heads = shape.headCount();
    int headSize = shape.embeddingSize() / heads;
    NDArray qkv = linear(layerNorm(x, layer.ln1Gamma(), layer.ln1Beta()), layer.qkvWeight(),
        layer.qkvBias());
    // (length, 3C) -> (3, heads, length, headSize): q, k and v per head.
    NDList parts = qkv.reshape(length, 3, heads, headSize).transpose(1, 2, 0, 3).split(3, 0);
    NDArray q = last ? parts.get(0).get(":, :, -1:, :") : parts.get(0);
    NDArray scores = q.matMul(parts.get(1).transpose(0, 1, 3, 2)).muli(attentionScale);
    if (!last) {
      scores = scores.addi(masksByLength[length]);
    }
    int rows = last ? 1 : length;
    NDArray attended = scores.softmax(-1).matMul(parts.get(2)).transpose(0, 2, 1, 3)
        .reshape(rows, shape.embeddingSize());
    NDArray residual = last ? x.get("-1:, :") : x;
    NDArray afterAttention = residual.add(linear(attended, layer.projWeight(),
        layer.projBias()));
    NDArray hidden = Activation.gelu(linear(layerNorm(afterAttention, layer.ln2Gamma(),
        layer.ln2Beta()), layer.fcWeight(), layer.fcBias()));
    return afterAttention.add(linear(hidden, layer.downWeight(), layer.downBias()));
  }

  private NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta) {
    NDArrayEx ex = x.getNDArrayInternal();
    return ex.layerNorm(x, new Shape(shape.embeddingSize()), gamma, beta, EPSILON)
        .singletonOrThrow();
  }

  private static NDArray linear(NDArray x, NDArray weight, @Nullable NDArray bias) {
    return x.getNDArrayInternal().linear(x, weight, bias).singletonOrThrow();
  }

  private static float[] causalMask(int length) {
    float[] mask = new float[length * length];
    for (int row = 0; row < length; row++) {
      Arrays.fill(mask, row * length + row + 1, (row + 1) * length, Float.NEGATIVE_INFINITY);
    }
    return mask;
  }

  private static NDArray weight(Map<String, NDArray> weights, String name) {
    return Objects.requireNonNull(weights.get(name), () -> "the model has no weight " + name);
  }
}
