// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

/**
 * The documentation link of a check's {@code @BugPattern}. Every finding goes through
 * {@link FindingReporter}, which prints the link that {@code -XepOpt:Plumbline:DocsUrl}
 * configures; without it, the command that prints the page shipped inside the rules jar, so the
 * link works offline and in a user's project (a repository path would lead nowhere there).
 */
public final class DocLinks {

  /** The command that prints a check's page; append the check's name. */
  public static final String EXPLAIN = "plumbline rules explain ";

  private DocLinks() {}
}
