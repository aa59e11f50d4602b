/**
 * The project-memory adapter: a {@code WiringResultListener} that keeps {@code .claude/} current.
 * {@code ProjectMemoryListener} is public because {@code ServiceLoader} creates it; {@code
 * MemoryOptions} because the processor declares its options.
 */
package dev.plumbline.processor.memory;
