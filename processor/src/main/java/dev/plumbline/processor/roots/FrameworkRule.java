// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

/** One framework's way of loading classes that no code names. */
interface FrameworkRule {

  /** Adds what the framework loads to the scan's roots, entry points and edges. */
  void apply(FrameworkScan scan);
}
