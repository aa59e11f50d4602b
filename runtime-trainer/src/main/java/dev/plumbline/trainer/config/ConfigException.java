// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.util.List;

/**
 * A configuration file that cannot be used; carries every problem found, not only the first,
 * so that one edit fixes them all.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  /**
   * Creates the exception from the problems found.
   *
   * @param problems at least one problem
   */
  public ConfigException(List<ConfigProblem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem, in file order.
   *
   * @return the problems
   */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String format(List<ConfigProblem> problems) {
    StringBuilder text = new StringBuilder();
    text.append("invalid trainer configuration (").append(problems.size()).append(" problem")
        .append(problems.size() == 1 ? "" : "s").append("):");
    for (ConfigProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem.describe());
    }
    return text.toString();
  }
}
