// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

/**
 * Where a declaration is in its source file.
 *
 * @param uri the source file's URI
 * @param line the 1-based line
 * @param column the 1-based column
 */
record SourceLocation(String uri, long line, long column) {}
