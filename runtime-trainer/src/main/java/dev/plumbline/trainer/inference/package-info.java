/**
 * Using a trained model: {@link dev.plumbline.trainer.inference.TrainedGpt} loads a checkpoint
 * (or nanoGPT-named safetensors), scores tokens for the metrics of {@code
 * dev.plumbline.trainer.eval}, generates text with {@link dev.plumbline.trainer.inference.Sampling}
 * settings as nanoGPT's {@code sample.py} does, and exports its weights as safetensors with
 * nanoGPT's names and shapes, for PyTorch. Those two types are the package's public API; the
 * safetensors codec, the name mapping and the sampler are package-private.
 */
package dev.plumbline.trainer.inference;
