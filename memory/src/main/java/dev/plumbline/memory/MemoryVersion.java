// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of plumbline-memory, written into new documents' {@code generatedBy}. */
public final class MemoryVersion {

  private MemoryVersion() {}

  /**
   * Returns the tool name and version, e.g. {@code "plumbline-memory 0.1.0"}.
   *
   * @return the generator's name and version
   */
  public static String generatedBy() {
    Properties properties = new Properties();
    try (InputStream in = MemoryVersion.class.getResourceAsStream("plumbline-memory.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The version is informative only; without it the generator is still named.
      return "plumbline-memory";
    }
    return "plumbline-memory " + properties.getProperty("version", "").strip();
  }
}
