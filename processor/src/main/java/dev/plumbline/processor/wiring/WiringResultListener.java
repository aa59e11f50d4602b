// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Receives the result of each run, after the reports are written.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} on the processor's own class
 * path (register one with {@code @AutoService(WiringResultListener.class)}); the project-memory
 * adapter is one. A listener that throws {@link IOException} gets one warning naming it; the
 * build goes on.
 */
public interface WiringResultListener {

  /**
   * Called once per compilation with the final result.
   *
   * @param result the run's result
   * @param environment the processing environment (options, Filer, Messager)
   * @throws IOException when the listener cannot write what it writes
   */
  void onResult(WiringResult result, ProcessingEnvironment environment) throws IOException;

  /**
   * Whether this listener reads {@link ModuleResult#publicApi()}. Rendering every public
   * signature of a large code base is a noticeable part of the verifier's time, so it is done
   * only when some listener asks for it; otherwise each module's list is empty.
   *
   * @param environment the processing environment (its options say what the listener will do)
   * @return true unless the listener knows it will not read the public API
   */
  default boolean needsPublicApi(ProcessingEnvironment environment) {
    return true;
  }
}
