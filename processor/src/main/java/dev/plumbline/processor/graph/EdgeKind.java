// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.graph;

/** Why one class reaches another in the reference graph. */
public enum EdgeKind {
  /** A call, construction, field access, type use, annotation, lambda target or class literal. */
  REFERENCE,
  /** A ServiceLoader registration: from the service type to one of its implementations. */
  SERVICE,
  /** A nested class needs the class that encloses it. */
  ENCLOSING
}
