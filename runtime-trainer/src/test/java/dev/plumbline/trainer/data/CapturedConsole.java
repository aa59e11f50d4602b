package dev.plumbline.trainer.data;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code System.out} captured from construction until {@link #close()}, for asserting lines. */
final class CapturedConsole implements AutoCloseable {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream original = System.out;

  CapturedConsole() {
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  void reset() {
    bytes.reset();
  }

  @Override
  public void close() {
    System.setOut(original);
  }
}
