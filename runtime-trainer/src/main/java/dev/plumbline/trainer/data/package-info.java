/**
 * Token data: {@link dev.plumbline.trainer.data.DatasetPreparer} tokenizes the sources into
 * nanoGPT's {@code .bin} files with a sidecar ({@link dev.plumbline.trainer.data.DatasetManifest},
 * read by {@link dev.plumbline.trainer.data.ManifestStore}); {@link
 * dev.plumbline.trainer.data.TokenDataset} maps them and draws seeded batches. Public on purpose:
 * the preparer, the dataset and what their methods take and return. {@link
 * dev.plumbline.trainer.data.SamplerState} is public also because checkpoints (written by the
 * training loop) carry it. Source extraction, the tokenizer implementations (open them through
 * {@link dev.plumbline.trainer.data.Tokenizers}), the memory mapping and the sampler are
 * package-private.
 */
package dev.plumbline.trainer.data;
