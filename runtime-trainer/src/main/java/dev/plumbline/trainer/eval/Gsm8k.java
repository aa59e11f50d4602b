// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GSM8K-style exact match: the reference answer is the number after {@code ####}; a generated
 * answer is read the way the LM evaluation harness's {@code gsm8k} task reads it, by its
 * {@code strict-match} filter (the number after {@code ####}) and, when the model wrote no
 * {@code ####}, its {@code flexible-extract} filter (the last number in the text). Numbers are
 * compared as text after dropping commas, dollar signs and a final period.
 */
public final class Gsm8k {

  private static final Pattern STRICT = Pattern.compile("#### (-?[0-9.,]+)");
  private static final Pattern ANY_NUMBER = Pattern.compile("(-?[$0-9.,]{2,})|(-?[0-9]+)");

  private Gsm8k() {
  }

  /**
   * A GSM8K problem as published.
   *
   * @param question the word problem
   * @param answer the worked solution, ending in {@code #### <number>}
   */
  public record Problem(String question, String answer) {
  }

  /**
   * The reference number of a worked solution.
   *
   * @param solution text ending in {@code #### <number>}
   * @return the normalised number
   * @throws IllegalArgumentException when the text has no {@code ####}
   */
  public static String referenceAnswer(String solution) {
    int marker = solution.lastIndexOf("####");
    if (marker < 0) {
      throw new IllegalArgumentException("a GSM8K answer ends in '#### <number>'; this one has no"
          + " '####': " + solution);
    }
    return normalize(solution.substring(marker + 4).strip());
  }

  /**
   * The number a model's generation answers with.
   *
   * @param generation the generated text
   * @return the normalised number, empty when the text holds none
   */
  public static Optional<String> extractAnswer(String generation) {
    Matcher strict = STRICT.matcher(generation);
    if (strict.find()) {
      return Optional.of(normalize(strict.group(1)));
    }
    Matcher any = ANY_NUMBER.matcher(generation);
    String last = null;
    while (any.find()) {
      last = any.group();
    }
    return Optional.ofNullable(last).map(Gsm8k::normalize);
  }

  /**
   * The share of generations whose number equals the reference's.
   *
   * @param generations one generated text per problem
   * @param solutions the published worked solutions, same order
   * @return exact match in [0, 1]
   */
  public static double exactMatch(List<String> generations, List<String> solutions) {
    ClassificationMetrics.requireSameLength(solutions.size(), generations.size());
    if (solutions.isEmpty()) {
      throw new IllegalArgumentException("no problems to score");
    }
    long right = 0;
    for (int i = 0; i < solutions.size(); i++) {
      String expected = referenceAnswer(solutions.get(i));
      right += extractAnswer(generations.get(i)).filter(expected::equals).isPresent() ? 1 : 0;
    }
    return (double) right / solutions.size();
  }

  private static String normalize(String number) {
    String plain = number.replace(",", "").replace("$", "").strip();
    return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
  }
}
