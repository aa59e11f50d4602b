// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

/**
 * The {@code model:} section: the GPT's size. The YAML keys keep nanoGPT's names; in Java each
 * concept has one name, the same here and in {@code GptShape}.
 *
 * @param layerCount number of transformer blocks ({@code n_layer})
 * @param headCount attention heads per block ({@code n_head}); divides {@code embeddingSize}
 * @param embeddingSize width of the residual stream ({@code n_embd})
 * @param blockSize context length in tokens ({@code block_size})
 * @param dropout dropout probability in [0, 1) ({@code dropout})
 */
public record ModelConfig(
    int layerCount, int headCount, int embeddingSize, int blockSize, double dropout) {
}
