// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/**
 * One batch of training sequences, nanoGPT style: {@code y} is {@code x} shifted by one token.
 * Ids are int64 because DJL aborts the JVM on UINT16 and UINT32 tensors.
 *
 * @param x inputs, row-major {@code batchSize * blockSize}
 * @param y targets, row-major {@code batchSize * blockSize}; {@code y[i] = x[i + 1]} within a row
 * @param batchSize rows
 * @param blockSize tokens per row
 */
public record Batch(long[] x, long[] y, int batchSize, int blockSize) {
}
