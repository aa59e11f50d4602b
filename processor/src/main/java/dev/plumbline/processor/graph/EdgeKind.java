// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

/** Why one class reaches another in the reference graph. */
public enum EdgeKind {
  /** A call, construction, field access, type use, annotation, lambda target or class literal. */
  REFERENCE("code reference"),
  /** A ServiceLoader registration: from the service type to one of its implementations. */
  SERVICE("service registration"),
  /** A nested class needs the class that encloses it. */
  ENCLOSING("nested class"),
  /**
   * A class loaded by a compile-time constant name: {@code Class.forName}, {@code
   * ClassLoader.loadClass}, {@code MethodHandles.Lookup.findClass}.
   */
  BY_NAME("loaded by name"),
  /** A framework loads the target because of the source (Spring's component scan). */
  FRAMEWORK("framework");

  private final String label;

  EdgeKind(String label) {
    this.label = label;
  }

  /**
   * The kind as reports show it on a why-wired hop.
   *
   * @return e.g. {@code service registration}
   */
  public String label() {
    return label;
  }
}
