// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.ModelConfig;
import dev.plumbline.trainer.data.Tokenizer;
import dev.plumbline.trainer.eval.TokenScorer;
import dev.plumbline.trainer.model.Gpt;
import dev.plumbline.trainer.model.GptShape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A trained GPT ready to use: loaded from a checkpoint ({@code best_model.ckpt} or a step
 * checkpoint) or from safetensors with nanoGPT's parameter names, it gives logits and
 * log-probabilities (it is a {@link TokenScorer}, so perplexity and the multiple-choice scorer
 * take it), generates text as nanoGPT's {@code sample.py} does, and exports its weights for
 * PyTorch. It runs in fp32 on DJL's default device (a GPU when the engine has one), without
 * dropout. Not thread-safe; close it to free the weights.
 *
 * <pre>{@code
 * try (TrainedGpt gpt = TrainedGpt.load(Path.of("checkpoints/best_model.ckpt"));
 *     Tokenizer bytes = Tokenizers.open("byte")) {
 *   String text = gpt.generate(bytes, "public static", 200, Sampling.NANOGPT_DEFAULTS);
 *   gpt.exportSafetensors(Path.of("model.safetensors"));   // for nanoGPT / PyTorch
 * }
 * }</pre>
 */
public final class TrainedGpt implements TokenScorer, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PARAM_PREFIX = "param/";

  private final GptShape shape;
  private final Gpt gpt;
  private final NDManager manager;
  private final ParameterStore store;
  // DJL parameter name -> nanoGPT name, in the model's (and nanoGPT's state_dict's) order.
  private final Map<String, String> names = new LinkedHashMap<>();
  private final NextTokenLogits nextToken;

  private TrainedGpt(GptShape shape, Map<String, float[]> weightsByNanoGptName) {
    this.shape = shape;
    this.gpt = new Gpt(shape);
    this.manager = NDManager.newBaseManager(Engine.getInstance().defaultDevice());
    gpt.initialize(manager, DataType.FLOAT32);
    this.store = new ParameterStore(manager, false);
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    for (Pair<String, Parameter> parameter : gpt.getParameters()) {
      String nanoGptName = NanoGptNames.of(parameter.getKey()).orElseThrow(() ->
          new IllegalStateException("no nanoGPT name for parameter " + parameter.getKey()));
      names.put(parameter.getKey(), nanoGptName);
      NDArray array = parameter.getValue().getArray();
      float[] values = weightsByNanoGptName.get(nanoGptName);
      if (values == null || values.length != array.size()) {
        throw new IllegalArgumentException("weight '" + nanoGptName + "' is "
            + (values == null ? "missing" : "of " + values.length + " values, not "
                + array.size() + " (shape " + array.getShape() + ")")
            + ": the weights were saved for another model size (" + describe(shape) + ")");
      }
      array.set(values);
      arrays.put(nanoGptName, array);
    }
    this.nextToken = new NextTokenLogits(shape, arrays, manager);
  }

  /**
   * Loads the weights of a trainer checkpoint; the model's size comes from the configuration
   * saved in it and the vocabulary from its token embedding.
   *
   * @param checkpoint a {@code .ckpt} file written by the trainer
   * @return the model
   * @throws IOException when the file cannot be read or is damaged
   */
  public static TrainedGpt load(Path checkpoint) throws IOException {
    Checkpoint loaded = CheckpointStore.load(checkpoint);
    JsonNode model = loaded.metadata().config() == null ? null
        : loaded.metadata().config().get("model");
    if (model == null) {
      throw new IOException(checkpoint + " holds no model configuration; it was not written by"
          + " the trainer");
    }
    ModelConfig config;
    try {
      config = JSON.treeToValue(model, ModelConfig.class);
    } catch (JsonProcessingException e) {
      throw new IOException(checkpoint + ": the model configuration saved in it is unreadable ("
          + e.getOriginalMessage() + ")", e);
    }
    Map<String, float[]> weights = new LinkedHashMap<>();
    int vocabSize = 0;
    try (NDManager scratch = NDManager.newBaseManager(Device.cpu())) {
      for (Map.Entry<String, byte[]> tensor : loaded.tensors().entrySet()) {
        if (!tensor.getKey().startsWith(PARAM_PREFIX)) {
          continue;
        }
        String djlName = tensor.getKey().substring(PARAM_PREFIX.length());
        NDArray array = NDArray.decode(scratch, tensor.getValue());
        String nanoGptName = NanoGptNames.of(djlName).orElse(djlName);
        weights.put(nanoGptName, array.toFloatArray());
        if (nanoGptName.equals(NanoGptNames.TOKEN_EMBEDDING)) {
          vocabSize = Math.toIntExact(array.getShape().get(0));
        }
      }
    }
    return new TrainedGpt(new GptShape(vocabSize, new ModelConfig(config.layerCount(),
        config.headCount(), config.embeddingSize(), config.blockSize(), 0.0)), weights);
  }

  /**
   * Loads safetensors with nanoGPT's parameter names and shapes ({@link
   * #exportSafetensors(Path)}, or a nanoGPT state dict saved that way). The size comes from the
   * header's metadata ({@code n_layer}, {@code n_head}, {@code n_embd}, {@code block_size},
   * {@code vocab_size}, as nanoGPT's {@code model_args}); {@code lm_head.weight}, when present,
   * must equal {@code transformer.wte.weight} (the head is tied).
   *
   * @param file the {@code .safetensors} file
   * @return the model
   * @throws IOException when the file cannot be read, is malformed, or lacks the model's size
   */
  public static TrainedGpt fromSafetensors(Path file) throws IOException {
    Safetensors.Contents contents = Safetensors.read(file);
    Map<String, String> meta = contents.metadata();
    int[] size = new int[5];
    String[] keys = {"n_layer", "n_head", "n_embd", "block_size", "vocab_size"};
    for (int i = 0; i < keys.length; i++) {
      String value = meta.get(keys[i]);
      if (value == null) {
        throw new IOException(file + " does not say the model's " + keys[i] + " in its"
            + " __metadata__; write n_layer, n_head, n_embd, block_size and vocab_size there"
            + " (nanoGPT's model_args), as plumbline's nanogpt_to_safetensors.py does");
      }
      size[i] = Integer.parseInt(value.strip());
    }
    Map<String, float[]> weights = new LinkedHashMap<>();
    contents.tensors().forEach((name, tensor) -> weights.put(name, tensor.data()));
    float[] head = weights.get(NanoGptNames.LM_HEAD);
    if (head != null && !Arrays.equals(head, weights.get(NanoGptNames.TOKEN_EMBEDDING))) {
      throw new IOException(file + ": lm_head.weight differs from transformer.wte.weight, but"
          + " this GPT ties its head to the token embedding (as nanoGPT does); export a tied"
          + " model");
    }
    return new TrainedGpt(new GptShape(size[4], new ModelConfig(size[0], size[1], size[2],
        size[3], 0.0)), weights);
  }

  /**
   * The model's size.
   *
   * @return layers, heads, width, block size and vocabulary
   */
  public GptShape shape() {
    return shape;
  }

  @Override
  public int contextLength() {
    return shape.blockSize();
  }

  /**
   * The logits of every position of one sequence.
   *
   * @param tokens at most {@code block_size} token ids
   * @return {@code [position][token id]}
   */
  public float[][] logits(long[] tokens) {
    try (NDScope scope = new NDScope()) {
      float[] flat = forward(new long[][] {tokens}).toFloatArray();
      float[][] rows = new float[tokens.length][];
      int vocab = shape.vocabSize();
      for (int t = 0; t < tokens.length; t++) {
        rows[t] = Arrays.copyOfRange(flat, t * vocab, (t + 1) * vocab);
      }
      return rows;
    }
  }

  /**
   * The logits of the token after a context, as {@link #generate(long[], int, Sampling)} draws
   * from them (only the last position is computed; for your own sampling rule).
   *
   * @param context 1 to {@code block_size} token ids
   * @return one logit per vocabulary entry
   */
  public float[] nextTokenLogits(long[] context) {
    return nextToken.of(context);
  }

  @Override
  public double[][] nextTokenLogProbabilities(long[][] rows) {
    int length = rows[0].length;
    long[][] inputs = new long[rows.length][];
    long[] targets = new long[rows.length * (length - 1)];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != length || length < 2) {
        throw new IllegalArgumentException("rows must have one length of at least 2 tokens");
      }
      inputs[r] = Arrays.copyOf(rows[r], length - 1);
      System.arraycopy(rows[r], 1, targets, r * (length - 1), length - 1);
    }
    try (NDScope scope = new NDScope()) {
      NDArray logProbabilities = forward(inputs).reshape(-1, shape.vocabSize()).logSoftmax(-1);
      NDArray picked = logProbabilities.gather(manager.create(targets).reshape(-1, 1), 1);
      float[] values = picked.toFloatArray();
      double[][] result = new double[rows.length][length - 1];
      for (int i = 0; i < values.length; i++) {
        result[i / (length - 1)][i % (length - 1)] = values[i];
      }
      return result;
    }
  }

  /**
   * Generates tokens after a prompt, as nanoGPT's {@code generate}: the context is cropped to
   * the last {@code block_size} tokens, and each new token drawn from the last position's
   * distribution under the sampling settings.
   *
   * @param prompt at least one token id
   * @param newTokens how many tokens to add
   * @param sampling temperature, top-k and seed
   * @return the new tokens (without the prompt)
   */
  public long[] generate(long[] prompt, int newTokens, Sampling sampling) {
    return generate(prompt, newTokens, sampling, nextToken::of);
  }

  /**
   * Generates with the logits of another forward pass (the tests compare {@link
   * NextTokenLogits} with the model's full forward pass this way).
   */
  long[] generate(long[] prompt, int newTokens, Sampling sampling, LastLogits forward) {
    if (prompt.length == 0) {
      throw new IllegalArgumentException("the prompt needs at least one token");
    }
    long[] sequence = Arrays.copyOf(prompt, prompt.length + newTokens);
    SplittableRandom random = new SplittableRandom(sampling.seed());
    TokenSampler sampler = new TokenSampler(sampling, random);
    for (int length = prompt.length; length < sequence.length; length++) {
      long[] context = Arrays.copyOfRange(sequence, Math.max(0, length - shape.blockSize()),
          length);
      sequence[length] = sampler.next(forward.of(context));
    }
    return Arrays.copyOfRange(sequence, prompt.length, sequence.length);
  }

  /**
   * Generates text after a text prompt.
   *
   * @param tokenizer the tokenizer the model was trained with
   * @param prompt the text to continue, not empty
   * @param newTokens how many tokens to add
   * @param sampling temperature, top-k and seed
   * @return the generated continuation (without the prompt)
   */
  public String generate(Tokenizer tokenizer, String prompt, int newTokens, Sampling sampling) {
    long[] ids = Arrays.stream(tokenizer.encode(prompt)).asLongStream().toArray();
    long[] generated = generate(ids, newTokens, sampling);
    return tokenizer.decode(Arrays.stream(generated).mapToInt(Math::toIntExact).toArray());
  }

  /**
   * The weights under nanoGPT's names, in nanoGPT's state-dict order, with {@code lm_head.weight}
   * (the tied head) last.
   *
   * @return copies of the fp32 values
   */
  public Map<String, float[]> weights() {
    Map<String, float[]> weights = new LinkedHashMap<>();
    for (Pair<String, Parameter> parameter : gpt.getParameters()) {
      weights.put(names.get(parameter.getKey()), parameter.getValue().getArray().toFloatArray());
    }
    weights.put(NanoGptNames.LM_HEAD, Objects.requireNonNull(
        weights.get(NanoGptNames.TOKEN_EMBEDDING), "every GPT has a token embedding").clone());
    return weights;
  }

  /**
   * Writes the weights as safetensors with nanoGPT's parameter names and shapes, the model's
   * size in the header's metadata; {@code lm_head.weight} is written as its own copy of the token
   * embedding so that {@code load_state_dict} finds every key nanoGPT's {@code GPT} has (its
   * {@code attn.bias} causal-mask buffer, present on PyTorch before 2.0, is not a weight: load
   * with {@code strict=False} there).
   *
   * @param file the file to write, replaced atomically
   * @throws IOException when it cannot be written
   */
  public void exportSafetensors(Path file) throws IOException {
    Map<String, Safetensors.Tensor> tensors = new LinkedHashMap<>();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    for (Pair<String, Parameter> parameter : gpt.getParameters()) {
      shapes.put(names.get(parameter.getKey()),
          parameter.getValue().getArray().getShape().getShape());
    }
    shapes.put(NanoGptNames.LM_HEAD, Objects.requireNonNull(
        shapes.get(NanoGptNames.TOKEN_EMBEDDING), "every GPT has a token embedding"));
    weights().forEach((name, values) -> tensors.put(name, new Safetensors.Tensor(
        Objects.requireNonNull(shapes.get(name), name), values)));
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("format", "pt");
    metadata.put("n_layer", Integer.toString(shape.layerCount()));
    metadata.put("n_head", Integer.toString(shape.headCount()));
    metadata.put("n_embd", Integer.toString(shape.embeddingSize()));
    metadata.put("block_size", Integer.toString(shape.blockSize()));
    metadata.put("vocab_size", Integer.toString(shape.vocabSize()));
    metadata.put("bias", "True");
    metadata.put("dropout", "0.0");
    metadata.put("source", "plumbline-runtime-trainer");
    Safetensors.write(file, tensors, metadata);
  }

  /**
   * The logits of the last position of every row of {@link #logits(long[])}, through the
   * model's full forward pass (DJL's blocks, every position): the reference that {@link
   * NextTokenLogits} is tested against.
   *
   * @param context 1 to {@code block_size} token ids
   * @return the last position's logits
   */
  float[] lastLogitsOfFullForward(long[] context) {
    try (NDScope scope = new NDScope()) {
      return forward(new long[][] {context}).get(0, context.length - 1).toFloatArray();
    }
  }

  @Override
  public void close() {
    nextToken.close();
    manager.close();
  }

  /** A forward pass that gives the logits of the token after a context. */
  @FunctionalInterface
  interface LastLogits {
    /**
     * The logits after {@code context}.
     *
     * @param context 1 to {@code block_size} token ids
     * @return one logit per vocabulary entry
     */
    float[] of(long[] context);
  }

  // Logits (rows, length, vocab) of equally long rows, in the current NDScope.
  private NDArray forward(long[][] rows) {
    int length = rows[0].length;
    long[] flat = new long[rows.length * length];
    for (int r = 0; r < rows.length; r++) {
      System.arraycopy(rows[r], 0, flat, r * length, length);
    }
    NDArray tokens = manager.create(flat, new Shape(rows.length, length));
    return gpt.forward(store, new NDList(tokens), false).singletonOrThrow();
  }

  private static String describe(GptShape shape) {
    return String.format(Locale.ROOT, "n_layer %d, n_head %d, n_embd %d, block_size %d, vocab %d",
        shape.layerCount(), shape.headCount(), shape.embeddingSize(), shape.blockSize(),
        shape.vocabSize());
  }
}
