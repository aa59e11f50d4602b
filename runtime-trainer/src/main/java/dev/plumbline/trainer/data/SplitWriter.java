// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;

/**
 * Sends the tail of every chunk of tokens to the validation file and the rest to the training
 * file. The validation share is tracked over the whole stream (a running target of
 * {@code floor(seen * valFraction)}), so many small documents still add up to the requested
 * fraction; for a single document this is exactly nanoGPT's 90/10 cut.
 */
final class SplitWriter {

  private final TokenFileWriter train;
  private final TokenFileWriter val;
  private final double valFraction;
  private long seen;

  SplitWriter(TokenFileWriter train, TokenFileWriter val, double valFraction) {
    this.train = train;
    this.val = val;
    this.valFraction = valFraction;
  }

  void accept(int[] ids) throws IOException {
    seen += ids.length;
    long valTarget = (long) Math.floor(seen * valFraction);
    int toVal = (int) Math.max(0, Math.min(ids.length, valTarget - val.tokens()));
    train.write(ids, 0, ids.length - toVal);
    val.write(ids, ids.length - toVal, ids.length);
  }

  long tokens() {
    return seen;
  }
}
