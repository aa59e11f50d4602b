// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

/** Where a module was declared. */
public enum ModuleOrigin {
  /** In the sources of this compilation. */
  SOURCE,
  /** In a library on the class path, read back from its Plumbline index. */
  LIBRARY
}
