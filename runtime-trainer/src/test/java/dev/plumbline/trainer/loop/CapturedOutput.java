package dev.plumbline.trainer.loop;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces System.out and System.err until closed, so that a test can assert the lines a run
 * prints (and a passing build does not show the [ERROR] lines a failing run is expected to print).
 */
final class CapturedOutput implements AutoCloseable {

  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private CapturedOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  static CapturedOutput start() {
    return new CapturedOutput();
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }
}
