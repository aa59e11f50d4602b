package dev.plumbline.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.memory.concept.ConceptDecision;
import dev.plumbline.memory.concept.ConceptProposal;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModulePlan;
import dev.plumbline.memory.structure.ModulePlanner;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planned modules and concept proposals through the store: exact files, refusals, history. */
class PlansAndProposalsTest {

  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  @TempDir Path root;

  private MemoryStore store(String instant) {
    return new MemoryStore(root, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), SCHEMAS);
  }

  private String read(MemoryFile file) throws Exception {
    return Files.readString(file.in(root.resolve(".claude")), StandardCharsets.UTF_8);
  }

  private void build(String module) throws Exception {
    store("2026-11-25T09:00:00Z").update(new StructureSnapshot(List.of(new ModuleSnapshot(
        module, ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, false, List.of(),
        List.of("src/" + module + ".java"), Map.of(), LocalDate.of(2026, 11, 1))), false),
        new ProjectFacts("Shop", "Sells things.", "17"));
  }

  @Test
  void aPlannedModuleIsAddedWithItsLogEntryAndIsNotRemovedByTheNextBuild() throws Exception {
    build("core");
    ModulePlanner.PlanResult result = store("2026-11-26T10:00:00Z").planModule(new ModulePlan(
        "search", "Full-text search over the catalogue", List.of("core"),
        List.of("src/Search.java"), true));

    assertThat(result.changed()).isTrue();
    assertThat(read(MemoryFile.STRUCTURE)).contains("""
            "search": {
              "status": "planned",
              "origin": "plan",
              "critical": true,
              "description": "Full-text search over the catalogue",
              "dependencies": [
                "core"
              ],
              "files": [
                "src/Search.java"
              ],
              "planned": "2026-11-26T10:00:00Z"
            }
        """);
    assertThat(read(MemoryFile.LOG)).contains("""
            "requested": "Plan module search",
            "executed": "Recorded planned module search in .claude/project_structure.json",
        """);

    build("core");
    assertThat(read(MemoryFile.STRUCTURE)).contains("\"status\": \"planned\"")
        .doesNotContain("\"removed\"");
  }

  @Test
  void planningAgainOnlyAppendsAndAnUnchangedPlanWritesNothing() throws Exception {
    MemoryStore store = store("2026-11-26T10:00:00Z");
    store.planModule(new ModulePlan("search", "Search", List.of("core"), List.of(), null));
    String log = read(MemoryFile.LOG);

    ModulePlanner.PlanResult same = store.planModule(
        new ModulePlan("search", "Search", List.of("core"), List.of(), null));
    assertThat(same.changed()).isFalse();
    assertThat(read(MemoryFile.LOG)).isEqualTo(log);

    ModulePlanner.PlanResult more = store.planModule(
        new ModulePlan("search", "Search", List.of("index", "core"), List.of("a/B.java"), null));
    assertThat(more.addedDependencies()).containsExactly("index");
    assertThat(more.addedFiles()).containsExactly("a/B.java");
    assertThat(read(MemoryFile.STRUCTURE)).contains("""
              "dependencies": [
                "core",
                "index"
              ],
        """);
  }

  @Test
  void aModuleWithCodeOrAnotherDescriptionIsRefusedAndNothingIsWritten() throws Exception {
    build("core");
    String structure = read(MemoryFile.STRUCTURE);
    assertThatThrownBy(() -> store("2026-11-26T10:00:00Z").planModule(
        new ModulePlan("core", "Core", List.of(), List.of(), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("module 'core' already exists in the code (status active); structure_plan"
            + " records modules before their code exists. The build keeps existing modules"
            + " current: record the planned change with memory_log");
    assertThat(read(MemoryFile.STRUCTURE)).isEqualTo(structure);
    store("2026-11-26T10:00:00Z").planModule(
        new ModulePlan("search", "Search", List.of(), List.of(), null));
    String planned = read(MemoryFile.STRUCTURE);
    String log = read(MemoryFile.LOG);
    assertThatThrownBy(() -> store("2026-11-26T10:00:00Z").planModule(
        new ModulePlan("search", "Find things", List.of(), List.of(), null)))
        .hasMessageStartingWith("module 'search' is already planned as \"Search\"");

    assertThat(read(MemoryFile.STRUCTURE)).isEqualTo(planned);
    assertThat(read(MemoryFile.LOG)).isEqualTo(log);
  }

  @Test
  void aProposalWaitsForTheUserAndApprovalKeepsTheEarlierValueInHistory() throws Exception {
    build("core");
    String concept = read(MemoryFile.CONCEPT);
    int id = store("2026-11-26T10:00:00Z").proposeConcept(new ConceptProposal(
        "The user wants to sell to companies too",
        Map.of("vision", "Sells things to people and companies."),
        Map.of("goals", List.of("B2B invoices"))));

    assertThat(id).isEqualTo(1);
    assertThat(read(MemoryFile.CONCEPT)).isEqualTo(concept);
    assertThat(read(MemoryFile.CONCEPT_PROPOSALS)).isEqualTo("""
        [
          {
            "id": 1,
            "date": "2026-11-26",
            "time": "10:00",
            "reason": "The user wants to sell to companies too",
            "set": {
              "vision": "Sells things to people and companies."
            },
            "add": {
              "goals": [
                "B2B invoices"
              ]
            }
          }
        ]
        """);

    ConceptDecision decision =
        store("2026-11-27T08:00:00Z").decideConceptProposal(OptionalInt.empty(), true);

    assertThat(decision.changes()).containsExactly("changed vision", "added 1 to goals");
    assertThat(read(MemoryFile.CONCEPT)).isEqualTo("""
        {
          "name": "Shop",
          "vision": "Sells things to people and companies.",
          "platform": "Java 17, built with Maven",
          "history": [
            {
              "field": "vision",
              "previous": "Sells things.",
              "replaced": "2026-11-27T08:00:00Z",
              "proposal": 1
            }
          ],
          "goals": [
            "B2B invoices"
          ]
        }
        """);
    assertThat(read(MemoryFile.CONCEPT_PROPOSALS))
        .contains("      ]\n    },\n    \"approved\": \"2026-11-27T08:00:00Z\"\n  }\n]\n");
    assertThat(read(MemoryFile.LOG)).contains("\"executed\": \"Applied concept proposal 1 to"
        + " .claude/project_concept.json: changed vision, added 1 to goals\"");
    assertThat(store("2026-11-27T08:00:00Z").validate()).isEmpty();

    assertThatThrownBy(() -> store("2026-11-27T08:00:00Z")
        .decideConceptProposal(OptionalInt.of(1), true))
        .hasMessage("concept proposal 1 was already approved on 2026-11-27T08:00:00Z");
  }

  @Test
  void severalPendingProposalsNeedAnIdAndARejectionLeavesTheConcept() throws Exception {
    build("core");
    String concept = read(MemoryFile.CONCEPT);
    MemoryStore store = store("2026-11-26T10:00:00Z");
    store.proposeConcept(new ConceptProposal("a", Map.of("platform", "Java 21"), Map.of()));
    store.proposeConcept(new ConceptProposal("b", Map.of(), Map.of("constraints",
        List.of("No cloud"))));

    assertThatThrownBy(() -> store.decideConceptProposal(OptionalInt.empty(), true))
        .hasMessage("2 concept proposals are pending: name one with --id; pending: 1 (a), 2 (b)");
    ConceptDecision rejected = store.decideConceptProposal(OptionalInt.of(1), false);
    assertThat(rejected.approved()).isFalse();
    assertThat(read(MemoryFile.CONCEPT)).isEqualTo(concept);
    assertThat(store.decideConceptProposal(OptionalInt.empty(), true).id()).isEqualTo(2);
    assertThat(read(MemoryFile.CONCEPT)).endsWith("""
          "constraints": [
            "No cloud"
          ]
        }
        """);
  }

  @Test
  void proposalsThatMisuseAFieldAreRefusedWithWhatToDo() throws Exception {
    build("core");
    assertThatThrownBy(() -> new ConceptProposal("r", Map.of("goals", "x"), Map.of()))
        .hasMessage("'goals' is a list: propose its new items under 'add', not 'set'");
    assertThatThrownBy(() -> new ConceptProposal("r", Map.of(), Map.of("vision", List.of("x"))))
        .hasMessage("'vision' is text: propose its new value under 'set', not 'add'");
    assertThatThrownBy(() -> new ConceptProposal(" ", Map.of("vision", "x"), Map.of()))
        .hasMessageStartingWith("reason must not be empty");
    assertThatThrownBy(() -> new ConceptProposal("r", Map.of(), Map.of()))
        .hasMessageStartingWith("the proposal changes nothing");
    MemoryStore store = store("2026-11-26T10:00:00Z");
    store.proposeConcept(new ConceptProposal("r", Map.of("owner", "Team A"), Map.of()));
    store.decideConceptProposal(OptionalInt.empty(), true);
    assertThatThrownBy(() -> store.proposeConcept(
        new ConceptProposal("r", Map.of(), Map.of("owner", List.of("Team B")))))
        .hasMessage("the concept's 'owner' is not a list (it holds text): propose its new value"
            + " under 'set' instead");
  }
}
