// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

/**
 * Where each check's documentation page lives, for the {@code link} of its {@code @BugPattern}.
 *
 * <p>Every check has its own page {@code rules/docs/<CheckName>.md} in the Plumbline repository;
 * the path is relative to the repository root because the project has no hosted site.
 */
public final class DocLinks {

  /** Folder of the check pages, relative to the repository root; append {@code <Name>.md}. */
  public static final String DOCS = "rules/docs/";

  private DocLinks() {}
}
