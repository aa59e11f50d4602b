// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Prints the command line's own name and version, for {@code --version} on every command. */
public final class CliVersion implements IVersionProvider {

  /** Creates the provider; picocli calls this. */
  public CliVersion() {
    // Stateless: the version is read from the jar on each request.
  }

  @Override
  public String[] getVersion() {
    return new String[] {"[INFO] plumbline " + version()};
  }

  /**
   * Returns the version the command line was built as.
   *
   * @return e.g. "0.1.0", or "(unknown version)" outside a build
   */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = CliVersion.class.getResourceAsStream("plumbline-cli.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "(unknown version)";
    }
    return properties.getProperty("version", "(unknown version)").strip();
  }
}
