package dev.plumbline.memory.structure;

import static dev.plumbline.memory.structure.Snapshots.full;
import static dev.plumbline.memory.structure.Snapshots.module;
import static dev.plumbline.memory.structure.Snapshots.partial;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.io.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StructureMergerTest {

  private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Instant T3 = Instant.parse("2026-11-22T10:00:00Z");

  private final JsonCodec codec = new JsonCodec();
  private final StructureMerger merger = new StructureMerger(codec.mapper(), "plumbline-memory t");

  private ObjectNode parse(String json) throws Exception {
    return (ObjectNode) codec.parse(Path.of("x.json"), json.getBytes(StandardCharsets.UTF_8));
  }

  private String text(ObjectNode node) {
    return new String(codec.toBytes(node), StandardCharsets.UTF_8);
  }

  @Test
  void createsTheDocumentWithModulesSortedAndFieldsInTheDocumentedOrder() {
    MergeResult result = merger.merge(null, full(
        module("web", IntegrationLevel.WIRED, List.of("core"), List.of("web/src/W.java"),
            Map.of("dev.x.W", List.of("void serve(int)")), LocalDate.of(2026, 11, 2)),
        module("core", List.of("core/src/C.java"))), T1);

    assertThat(text(result.document())).isEqualTo("""
        {
          "schemaVersion": 1,
          "generatedBy": "plumbline-memory t",
          "modules": {
            "core": {
              "status": "active",
              "integration": "WIRED",
              "critical": false,
              "origin": "code",
              "dependencies": [],
              "files": [
                "core/src/C.java"
              ],
              "publicApi": {},
              "lastModified": "2026-11-01"
            },
            "web": {
              "status": "active",
              "integration": "WIRED",
              "critical": false,
              "origin": "code",
              "dependencies": [
                "core"
              ],
              "files": [
                "web/src/W.java"
              ],
              "publicApi": {
                "dev.x.W": [
                  "void serve(int)"
                ]
              },
              "lastModified": "2026-11-02"
            }
          }
        }
        """);
    assertThat(result.changes().added()).containsExactly("core", "web");
  }

  @Test
  void sameSnapshotTwiceChangesNothing() {
    StructureSnapshot snapshot = full(module("core", List.of("core/src/C.java")));
    ObjectNode first = merger.merge(null, snapshot, T1).document();

    MergeResult second = merger.merge(first, snapshot, T2);

    assertThat(second.changes().isEmpty()).isTrue();
    assertThat(second.document()).isEqualTo(first);
  }

  @Test
  void moduleGoneFromTheCodeIsMarkedRemovedWithTheDateAndKeptWhole() {
    ObjectNode first = merger.merge(null, full(module("core", List.of("C.java")),
        module("old", List.of("O.java"))), T1).document();

    MergeResult result = merger.merge(first, full(module("core", List.of("C.java"))), T2);

    assertThat(result.changes().removed()).containsExactly("old");
    ObjectNode old = (ObjectNode) result.document().path("modules").path("old");
    assertThat(old.path("removed").asText()).isEqualTo("2026-11-21T10:00:00Z");
    assertThat(old.path("files").get(0).asText()).isEqualTo("O.java");
    assertThat(merger.merge(result.document(), full(module("core", List.of("C.java"))), T3)
        .changes().isEmpty()).isTrue();
  }

  @Test
  void moduleThatComesBackIsRestoredAndCanBeRemovedAgainInTheSameSecond() {
    ObjectNode doc = merger.merge(null, full(module("a", List.of("A.java"))), T1).document();
    doc = merger.merge(doc, full(), T2).document();

    MergeResult back = merger.merge(doc, full(module("a", List.of("A.java"))), T2);
    assertThat(back.changes().restored()).containsExactly("a");
    assertThat(back.document().at("/modules/a/restored").asText())
        .isEqualTo("2026-11-21T10:00:00Z");

    MergeResult goneAgain = merger.merge(back.document(), full(), T2);
    assertThat(goneAgain.changes().removed()).containsExactly("a");
    assertThat(goneAgain.document().at("/modules/a/removed").asText())
        .isEqualTo("2026-11-21T10:00:01Z");
  }

  @Test
  void listItemsGoneFromTheCodeStayWithATombstone() {
    ObjectNode doc = merger.merge(null, full(module("a", List.of("A.java", "B.java"))), T1)
        .document();

    MergeResult result = merger.merge(doc, full(module("a", List.of("A.java", "C.java"))), T2);

    assertThat(result.changes().changed()).containsExactly("a");
    assertThat(result.document().at("/modules/a/files").toString())
        .isEqualTo("[\"A.java\",\"B.java\",\"C.java\"]");
    assertThat(result.document().at("/modules/a/removedItems/files/B.java").asText())
        .isEqualTo("2026-11-21T10:00:00Z");
  }

  @Test
  void publicApiTypesAndMethodsGetTombstonesKeyedByTypeAndSignature() {
    ObjectNode doc = merger.merge(null, full(module("a", IntegrationLevel.WIRED, List.of(),
        List.of("A.java"), Map.of("p.A", List.of("void f()", "void g()"), "p.B", List.of()),
        null)), T1).document();

    ObjectNode result = merger.merge(doc, full(module("a", IntegrationLevel.WIRED, List.of(),
        List.of("A.java"), Map.of("p.A", List.of("void f()")), null)), T2).document();

    assertThat(result.at("/modules/a/publicApi/p.A").toString())
        .isEqualTo("[\"void f()\",\"void g()\"]");
    assertThat(result.at("/modules/a/removedItems/publicApi").toString())
        .isEqualTo("{\"p.A#void g()\":\"2026-11-21T10:00:00Z\",\"p.B\":\"2026-11-21T10:00:00Z\"}");
  }

  @Test
  void fieldsWrittenByPeopleAreKeptVerbatimAndInPlace() throws Exception {
    ObjectNode doc = parse("""
        {"note": {"by": "ana", "n": 1.50}, "schemaVersion": 1, "modules": {
          "a": {"purpose": "parses input", "status": "active", "files": ["A.java"],
                "links": [3, 1, 2]}}}
        """);

    ObjectNode result = merger.merge(doc, full(module("a", List.of("A.java"))), T1).document();

    assertThat(result.path("note").toString()).isEqualTo("{\"by\":\"ana\",\"n\":1.50}");
    assertThat(result.at("/modules/a/purpose").asText()).isEqualTo("parses input");
    assertThat(result.at("/modules/a/links").toString()).isEqualTo("[3,1,2]");
    assertThat(result.fieldNames()).toIterable()
        .containsExactly("note", "schemaVersion", "modules");
    assertThat(result.path("modules").path("a").fieldNames()).toIterable()
        .startsWith("purpose", "status", "files", "links");
  }

  @Test
  void partialSnapshotKeepsUnseenModulesAndItemsAndNeverLowersWired() {
    ObjectNode doc = merger.merge(null, full(module("a", List.of("A1.java", "A2.java")),
        module("b", List.of("B.java"))), T1).document();

    MergeResult result = merger.merge(doc, partial(module("a", IntegrationLevel.EXISTS, List.of(),
        List.of("A1.java"), Map.of(), null)), T2);

    assertThat(result.changes().isEmpty()).isTrue();
    assertThat(result.document()).isEqualTo(doc);
  }

  @Test
  void plannedModuleWrittenByPeopleIsNotRemovedAndBecomesActiveWhenItsCodeAppears()
      throws Exception {
    ObjectNode doc = parse("""
        {"schemaVersion": 1, "modules": {
          "later": {"status": "planned", "files": ["later/L.java"]},
          "now": {"status": "planned", "files": ["now/N.java"], "critical": true}}}
        """);

    MergeResult result = merger.merge(doc, full(module("now", List.of("now/N.java"))), T1);

    assertThat(result.changes().removed()).isEmpty();
    assertThat(result.document().at("/modules/later").toString())
        .isEqualTo("{\"status\":\"planned\",\"files\":[\"later/L.java\"]}");
    assertThat(result.document().at("/modules/now/status").asText()).isEqualTo("active");
    assertThat(result.document().at("/modules/now/critical").asBoolean()).isFalse();
  }

  @Test
  void aMeasuredLevelSurvivesWiredButNotAProofOfNotWired() throws Exception {
    ObjectNode doc = parse("""
        {"schemaVersion": 1, "modules": {
          "a": {"status": "complete", "integration": "COMPLETE", "files": ["A.java"]},
          "b": {"status": "active", "integration": "WIRED", "files": ["B.java"]},
          "c": {"status": "active", "integration": "ACTIVE", "files": ["C.java"]}}}
        """);

    ObjectNode result = merger.merge(doc, full(
        module("a", IntegrationLevel.WIRED, List.of(), List.of("A.java"), Map.of(), null),
        module("b", IntegrationLevel.EXISTS, List.of(), List.of("B.java"), Map.of(), null),
        module("c", IntegrationLevel.EXISTS, List.of(), List.of("C.java"), Map.of(), null)), T1)
        .document();

    // WIRED confirms what verify measured; a complete view that finds the module NOT WIRED
    // (EXISTS) proves that ACTIVE (and COMPLETE) no longer hold for the program as it is now.
    assertThat(result.at("/modules/a/integration").asText()).isEqualTo("COMPLETE");
    assertThat(result.at("/modules/a/status").asText()).isEqualTo("complete");
    assertThat(result.at("/modules/b/integration").asText()).isEqualTo("EXISTS");
    assertThat(result.at("/modules/c/integration").asText()).isEqualTo("EXISTS");
  }

  @Test
  void verifyMeasuresAnyLevelWithoutAddingOrRemovingModules() throws Exception {
    ObjectNode doc = parse("""
        {"schemaVersion": 1, "modules": {
          "a": {"status": "active", "integration": "WIRED", "compiledIn": "lib", "files": ["A.java"]},
          "b": {"status": "active", "integration": "COMPLETE", "compiledIn": "lib",
                "files": ["B.java"], "note": "people's"}}}
        """);

    MergeResult merge = merger.merge(doc, new StructureSnapshot("plumbline verify", List.of(),
        false, Map.of("a", IntegrationLevel.TESTED, "b", IntegrationLevel.EXISTS,
            "unknown", IntegrationLevel.ACTIVE)), T1);

    assertThat(merge.document().at("/modules/a/integration").asText()).isEqualTo("TESTED");
    assertThat(merge.document().at("/modules/b/integration").asText()).isEqualTo("EXISTS");
    assertThat(merge.document().at("/modules/b/note").asText()).isEqualTo("people's");
    assertThat(merge.document().at("/modules/unknown").isMissingNode()).isTrue();
    assertThat(merge.changes().changed()).containsExactlyInAnyOrder("a", "b");
    assertThat(merge.changes().removed()).isEmpty();
    assertThat(merge.changes().added()).isEmpty();
  }

  @Test
  void lastModifiedOnlyMovesForward() {
    ObjectNode doc = merger.merge(null, full(module("a", IntegrationLevel.WIRED, List.of(),
        List.of("A.java"), Map.of(), LocalDate.of(2026, 11, 5))), T1).document();

    ObjectNode older = merger.merge(doc, full(module("a", IntegrationLevel.WIRED, List.of(),
        List.of("A.java"), Map.of(), LocalDate.of(2026, 11, 4))), T2).document();
    ObjectNode newer = merger.merge(doc, full(module("a", IntegrationLevel.WIRED, List.of(),
        List.of("A.java"), Map.of(), LocalDate.of(2026, 11, 9))), T2).document();

    assertThat(older.at("/modules/a/lastModified").asText()).isEqualTo("2026-11-05");
    assertThat(newer.at("/modules/a/lastModified").asText()).isEqualTo("2026-11-09");
  }

  @Test
  void aCompilationMarksRemovedOnlyTheModulesOfItsOwnScope() {
    StructureSnapshot library = new StructureSnapshot("lib",
        List.of(module("text", List.of("lib/T.java"))), false, Map.of());
    StructureSnapshot app = new StructureSnapshot("app",
        List.of(module("main", List.of("app/M.java"))), false, Map.of());
    ObjectNode doc = merger.merge(null, library, T1).document();
    doc = merger.merge(doc, app, T1).document();

    MergeResult libraryAgain = merger.merge(doc, library, T2);
    MergeResult appWithoutMain = merger.merge(doc, new StructureSnapshot("app", List.of(), false,
        Map.of()), T2);

    assertThat(libraryAgain.changes().isEmpty()).isTrue();
    assertThat(doc.at("/modules/text/compiledIn").asText()).isEqualTo("lib");
    assertThat(appWithoutMain.changes().removed()).containsExactly("main");
  }

  @Test
  void anApplicationDecidesTheWiringOfLibraryModulesAndALibraryCompileNeverLowersIt() {
    ModuleSnapshot undecided = new ModuleSnapshot("text", ModuleStatus.ACTIVE, null, false,
        List.of(), List.of("lib/T.java"), Map.of(), null);
    StructureSnapshot library = new StructureSnapshot("lib", List.of(undecided), false, Map.of());
    ObjectNode doc = merger.merge(null, library, T1).document();
    assertThat(doc.at("/modules/text/integration").asText()).isEqualTo("EXISTS");

    MergeResult app = merger.merge(doc, new StructureSnapshot("app", List.of(), false,
        Map.of("text", IntegrationLevel.WIRED, "unknown", IntegrationLevel.WIRED)), T2);
    assertThat(app.changes().changed()).containsExactly("text");
    assertThat(app.document().at("/modules/text/integration").asText()).isEqualTo("WIRED");
    assertThat(app.document().has("unknown")).isFalse();

    assertThat(merger.merge(app.document(), library, T3).changes().isEmpty()).isTrue();
  }

  private static final String F1 = SourceFingerprint.ofContents(
      new TreeMap<>(Map.of("A.java", "class A {}\n")));
  private static final String F2 = SourceFingerprint.ofContents(
      new TreeMap<>(Map.of("A.java", "class A { int x; }\n")));

  private static ModuleSnapshot dated(String day, @Nullable String fingerprint) {
    return module("a", IntegrationLevel.WIRED, List.of(), List.of("A.java"), Map.of(),
        LocalDate.parse(day)).withSourceFingerprint(fingerprint);
  }

  @Test
  void aNewerFileDateWithTheSameFingerprintChangesNothing() {
    ObjectNode doc = merger.merge(null, full(dated("2026-11-05", F1)), T1).document();

    MergeResult touched = merger.merge(doc, full(dated("2026-11-09", F1)), T2);

    assertThat(touched.documentChanged()).isFalse();
    assertThat(touched.document()).isEqualTo(doc);
    assertThat(text(touched.document())).isEqualTo(text(doc));
    assertThat(doc.at("/modules/a/lastModified").asText()).isEqualTo("2026-11-05");
    assertThat(doc.at("/modules/a/sourceFingerprint").asText()).isEqualTo(F1);
  }

  @Test
  void aNewFingerprintAdvancesLastModifiedAndCountsAsAChange() {
    ObjectNode doc = merger.merge(null, full(dated("2026-11-05", F1)), T1).document();

    MergeResult edited = merger.merge(doc, full(dated("2026-11-09", F2)), T2);

    assertThat(edited.changes().changed()).containsExactly("a");
    assertThat(edited.fingerprinted()).isEmpty();
    assertThat(edited.document().at("/modules/a/lastModified").asText()).isEqualTo("2026-11-09");
    assertThat(edited.document().at("/modules/a/sourceFingerprint").asText()).isEqualTo(F2);
    assertThat(merger.merge(edited.document(), full(dated("2026-11-12", F2)), T3)
        .documentChanged()).isFalse();
  }

  @Test
  void theFingerprintIsWrittenAfterLastModified() {
    ObjectNode doc = merger.merge(null, full(dated("2026-11-05", F1)), T1).document();

    assertThat(text(doc)).contains("""
              "publicApi": {},
              "lastModified": "2026-11-05",
              "sourceFingerprint": "%s"
            }
        """.formatted(F1));
  }

  @Test
  void anEntryWrittenBeforeFingerprintsGetsOneWithoutAChangeOrANewDate() {
    ObjectNode legacy = merger.merge(null, full(dated("2026-11-05", null)), T1).document();

    MergeResult result = merger.merge(legacy, full(dated("2026-11-09", F1)), T2);

    assertThat(result.changes().isEmpty()).isTrue();
    assertThat(result.fingerprinted()).containsExactly("a");
    assertThat(result.documentChanged()).isTrue();
    assertThat(result.document().at("/modules/a/lastModified").asText()).isEqualTo("2026-11-05");
    assertThat(result.document().at("/modules/a/sourceFingerprint").asText()).isEqualTo(F1);
    assertThat(merger.merge(result.document(), full(dated("2026-11-09", F1)), T3)
        .documentChanged()).isFalse();
  }

  @Test
  void anEntryWrittenBeforeFingerprintsThatAlsoChangedIsAChange() {
    ObjectNode legacy = merger.merge(null, full(dated("2026-11-05", null)), T1).document();
    ModuleSnapshot grown = module("a", IntegrationLevel.WIRED, List.of(),
        List.of("A.java", "B.java"), Map.of(), LocalDate.parse("2026-11-09"))
        .withSourceFingerprint(F2);

    MergeResult result = merger.merge(legacy, full(grown), T2);

    assertThat(result.changes().changed()).containsExactly("a");
    assertThat(result.fingerprinted()).isEmpty();
    assertThat(result.document().at("/modules/a/sourceFingerprint").asText()).isEqualTo(F2);
  }

  @Test
  void aPartialCompilationNeitherStoresNorComparesTheFingerprint() {
    ObjectNode doc = merger.merge(null, full(dated("2026-11-05", F1)), T1).document();

    MergeResult partialView = merger.merge(doc, partial(dated("2026-11-09", F2)), T2);
    ObjectNode created = merger.merge(null, partial(dated("2026-11-05", F1)), T1).document();

    assertThat(partialView.documentChanged()).isFalse();
    assertThat(partialView.document().at("/modules/a/sourceFingerprint").asText()).isEqualTo(F1);
    assertThat(partialView.document().at("/modules/a/lastModified").asText())
        .isEqualTo("2026-11-05");
    assertThat(created.at("/modules/a").has("sourceFingerprint")).isFalse();
  }
}
