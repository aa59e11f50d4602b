// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Path;

/** Pulls the text a language model should learn from out of one kind of source file. */
interface TextExtractor {

  /** Receives extracted text, possibly in several chunks for large files. */
  @FunctionalInterface
  interface ChunkSink {
    /**
     * Takes one chunk.
     *
     * @param text the chunk
     * @throws IOException when writing its tokens fails
     */
    void accept(String text) throws IOException;
  }

  /**
   * Extracts a file's text.
   *
   * @param file the source
   * @param sink where the text goes
   * @throws IOException when the file cannot be read or the sink fails
   * @throws SourceFormatException when the file is not valid in its format
   */
  void extract(Path file, ChunkSink sink) throws IOException, SourceFormatException;
}
