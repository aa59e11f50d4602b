// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.List;

/**
 * One multiple-choice question in the LM evaluation harness's form: a context, the choices that
 * may continue it, and which one is right. The model reads {@code context} followed by
 * {@code delimiter + choice}.
 *
 * @param context the text before the answer (a question, or the start of a sentence)
 * @param delimiter put between the context and each choice (the harness's
 *     {@code target_delimiter}, a space)
 * @param choices the candidate continuations, without the delimiter
 * @param answer the index of the right choice
 */
public record MultipleChoiceItem(String context, String delimiter, List<String> choices,
    int answer) {

  /** Copies the choices and checks the answer index. */
  public MultipleChoiceItem {
    choices = List.copyOf(choices);
    if (choices.size() < 2) {
      throw new IllegalArgumentException("a multiple-choice item needs at least 2 choices, got "
          + choices.size());
    }
    if (answer < 0 || answer >= choices.size()) {
      throw new IllegalArgumentException("answer " + answer + " is not one of the "
          + choices.size() + " choices (0-based)");
    }
  }
}
