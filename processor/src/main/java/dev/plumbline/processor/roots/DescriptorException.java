// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A framework descriptor in the class output that exists but cannot be read. */
final class DescriptorException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  DescriptorException(Path file, IOException cause) {
    super("cannot read " + file + ": " + cause.getMessage(), cause);
  }
}
