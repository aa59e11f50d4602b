/**
 * The verdict's outputs: compiler diagnostics, JSON, Markdown with Mermaid, and SARIF.
 * {@link dev.plumbline.processor.report.DiagnosticId} is public on purpose (the ids are documented,
 * one page each); the writers and the sink are public only because the last step uses them.
 */
package dev.plumbline.processor.report;
