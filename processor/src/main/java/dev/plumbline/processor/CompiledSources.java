// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import dev.plumbline.processor.model.AnnotationLookup;
import dev.plumbline.processor.model.SourceSet;
import dev.plumbline.processor.report.DiagnosticSink;

/**
 * What the analysis of the sources hands to the last step, complete and unchanging: the classes
 * javac analysed, which of them carry Plumbline's annotations, and where diagnostics can point.
 *
 * @param sources the classes and packages of the sources
 * @param annotations which elements carry Plumbline's annotations
 * @param sink prints diagnostics at the remembered declarations
 */
record CompiledSources(SourceSet sources, AnnotationLookup annotations, DiagnosticSink sink) {}
