// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import dev.plumbline.memory.MemoryVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the version of the memory library the command line was built with. */
final class CliVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"[INFO] " + MemoryVersion.generatedBy()};
  }
}
