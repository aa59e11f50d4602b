// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.memory.structure.IntegrationLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the five levels of every module from their sources of truth:
 *
 * <ul>
 *   <li>EXISTS: the module's own compilation reported it and a class file of it is in the output;
 *   <li>WIRED: an application's complete wiring report reaches it (a library's modules through
 *       the applications that use them);
 *   <li>TESTED: a test class that references it (the test compilation's record) has a passing test
 *       case in Surefire's or Failsafe's XML reports; failed, errored and skipped ones do not count;
 *   <li>ACTIVE: the agent recorded that code of one of its classes ran;
 *   <li>COMPLETE: all four.
 * </ul>
 */
final class LevelCalculator {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A file that is not what its name says (a report or record). */
  static final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** A module as the wiring reports key it: library id and name. */
  private record Key(String library, String name) {}

  /** One module as its own compilation reported it. */
  private record Declared(BuildOutputs outputs, JsonNode module) {}

  /** What the applications decided about one module. */
  private static final class Wiring {
    private String verdict = "UNVERIFIED";
    private final Set<String> entryPoints = new TreeSet<>();
  }

  private final Path root;
  private final List<Path> extraActivity;

  /**
   * Prepares a computation.
   *
   * @param root the project root
   * @param extraActivity directories of agent records besides each Maven module's default one
   */
  LevelCalculator(Path root, List<Path> extraActivity) {
    this.root = root;
    this.extraActivity = List.copyOf(extraActivity);
  }

  /**
   * Reads the build outputs and computes the levels.
   *
   * @return the verification; no modules when no wiring report was found
   * @throws IOException when a file cannot be read
   * @throws InvalidInputException when a report or record is not readable (named in the message)
   */
  Verification compute() throws IOException, InvalidInputException {
    List<BuildOutputs> builds = BuildOutputs.find(root);
    Map<Key, Declared> declared = new LinkedHashMap<>();
    Map<Key, Wiring> wiring = new LinkedHashMap<>();
    List<Path> wiringReports = new ArrayList<>();
    for (BuildOutputs build : builds) {
      if (Files.isRegularFile(build.wiringReport())) {
        wiringReports.add(build.wiringReport());
        readWiring(build, declared, wiring);
      }
    }
    Map<Key, Set<String>> testedBy = new TreeMap<>(LevelCalculator::compare);
    Map<Key, Set<String>> notPassing = new TreeMap<>(LevelCalculator::compare);
    List<Path> referenceFiles = new ArrayList<>();
    int testClasses = 0;
    for (BuildOutputs build : builds) {
      Map<String, TestReports.Outcome> outcomes = readOutcomes(build);
      testClasses += outcomes.size();
      if (Files.isRegularFile(build.testReferences())) {
        referenceFiles.add(build.testReferences());
        readReferences(build.testReferences(), outcomes, testedBy, notPassing);
      }
    }
    List<Path> activityDirectories = new ArrayList<>(extraActivity);
    builds.forEach(build -> activityDirectories.add(build.activityDirectory()));
    ActivityRecords activity = readActivity(activityDirectories);

    List<ModuleLevels> modules = new ArrayList<>();
    for (Map.Entry<Key, Declared> entry : declared.entrySet()) {
      modules.add(levelsOf(entry.getKey(), entry.getValue(),
          wiring.getOrDefault(entry.getKey(), new Wiring()),
          testedBy.getOrDefault(entry.getKey(), Set.of()),
          notPassing.getOrDefault(entry.getKey(), Set.of()), activity));
    }
    return new Verification(root, List.copyOf(modules), List.copyOf(wiringReports),
        List.copyOf(referenceFiles), testClasses, activity.files(),
        notes(wiringReports, referenceFiles, testClasses, activity));
  }

  private static int compare(Key one, Key other) {
    int byLibrary = one.library().compareTo(other.library());
    return byLibrary != 0 ? byLibrary : one.name().compareTo(other.name());
  }

  private static List<String> notes(List<Path> wiringReports, List<Path> referenceFiles,
      int testClasses, ActivityRecords activity) {
    List<String> notes = new ArrayList<>();
    if (referenceFiles.isEmpty()) {
      notes.add("No test compilation recorded its references (target/test-classes/META-INF/"
          + "plumbline/test-references.json): compile the tests with the Plumbline processor"
          + " (mvn test-compile) for TESTED.");
    }
    if (testClasses == 0) {
      notes.add("No Surefire or Failsafe report (target/surefire-reports, target/failsafe-reports)"
          + ": run the tests (mvn verify) for TESTED.");
    }
    if (activity.files().isEmpty()) {
      notes.add("No activity record (target/plumbline/activity/activity-*.json): run the program"
          + " with -javaagent:plumbline-agent.jar for ACTIVE.");
    }
    if (wiringReports.isEmpty()) {
      notes.add("No wiring report (target/classes/META-INF/plumbline/wiring.json): build the"
          + " project (mvn compile) with the Plumbline processor or plugin.");
    }
    return List.copyOf(notes);
  }

  private static void readWiring(BuildOutputs build, Map<Key, Declared> declared,
      Map<Key, Wiring> wiring) throws IOException, InvalidInputException {
    JsonNode report = readJson(build.wiringReport(), "wiring report",
        "Rebuild the module to write a fresh report.");
    if (!report.path("modules").isArray() || !report.has("library")) {
      throw new InvalidInputException(build.wiringReport() + ": not a Plumbline wiring report"
          + " (no 'library' and 'modules'). Rebuild the module to write a fresh report.", null);
    }
    String library = report.get("library").asText();
    boolean decides = report.path("compilation").asText().equals("APPLICATION")
        && !report.path("partial").asBoolean();
    String entryPoint = report.path("entryPoint").asText();
    for (JsonNode module : report.get("modules")) {
      String origin = module.path("origin").asText();
      Key key = origin.startsWith("library:")
          ? new Key(origin.substring("library:".length()), module.path("name").asText())
          : new Key(library, module.path("name").asText());
      if (origin.equals("source")) {
        declared.putIfAbsent(key, new Declared(build, module));
      }
      if (decides) {
        decide(wiring.computeIfAbsent(key, any -> new Wiring()), module, entryPoint);
      }
    }
  }

  /** WIRED wins over every other verdict: one application that reaches the module is enough. */
  private static void decide(Wiring wiring, JsonNode module, String entryPoint) {
    String status = module.path("status").asText();
    if (module.path("reachable").asBoolean()) {
      wiring.verdict = "WIRED";
      wiring.entryPoints.add(entryPoint);
    } else if (!wiring.verdict.equals("WIRED")) {
      wiring.verdict = status.equals("DUPLICATE") ? "DUPLICATE" : "NOT_WIRED";
    }
  }

  private static Map<String, TestReports.Outcome> readOutcomes(BuildOutputs build)
      throws IOException, InvalidInputException {
    try {
      return TestReports.read(build.testReportDirectories());
    } catch (TestReports.InvalidTestReportException e) {
      throw new InvalidInputException(
          Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
  }

  private static void readReferences(Path file, Map<String, TestReports.Outcome> outcomes,
      Map<Key, Set<String>> testedBy, Map<Key, Set<String>> notPassing)
      throws IOException, InvalidInputException {
    JsonNode record = readJson(file, "test reference record",
        "Compile the tests again (mvn test-compile) to write a fresh one.");
    if (!record.path("tests").isArray()) {
      throw new InvalidInputException(file + ": not a Plumbline test reference record (no"
          + " 'tests'). Compile the tests again (mvn test-compile) to write a fresh one.", null);
    }
    for (JsonNode test : record.get("tests")) {
      String testClass = test.path("class").asText();
      TestReports.Outcome outcome = outcomes.get(testClass);
      boolean passed = outcome != null && outcome.passed() > 0;
      for (JsonNode module : test.path("modules")) {
        Key key = new Key(module.path("library").asText(), module.path("name").asText());
        (passed ? testedBy : notPassing)
            .computeIfAbsent(key, any -> new TreeSet<>()).add(testClass);
      }
    }
  }

  private static ActivityRecords readActivity(List<Path> directories)
      throws IOException, InvalidInputException {
    try {
      return ActivityRecords.read(directories);
    } catch (ActivityRecords.InvalidActivityRecordException e) {
      throw new InvalidInputException(
          Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
  }

  private static JsonNode readJson(Path file, String what, String fix)
      throws IOException, InvalidInputException {
    try {
      JsonNode node = MAPPER.readTree(Files.readString(file));
      if (node == null) {
        throw new InvalidInputException(file + ": empty " + what + ". " + fix, null);
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidInputException(
          file + ": not valid JSON" + where + " (" + e.getOriginalMessage() + "). " + fix, e);
    }
  }

  private static ModuleLevels levelsOf(Key key, Declared declared, Wiring wiring,
      Set<String> testedBy, Set<String> notPassing, ActivityRecords activity) {
    JsonNode module = declared.module();
    List<String> classes = strings(module.path("classes"));
    int classFiles = 0;
    for (String className : classes) {
      if (Files.isRegularFile(declared.outputs().classes()
          .resolve(className.replace('.', '/') + ".class"))) {
        classFiles++;
      }
    }
    List<String> executed = classes.stream().filter(activity.executed()::contains).toList();
    Set<IntegrationLevel> reached = EnumSet.noneOf(IntegrationLevel.class);
    if (classFiles > 0) {
      reached.add(IntegrationLevel.EXISTS);
    }
    if (!testedBy.isEmpty()) {
      reached.add(IntegrationLevel.TESTED);
    }
    if (wiring.verdict.equals("WIRED")) {
      reached.add(IntegrationLevel.WIRED);
    }
    if (!executed.isEmpty()) {
      reached.add(IntegrationLevel.ACTIVE);
    }
    if (reached.containsAll(ModuleLevels.MEASURED)) {
      reached.add(IntegrationLevel.COMPLETE);
    }
    List<String> failed = new ArrayList<>(notPassing);
    failed.removeAll(testedBy);
    return new ModuleLevels(key.library(), key.name(), module.path("critical").asBoolean(),
        module.path("criticalReason").asText(), module.path("declaration").asText(),
        strings(module.path("sourceFiles")), strings(module.path("dependsOn")), wiring.verdict,
        List.copyOf(wiring.entryPoints), classFiles, List.copyOf(testedBy), List.copyOf(failed),
        executed, Set.copyOf(reached));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return List.copyOf(values);
  }
}
