// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.cli.ExitCodes;
import dev.plumbline.rules.baseline.Baseline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline rules baseline}: records the findings of the last build (its SARIF logs) in
 * the committed baseline file. Findings that are gone are removed, each listed; new ones are
 * added, each listed, unless {@code --prune} keeps the baseline to what it already knew.
 */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Record the findings of the last build's SARIF logs"
        + " (-XepOpt:Plumbline:Sarif) in the baseline file.")
final class BaselineCommand implements Callable<Integer> {

  private static final String SARIF_NAME = "plumbline-rules.sarif";

  @Option(names = {"-p", "--project"}, defaultValue = ".",
      description = "the project root (default: the current directory)")
  private Path project;

  @Option(names = "--baseline", description = "the baseline file"
      + " (default: <project>/plumbline-baseline.tsv)")
  private @Nullable Path baselineFile;

  @Option(names = "--sarif", split = ",", description = "the SARIF logs to read (default: every"
      + " " + SARIF_NAME + " under the project)")
  private @Nullable List<Path> sarifFiles;

  @Option(names = "--prune", description = "only remove the findings that are gone")
  private boolean prune;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(project)) {
      System.err.println("[ERROR] No project directory at " + project + ": give the project root"
          + " with -p");
      return ExitCodes.IO_ERROR;
    }
    Path file = baselineFile != null ? baselineFile : project.resolve("plumbline-baseline.tsv");
    List<Path> logs = sarifFiles != null ? sarifFiles : findLogs();
    if (logs.isEmpty()) {
      System.err.println("[ERROR] No " + SARIF_NAME + " under " + project + ": build with"
          + " -XepOpt:Plumbline:Sarif=${project.build.directory}/" + SARIF_NAME + " first");
      return ExitCodes.INVALID;
    }
    Baseline found = Baseline.of(readEntries(logs));
    Baseline old = Files.exists(file) ? Baseline.read(file) : Baseline.of(List.of());
    List<Baseline.Entry> kept = new ArrayList<>();
    int added = 0;
    int removed = 0;
    for (Baseline.Entry entry : found.entries()) {
      int known = old.count(entry.key());
      int count = prune ? Math.min(known, entry.count()) : entry.count();
      if (count > known) {
        added += count - known;
        System.out.println("[INFO] added: " + describe(entry));
      }
      if (count > 0) {
        kept.add(new Baseline.Entry(entry.key(), count, entry.message()));
      }
    }
    for (Baseline.Entry entry : old.entries()) {
      int gone = entry.count() - Math.min(entry.count(), found.count(entry.key()));
      if (gone > 0) {
        removed += gone;
        System.out.println("[INFO] removed (no longer found): " + describe(entry));
      }
    }
    Baseline updated = Baseline.of(kept);
    updated.write(file);
    System.out.println("✓ " + file + ": " + updated.findings() + " known findings (" + added
        + " added, " + removed + " removed) from " + logs.size() + " SARIF log"
        + (logs.size() == 1 ? "" : "s"));
    return ExitCodes.OK;
  }

  private static String describe(Baseline.Entry entry) {
    Baseline.Key key = entry.key();
    return key.check() + " in " + key.file()
        + (key.member().isEmpty() ? "" : " (" + key.member() + ")") + ": " + entry.message();
  }

  private List<Path> findLogs() throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      return files.filter(path -> path.getFileName().toString().equals(SARIF_NAME))
          .filter(path -> !path.toString().contains("/.git/"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** One entry per SARIF result, from the properties the rules' reporter writes. */
  private static List<Baseline.Entry> readEntries(List<Path> logs) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Baseline.Entry> entries = new ArrayList<>();
    for (Path log : logs) {
      for (JsonNode run : json.readTree(log.toFile()).path("runs")) {
        for (JsonNode result : run.path("results")) {
          JsonNode properties = result.path("properties");
          entries.add(new Baseline.Entry(new Baseline.Key(
              properties.path("file").asText(), result.path("ruleId").asText(),
              properties.path("member").asText(), properties.path("snippet").asText()),
              1, result.path("message").path("text").asText()));
        }
      }
    }
    return entries;
  }
}
