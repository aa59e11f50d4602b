// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.Replacement;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import dev.plumbline.rules.baseline.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * What all Plumbline checks share in one compilation: the baseline (read once), how many
 * findings of each baseline key were seen so far, and the SARIF log, written when javac finishes.
 */
final class CompilationFindings {

  private static final Context.Key<CompilationFindings> KEY = new Context.Key<>();

  private final Baseline baseline;
  private final List<String> problems = new ArrayList<>();
  private final Map<Baseline.Key, Integer> seen = new HashMap<>();
  private final Optional<SarifLog> sarif;
  private final boolean needsSites;

  private CompilationFindings(Context context, PlumblineOptions options) {
    this.baseline = readBaseline(context, options);
    this.sarif = options.sarif().map(file -> {
      SarifLog log = new SarifLog(options.projectRoot(), options.baseline().isPresent());
      writeWhenCompilationEnds(context, log, file);
      return log;
    });
    this.needsSites = baseline.findings() > 0 || sarif.isPresent();
  }

  static CompilationFindings of(Context context, PlumblineOptions options) {
    CompilationFindings findings = context.get(KEY);
    if (findings == null) {
      findings = new CompilationFindings(context, options);
      context.put(KEY, findings);
    }
    return findings;
  }

  /** Problems with the baseline file, reported like bad options. */
  List<String> problems() {
    return problems;
  }

  /**
   * Whether findings need their site (baseline key and region): only to match a baseline or to
   * write the SARIF log. Without either, a finding is never known and its site is never read.
   */
  boolean needsSites() {
    return needsSites;
  }

  /** Whether this finding is one of those the baseline knows (counting duplicates). */
  boolean isKnown(Baseline.Key key) {
    int count = seen.merge(key, 1, Integer::sum);
    return count <= baseline.count(key);
  }

  void record(String check, Description description, FindingSite site, boolean known,
      SeverityLevel severity, CompilationUnitTree unit, VisitorState state) {
    if (sarif.isEmpty()) {
      return;
    }
    String level = known ? "note" : severity == SeverityLevel.ERROR ? "error" : "warning";
    sarif.get().add(check, () -> new SarifLog.Rule(description.getRawMessage(), page(check),
        Optional.ofNullable(description.getLink()).filter(link -> link.contains("://")),
        severity == SeverityLevel.ERROR ? "error" : "warning"), new SarifLog.Result(check, level,
        description.getRawMessage(), site, known ? "unchanged" : "new",
        fix(description, unit, state.getSourceCode())));
  }

  /** The first fix as SARIF replacements; none when it also edits imports. */
  private static List<SarifLog.Replacement> fix(
      Description description, CompilationUnitTree unit, CharSequence source) {
    List<SarifLog.Replacement> replacements = new ArrayList<>();
    if (description.fixes.isEmpty()) {
      return replacements;
    }
    Fix fix = description.fixes.get(0);
    if (!fix.getImportsToAdd().isEmpty() || !fix.getImportsToRemove().isEmpty()) {
      return replacements;
    }
    for (Replacement replacement : DescriptionPositions.replacements(fix, unit)) {
      int[] start = lineAndColumn(source, replacement.startPosition());
      int[] end = lineAndColumn(source, replacement.endPosition());
      replacements.add(new SarifLog.Replacement(
          start[0], start[1], end[0], end[1], replacement.replaceWith()));
    }
    return replacements;
  }

  private static int[] lineAndColumn(CharSequence source, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  /** The check's page from the rules jar, for the SARIF rule's help. */
  private static String page(String check) {
    try (InputStream in = CompilationFindings.class.getResourceAsStream(
        "/dev/plumbline/rules/docs/" + check + ".md")) {
      return in == null ? check : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return check;
    }
  }

  private Baseline readBaseline(Context context, PlumblineOptions options) {
    Optional<Path> file = options.baseline();
    if (file.isEmpty() || options.baselineRecord()) {
      return Baseline.of(List.of());
    }
    if (!Files.exists(file.get())) {
      note(context, "[plumbline] No baseline at " + file.get() + ": every finding is new. Record"
          + " one: build with -XepOpt:Plumbline:BaselineRecord=true and -XepOpt:Plumbline:Sarif,"
          + " then run `plumbline rules baseline`.");
      return Baseline.of(List.of());
    }
    try {
      return Baseline.read(file.get());
    } catch (IOException | IllegalArgumentException unreadable) {
      problems.add("Invalid -XepOpt:" + PlumblineOptions.BASELINE + "=" + file.get()
          + ": accepted values are a baseline file written by `plumbline rules baseline` ("
          + unreadable.getMessage() + ")");
      return Baseline.of(List.of());
    }
  }

  private static void note(Context context, String message) {
    Log log = Log.instance(context);
    JavaFileObject unit = log.useSource(null);
    try {
      log.note(new JCDiagnostic.Note("compiler", "proc.messager", message));
    } finally {
      log.useSource(unit);
    }
  }

  private static void writeWhenCompilationEnds(Context context, SarifLog log, Path file) {
    BasicJavacTask.instance(context).addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          try {
            log.write(file);
          } catch (IOException unwritable) {
            Log.instance(context).warning(new JCDiagnostic.Warning("compiler", "proc.messager",
                "[plumbline] cannot write the SARIF log " + file + ": " + unwritable));
          }
        }
      }
    });
  }
}
