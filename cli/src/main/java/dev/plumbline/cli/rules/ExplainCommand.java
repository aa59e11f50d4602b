// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.rules;

import dev.plumbline.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code plumbline rules explain <Check>}: prints the check's page, shipped inside the rules jar,
 * so the link after each finding works offline.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Print the documentation page of a check (no argument: list the checks).")
final class ExplainCommand implements Callable<Integer> {

  private static final String PAGES = "/dev/plumbline/rules/docs/";
  private static final String SERVICES =
      "/META-INF/services/com.google.errorprone.bugpatterns.BugChecker";

  /** Old check names, by the name the check has now. */
  private static final Map<String, String> RENAMED = Map.of("MissingJavadoc", "PublicApiJavadoc");

  @Parameters(index = "0", arity = "0..1", paramLabel = "CHECK", description = "the check's name")
  private @Nullable String check;

  @Override
  public Integer call() throws IOException {
    Set<String> checks = checks();
    if (check == null) {
      System.out.println("[INFO] Plumbline checks: " + String.join(", ", checks));
      System.out.println("[INFO] plumbline rules explain <CHECK> prints a check's page");
      return ExitCodes.OK;
    }
    String name = RENAMED.getOrDefault(check, check);
    Optional<String> page = page(name);
    if (page.isEmpty()) {
      System.err.println("[ERROR] No Plumbline check is named '" + check + "'; the checks are "
          + String.join(", ", checks));
      return ExitCodes.USAGE;
    }
    if (!name.equals(check)) {
      System.out.println("[INFO] " + check + " is now called " + name);
    }
    System.out.print(page.get());
    System.out.flush();
    return ExitCodes.OK;
  }

  private static Optional<String> page(String name) throws IOException {
    if (!name.matches("[A-Za-z]+")) {
      return Optional.empty();
    }
    try (InputStream in = ExplainCommand.class.getResourceAsStream(PAGES + name + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The checks' names, from the rules jar's ServiceLoader registration. */
  private static Set<String> checks() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (InputStream in = ExplainCommand.class.getResourceAsStream(SERVICES)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
            .collect(Collectors.toList())) {
          if (line.startsWith("dev.plumbline.rules.")) {
            names.add(line.substring(line.lastIndexOf('.') + 1).strip());
          }
        }
      }
    }
    return names;
  }
}
