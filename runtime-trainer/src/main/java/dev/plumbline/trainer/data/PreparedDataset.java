// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.file.Path;

/**
 * Token files ready for training.
 *
 * @param binDir the directory with {@code train.bin}, {@code val.bin} and the sidecar
 * @param manifest the sidecar's content
 * @param reused true when the existing files matched the sources and tokenization was skipped
 */
public record PreparedDataset(Path binDir, DatasetManifest manifest, boolean reused) {
}
