// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import dev.plumbline.processor.report.DiagnosticMessages;
import dev.plumbline.processor.wiring.WiringResultListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Finds the {@link WiringResultListener}s on the processor path with {@link ServiceLoader}. A
 * listener that cannot even be created (a class missing at run time, no public constructor) is
 * one WARNING, and the others still run.
 */
final class ListenerLoader {

  private ListenerLoader() {}

  static List<WiringResultListener> load(Messager messager) {
    List<WiringResultListener> loaded = new ArrayList<>();
    Iterator<WiringResultListener> listeners =
        ServiceLoader.load(WiringResultListener.class, ListenerLoader.class.getClassLoader())
            .iterator();
    while (true) {
      try {
        if (!listeners.hasNext()) {
          return loaded;
        }
        loaded.add(listeners.next());
      } catch (ServiceConfigurationError e) {
        messager.printMessage(
            Diagnostic.Kind.WARNING, DiagnosticMessages.listenerFailed("(unloadable)", e));
      }
    }
  }
}
