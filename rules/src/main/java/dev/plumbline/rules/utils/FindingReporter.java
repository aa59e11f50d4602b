// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * The one way a Plumbline check reports: every finding of every check goes through
 * {@link #report}, and every check asks {@link #standsDown} when it starts on a compilation unit.
 *
 * <p>Invalid {@code -XepOpt:Plumbline:...} options cannot be reported from a check's constructor:
 * Error Prone turns an exception there into a compiler crash. The check is built anyway, and the
 * first compilation unit it sees reports each problem once, as an ordinary compiler error without
 * a source position (the way javac reports a bad command-line flag). A misconfigured check reports
 * nothing else; javac then stops after flow analysis, and Error Prone analyses no further file.
 *
 * <p>A finding gets the documentation link of {@code DocsUrl} (by default the offline
 * {@code plumbline rules explain <Check>}); with a baseline, a known finding becomes a note and
 * only a new one keeps its severity; with {@code BaselineRecord=true} no finding fails the build;
 * with {@code Sarif}, every finding is also written to the compilation's SARIF log.
 */
public final class FindingReporter {

  /** The problems already reported in this compilation, shared by all checks. */
  private static final Context.Key<Set<String>> REPORTED_PROBLEMS = new Context.Key<>();

  private final String checkName;
  private final PlumblineOptions options;

  /**
   * Creates the reporter of one check.
   *
   * @param checkName the check's canonical name
   * @param options the check's options, as parsed from Error Prone's flags
   */
  public FindingReporter(String checkName, PlumblineOptions options) {
    this.checkName = checkName;
    this.options = options;
  }

  /**
   * Whether the check must do nothing because an option is invalid. Reports each problem of the
   * options once per compilation (all checks share the same flags) as a compiler error.
   *
   * @param state the state of the compilation unit the check starts on
   * @return true when the options have problems
   */
  public boolean standsDown(VisitorState state) {
    List<String> problems = options.problems().isEmpty()
        ? CompilationFindings.of(state.context, options).problems()
        : options.problems();
    if (problems.isEmpty()) {
      return false;
    }
    Set<String> reported = reportedProblems(state.context);
    Log log = Log.instance(state.context);
    JavaFileObject unit = log.useSource(null);
    try {
      for (String problem : problems) {
        if (reported.add(problem)) {
          log.error(new JCDiagnostic.Error("compiler", "proc.messager", problem));
        }
      }
    } finally {
      log.useSource(unit);
    }
    return true;
  }

  /**
   * Turns a finding into the description Error Prone reports, or {@link Description#NO_MATCH}
   * when the check stands down.
   *
   * @param finding the finding, with its message and fixes
   * @param state the visitor state at the finding
   * @return the description to return from a matcher or to pass to
   *     {@link VisitorState#reportMatch}
   */
  public Description report(Description.Builder finding, VisitorState state) {
    if (!options.problems().isEmpty()) {
      return Description.NO_MATCH;
    }
    CompilationFindings findings = CompilationFindings.of(state.context, options);
    if (!findings.problems().isEmpty()) {
      return Description.NO_MATCH;
    }
    finding.setLinkUrl(options.docsLink(checkName));
    if (!findings.needsSites()) {
      return demoteWhenRecording(finding, severity(state)).build();
    }
    Description description = finding.build();
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    int position = DescriptionPositions.start(description);
    FindingSite site = FindingSite.of(unit, state.getSourceCode(), position, checkName,
        options.projectRoot());
    boolean known = findings.isKnown(site.key());
    SeverityLevel severity = severity(state);
    if (known) {
      finding.overrideSeverity(SeverityLevel.SUGGESTION);
    } else {
      demoteWhenRecording(finding, severity);
    }
    description = finding.build();
    findings.record(checkName, description, site, known, severity, unit, state);
    return description;
  }

  /** In the build that records the baseline, an error is reported as a warning. */
  private Description.Builder demoteWhenRecording(
      Description.Builder finding, SeverityLevel severity) {
    if (options.baselineRecord() && severity == SeverityLevel.ERROR) {
      finding.overrideSeverity(SeverityLevel.WARNING);
    }
    return finding;
  }

  /** The severity the build gives this check ({@code -Xep:Name:LEVEL}), else its default. */
  private SeverityLevel severity(VisitorState state) {
    SeverityLevel configured = state.severityMap().get(checkName);
    return configured != null ? configured : SeverityLevel.WARNING;
  }

  private static Set<String> reportedProblems(Context context) {
    Set<String> reported = context.get(REPORTED_PROBLEMS);
    if (reported == null) {
      reported = new HashSet<>();
      context.put(REPORTED_PROBLEMS, reported);
    }
    return reported;
  }
}
