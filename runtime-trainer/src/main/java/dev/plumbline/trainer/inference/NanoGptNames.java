// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.inference;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the parameter names of Plumbline's {@code Gpt} (DJL's, such as
 * {@code 02block0_02attention_01qkv_weight}) to nanoGPT's {@code model.py} names (such as
 * {@code transformer.h.0.attn.c_attn.weight}). The shapes are the same on both sides: linear
 * weights are (out, in) as in {@code torch.nn.Linear}, the q, k, v projections are stacked in
 * that order as nanoGPT's {@code c_attn} splits them.
 */
final class NanoGptNames {

  /** nanoGPT's output head, tied to (the same tensor as) the token embedding. */
  static final String LM_HEAD = "lm_head.weight";
  static final String TOKEN_EMBEDDING = "transformer.wte.weight";

  private static final Pattern DJL_ORDER_PREFIX = Pattern.compile("(^|_)\\d\\d");
  private static final Pattern BLOCK = Pattern.compile("block(\\d+)_(\\w+)");

  private NanoGptNames() {
  }

  /**
   * The nanoGPT name of a DJL parameter name.
   *
   * @param djlName as {@code Gpt.getParameters()} names it
   * @return the nanoGPT name, empty for a parameter nanoGPT does not have
   */
  static Optional<String> of(String djlName) {
    String name = DJL_ORDER_PREFIX.matcher(djlName).replaceAll("$1");
    switch (name) {
      case "tokenEmbedding":
        return Optional.of(TOKEN_EMBEDDING);
      case "positionEmbedding":
        return Optional.of("transformer.wpe.weight");
      case "finalNorm_gamma":
        return Optional.of("transformer.ln_f.weight");
      case "finalNorm_beta":
        return Optional.of("transformer.ln_f.bias");
      default:
        break;
    }
    Matcher block = BLOCK.matcher(name);
    if (!block.matches()) {
      return Optional.empty();
    }
    String prefix = "transformer.h." + block.group(1) + ".";
    return Optional.ofNullable(switch (block.group(2)) {
      case "attentionNorm_gamma" -> "ln_1.weight";
      case "attentionNorm_beta" -> "ln_1.bias";
      case "attention_qkv_weight" -> "attn.c_attn.weight";
      case "attention_qkv_bias" -> "attn.c_attn.bias";
      case "attention_projection_weight" -> "attn.c_proj.weight";
      case "attention_projection_bias" -> "attn.c_proj.bias";
      case "feedForwardNorm_gamma" -> "ln_2.weight";
      case "feedForwardNorm_beta" -> "ln_2.bias";
      case "feedForward_up_weight" -> "mlp.c_fc.weight";
      case "feedForward_up_bias" -> "mlp.c_fc.bias";
      case "feedForward_down_weight" -> "mlp.c_proj.weight";
      case "feedForward_down_bias" -> "mlp.c_proj.bias";
      default -> null;
    }).map(suffix -> prefix + suffix);
  }
}
