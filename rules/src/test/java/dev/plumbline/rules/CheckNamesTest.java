package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BugCheckerInfo;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.BuiltInCheckerSuppliers;
import dev.plumbline.rules.bugpatterns.PublicApiJavadoc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error Prone refuses to start when a plugin's check has the name of one of its own checks
 * ("Cannot combine scanner suppliers with different implementations of 'MissingJavadoc'", Error
 * Prone 2.51.0+). This lists Error Prone's own checks for the line the build runs (2.42.0 on JDK
 * 17, the newest on JDK 21+) and holds Plumbline's names apart from them; the one documented
 * legacy alias keeps an old name working for suppression and {@code -Xep:} flags.
 */
class CheckNamesTest {

  /** Old names kept as {@code altNames}, with the check that now carries them. */
  private static final Map<String, String> LEGACY_ALIASES = Map.of("MissingJavadoc", "PublicApiJavadoc");

  @TempDir Path temp;

  private static Map<String, Set<String>> plumblineChecks() {
    Map<String, Set<String>> names = new TreeMap<>();
    for (BugChecker checker : ServiceLoader.load(BugChecker.class)) {
      if (checker.getClass().getName().startsWith("dev.plumbline.")) {
        names.put(checker.canonicalName(), checker.allNames());
      }
    }
    return names;
  }

  private static Set<String> errorProneCanonicalNames() {
    return new TreeSet<>(BuiltInCheckerSuppliers.allChecks().getAllChecks().keySet());
  }

  private static Set<String> errorProneAllNames() {
    Set<String> names = new TreeSet<>();
    for (BugCheckerInfo check : BuiltInCheckerSuppliers.allChecks().getAllChecks().values()) {
      names.addAll(check.allNames());
    }
    return names;
  }

  @Test
  void errorProneListIsTheRealOne() {
    // Sanity check of the list itself, so that an empty list cannot make the next test pass.
    assertThat(errorProneCanonicalNames()).hasSizeGreaterThan(400)
        .contains("WildcardImport", "DefaultCharset", "IdentifierName", "SystemOut");
    assertThat(plumblineChecks()).hasSize(12);
  }

  @Test
  void noPlumblineCheckNameIsAnErrorProneCheckName() {
    Set<String> errorProne = errorProneAllNames();
    Set<String> canonicalClashes = new TreeSet<>(plumblineChecks().keySet());
    canonicalClashes.retainAll(errorProne);
    assertThat(canonicalClashes).as("Plumbline check names that Error Prone %s also uses",
        errorProneVersion()).isEmpty();

    Set<String> aliasClashes = new TreeSet<>();
    plumblineChecks().forEach((canonical, all) -> all.stream()
        .filter(name -> !name.equals(canonical) && errorProne.contains(name)
            && !LEGACY_ALIASES.containsKey(name))
        .forEach(aliasClashes::add));
    assertThat(aliasClashes).as("undocumented alias clashes").isEmpty();
  }

  @Test
  void legacyAliasesBelongToTheirRenamedChecks() {
    LEGACY_ALIASES.forEach((alias, check) ->
        assertThat(plumblineChecks().get(check)).contains(alias));
  }

  @Test
  void theOldNameStillSuppresses() {
    CompilationTestHelper.newInstance(PublicApiJavadoc.class, getClass())
        .addSourceLines(
            "api/Api.java",
            "package api;",
            "/** Api. */",
            "public class Api {",
            "  @SuppressWarnings(\"MissingJavadoc\") public void legacy() {}",
            "  @SuppressWarnings(\"PublicApiJavadoc\") public void current() {}",
            "  // BUG: Diagnostic contains: [PublicApiJavadoc] Public method undocumented",
            "  public void undocumented() {}",
            "}")
        .doTest();
  }

  /**
   * The whole plugin loaded by ServiceLoader next to Error Prone's own checks, as in a user's
   * build: the compiler starts, and {@code -Xep:MissingJavadoc:WARN} still switches on the
   * renamed check. From Error Prone 2.51.0 on it also switches on Error Prone's own
   * MissingJavadoc, as the README's migration note says.
   */
  @Test
  void realBuildStartsAndTheOldFlagStillWorks() throws IOException {
    Path source = RealJavac.write(temp, "api/Api.java",
        "package api;",
        "public class Api {}");
    RealJavac.Result result = RealJavac.compile(temp,
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:MissingJavadoc:WARN", source);
    assertThat(result.everything()).doesNotContain("Cannot combine scanner suppliers")
        .doesNotContain("exception has occurred");
    assertThat(result.success()).isTrue();
    List<String> lines = result.lines();
    assertThat(lines).contains("WARNING Api.java:2 [PublicApiJavadoc] Public class Api has no"
        + " Javadoc: say what it is for in a /** ... */ comment");
    Set<String> errorProneOwn = new HashSet<>(errorProneCanonicalNames());
    long ownFindings = lines.stream().filter(line -> line.contains("[MissingJavadoc]")).count();
    assertThat(ownFindings).isEqualTo(errorProneOwn.contains("MissingJavadoc") ? 1 : 0);
  }

  private static String errorProneVersion() {
    Package errorProne = BuiltInCheckerSuppliers.class.getPackage();
    return errorProne.getImplementationVersion() == null
        ? "(version unknown)" : errorProne.getImplementationVersion();
  }
}
