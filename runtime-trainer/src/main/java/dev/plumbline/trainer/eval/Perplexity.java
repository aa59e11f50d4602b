// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import dev.plumbline.trainer.data.TokenDtype;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Perplexity: e to the mean negative log-likelihood per token, from a loss already measured or by
 * scoring a token file with a model.
 */
public final class Perplexity {

  private static final int ROWS_PER_BATCH = 8;

  private Perplexity() {
  }

  /**
   * The perplexity of a mean cross-entropy loss in nats (the trainer's validation loss).
   *
   * @param meanLoss mean negative log-likelihood per token, natural log
   * @return exp(meanLoss)
   */
  public static double fromLoss(double meanLoss) {
    return Math.exp(meanLoss);
  }

  /**
   * Scores a token file (nanoGPT's {@code .bin}: little-endian uint16 or uint32 ids) in
   * consecutive windows of {@code contextLength() + 1} tokens that share their boundary token,
   * so every token but the first is predicted once, with up to a full context behind it.
   *
   * @param model the model
   * @param tokenFile the token ids
   * @param dtype how the ids are stored
   * @param maxTokens the most tokens to read from the start of the file (0: all of it)
   * @return the mean loss, the perplexity and how many tokens were predicted
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the file holds fewer than 2 tokens
   */
  public static PerplexityResult ofTokenFile(TokenScorer model, Path tokenFile, TokenDtype dtype,
      long maxTokens) throws IOException {
    int window = model.contextLength() + 1;
    double negativeLogLikelihood = 0;
    long predicted = 0;
    try (FileChannel channel = FileChannel.open(tokenFile, StandardOpenOption.READ)) {
      long available = channel.size() / dtype.bytes();
      long tokens = maxTokens > 0 ? Math.min(maxTokens, available) : available;
      if (tokens < 2) {
        throw new IllegalArgumentException(tokenFile + " holds " + tokens + " token(s); perplexity"
            + " needs at least 2");
      }
      long start = 0;
      while (tokens - start >= window) {
        int rows = (int) Math.min(ROWS_PER_BATCH, (tokens - start - 1) / (window - 1));
        long[][] batch = new long[rows][];
        for (int r = 0; r < rows; r++) {
          batch[r] = read(channel, dtype, start + (long) r * (window - 1), window);
        }
        negativeLogLikelihood -= sum(model.nextTokenLogProbabilities(batch));
        predicted += (long) rows * (window - 1);
        start += (long) rows * (window - 1);
      }
      if (tokens - start >= 2) {
        int length = (int) (tokens - start);
        negativeLogLikelihood -= sum(model.nextTokenLogProbabilities(
            new long[][] {read(channel, dtype, start, length)}));
        predicted += length - 1;
      }
    }
    double meanLoss = negativeLogLikelihood / predicted;
    return new PerplexityResult(meanLoss, fromLoss(meanLoss), predicted);
  }

  private static double sum(double[][] rows) {
    double sum = 0;
    for (double[] row : rows) {
      for (double value : row) {
        sum += value;
      }
    }
    return sum;
  }

  private static long[] read(FileChannel channel, TokenDtype dtype, long firstToken, int count)
      throws IOException {
    int width = dtype.bytes();
    ByteBuffer bytes = ByteBuffer.allocate(count * width).order(ByteOrder.LITTLE_ENDIAN);
    long position = firstToken * width;
    while (bytes.hasRemaining()) {
      int read = channel.read(bytes, position + bytes.position());
      if (read < 0) {
        throw new IOException("token file ended early at byte " + (position + bytes.position()));
      }
    }
    bytes.flip();
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = width == 2 ? Short.toUnsignedInt(bytes.getShort())
          : Integer.toUnsignedLong(bytes.getInt());
    }
    return ids;
  }
}
