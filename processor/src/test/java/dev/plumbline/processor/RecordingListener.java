package dev.plumbline.processor;

import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringResultListener;
import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * A listener registered for the tests in META-INF/services: records each result, and fails on
 * purpose for the entry points {@code boom.Main} (a runtime failure) and {@code io.Main} (an I/O
 * failure).
 */
public final class RecordingListener implements WiringResultListener {

  static volatile WiringResult last;

  /** What {@link #needsPublicApi} answers; a test that sets it sets it back. */
  static volatile boolean needsPublicApi = true;

  @Override
  public boolean needsPublicApi(ProcessingEnvironment environment) {
    return needsPublicApi;
  }

  @Override
  public void onResult(WiringResult result, ProcessingEnvironment environment) throws IOException {
    last = result;
    if (result.entryPoint().equals(Optional.of("boom.Main"))) {
      throw new IllegalStateException("listener exploded");
    }
    if (result.entryPoint().equals(Optional.of("io.Main"))) {
      throw new IOException("disk full");
    }
  }
}
