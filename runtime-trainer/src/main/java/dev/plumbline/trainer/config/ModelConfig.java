// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

/**
 * The {@code model:} section: the GPT's shape.
 *
 * @param nLayer number of transformer blocks ({@code n_layer})
 * @param nHead attention heads per block ({@code n_head}); divides {@code n_embd}
 * @param nEmbd embedding width ({@code n_embd})
 * @param blockSize context length in tokens ({@code block_size})
 * @param dropout dropout probability in [0, 1) ({@code dropout})
 */
public record ModelConfig(int nLayer, int nHead, int nEmbd, int blockSize, double dropout) {
}
