/**
 * The GPT, nanoGPT's architecture as DJL blocks. {@link dev.plumbline.trainer.model.Gpt} and
 * {@link dev.plumbline.trainer.model.GptShape} are public on purpose. {@link
 * dev.plumbline.trainer.model.LanguageModelLoss} is public only because the training loop, in
 * another package, computes the loss with it. The blocks inside the model (attention, feed-forward,
 * layer norm, dense layer, transformer block) are package-private.
 */
package dev.plumbline.trainer.model;
