// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.bench;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * A javac plugin that registers a TaskListener which does nothing: the bench's "listener"
 * variant. It measures what javac itself does differently once any TaskListener exists (it then
 * keeps every comment and every tree's end position while parsing), the floor under any verifier
 * that, like Plumbline's, reads attributed trees through a TaskListener.
 */
public final class NoopListenerPlugin implements Plugin {

  @Override
  public String getName() {
    return "NoopListener";
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        // Nothing: the listener's presence is what is measured.
      }
    });
  }
}
