// Copyright (c) 2026 The Plumbline Authors

import com.google.errorprone.BugCheckerInfo;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.BuiltInCheckerSuppliers;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Prints check names, one a line: with no argument every name (canonical and alternative) of
 * Error Prone's own checks for the release on the class path; with {@code plugins} the canonical
 * name of each plugin check found by ServiceLoader, followed by a tab and its other names. Run by
 * check-names.sh with the single-file launcher.
 */
public final class ListChecks {

  private ListChecks() {}

  /**
   * Prints the names.
   *
   * @param args {@code plugins} for the plugin checks, nothing for Error Prone's own
   */
  public static void main(String[] args) {
    TreeSet<String> lines = new TreeSet<>();
    if (args.length > 0 && args[0].equals("plugins")) {
      for (BugChecker check : ServiceLoader.load(BugChecker.class)) {
        TreeSet<String> others = new TreeSet<>(check.allNames());
        others.remove(check.canonicalName());
        lines.add(check.canonicalName() + "\t" + String.join(" ", others));
      }
    } else {
      for (BugCheckerInfo check : BuiltInCheckerSuppliers.allChecks().getAllChecks().values()) {
        lines.addAll(check.allNames());
      }
    }
    lines.forEach(System.out::println);
  }
}
