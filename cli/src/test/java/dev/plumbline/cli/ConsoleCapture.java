package dev.plumbline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what a command prints: {@code System.out} and {@code System.err} are replaced before
 * each test and restored after it. Register with {@code @RegisterExtension}.
 */
public final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut = System.out;
  private PrintStream originalErr = System.err;

  /** Creates a capture; register it with {@code @RegisterExtension}. */
  public ConsoleCapture() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    originalOut = System.out;
    originalErr = System.err;
    out.reset();
    err.reset();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  /** Forgets what was printed so far. */
  void reset() {
    out.reset();
    err.reset();
  }

  /** What was printed to standard output so far. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What was printed to standard error so far. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
