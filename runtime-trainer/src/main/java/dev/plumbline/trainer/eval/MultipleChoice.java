// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import dev.plumbline.trainer.data.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores multiple-choice items as EleutherAI's LM evaluation harness does
 * ({@code output_type: multiple_choice}): each choice's log-likelihood is the sum of the model's
 * log-probabilities of the choice's tokens after the context; {@code acc} picks the highest,
 * {@code acc_norm} the highest per character of the choice. Ties go to the first choice
 * ({@code numpy.argmax}). Context and continuation are tokenized together and split where the
 * context's own tokens end, trailing spaces of the context moving to the continuation (the
 * harness's {@code _encode_pair}); a sequence longer than the model's context keeps its last
 * {@code contextLength() + 1} tokens.
 */
public final class MultipleChoice {

  private MultipleChoice() {
  }

  /**
   * Scores items.
   *
   * @param model the model
   * @param tokenizer the tokenizer the model was trained with
   * @param items the items
   * @return acc, acc_norm and every item's scores
   * @throws IllegalArgumentException when there are no items, or a context is empty (the
   *     harness would put an end-of-text token there, which a byte-level model does not have)
   */
  public static MultipleChoiceResult score(TokenScorer model, Tokenizer tokenizer,
      List<MultipleChoiceItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no items to score");
    }
    List<MultipleChoiceResult.ScoredItem> scored = new ArrayList<>();
    int right = 0;
    int rightNormalized = 0;
    for (MultipleChoiceItem item : items) {
      List<Double> logLikelihoods = new ArrayList<>();
      double[] perCharacter = new double[item.choices().size()];
      for (int c = 0; c < item.choices().size(); c++) {
        String choice = item.choices().get(c);
        double logLikelihood = logLikelihood(model, tokenizer, item.context(),
            item.delimiter() + choice);
        logLikelihoods.add(logLikelihood);
        perCharacter[c] = logLikelihood / choice.codePointCount(0, choice.length());
      }
      int picked = argmax(logLikelihoods.stream().mapToDouble(Double::doubleValue).toArray());
      int pickedNormalized = argmax(perCharacter);
      right += picked == item.answer() ? 1 : 0;
      rightNormalized += pickedNormalized == item.answer() ? 1 : 0;
      scored.add(new MultipleChoiceResult.ScoredItem(logLikelihoods, picked, pickedNormalized,
          item.answer()));
    }
    return new MultipleChoiceResult((double) right / items.size(),
        (double) rightNormalized / items.size(), scored);
  }

  /**
   * The summed log-probability of a continuation's tokens after a context.
   *
   * @param model the model
   * @param tokenizer its tokenizer
   * @param context the text before, not empty
   * @param continuation the text scored
   * @return the log-likelihood, natural log
   */
  public static double logLikelihood(TokenScorer model, Tokenizer tokenizer, String context,
      String continuation) {
    String trimmedContext = context.stripTrailing();
    String movedSpaces = context.substring(trimmedContext.length());
    int[] contextTokens = tokenizer.encode(trimmedContext);
    int[] whole = tokenizer.encode(trimmedContext + movedSpaces + continuation);
    if (contextTokens.length == 0) {
      throw new IllegalArgumentException("the context is empty: score a continuation after at"
          + " least one token of context");
    }
    int continuationLength = whole.length - contextTokens.length;
    if (continuationLength <= 0) {
      throw new IllegalArgumentException("the continuation '" + continuation + "' adds no token"
          + " to the context");
    }
    int keep = Math.min(whole.length, model.contextLength() + 1);
    long[] row = Arrays.stream(whole, whole.length - keep, whole.length).asLongStream().toArray();
    double[] logProbabilities = model.nextTokenLogProbabilities(new long[][] {row})[0];
    double sum = 0;
    for (int i = logProbabilities.length - Math.min(continuationLength, logProbabilities.length);
        i < logProbabilities.length; i++) {
      sum += logProbabilities[i];
    }
    return sum;
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
