// Copyright (c) 2026 The Plumbline Authors

/**
 * The wiring verifier: the annotation processor and javac plugin entry points and the run that
 * drives the steps of the sub-packages.
 */
@NullMarked
package dev.plumbline.processor;

import org.jspecify.annotations.NullMarked;
