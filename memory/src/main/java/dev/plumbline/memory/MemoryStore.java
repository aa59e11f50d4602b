// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.concept.ConceptDecision;
import dev.plumbline.memory.concept.ConceptProposal;
import dev.plumbline.memory.concept.ConceptProposals;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryLock;
import dev.plumbline.memory.journal.Journal;
import dev.plumbline.memory.journal.PlannedWrite;
import dev.plumbline.memory.log.ArchivePlan;
import dev.plumbline.memory.log.ArchiveRule;
import dev.plumbline.memory.log.LogAppender;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.MergeResult;
import dev.plumbline.memory.structure.ModulePlan;
import dev.plumbline.memory.structure.ModulePlanner;
import dev.plumbline.memory.structure.StructureMerger;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code .claude/} project memory of one project: every read-modify-write runs under the
 * memory lock, first completes any interrupted earlier write, validates every file it reads, and
 * writes atomically (several files at once through the {@link Journal}).
 */
public final class MemoryStore {

  private static final String STRUCTURE_PATH =
      MemoryFile.DIRECTORY + "/" + MemoryFile.STRUCTURE.fileName();

  private final Path memoryDirectory;
  private final Clock clock;
  private final JsonCodec codec = new JsonCodec();
  private final MemoryReader reader;
  private final Journal journal;
  private final StructureMerger merger;
  private final ArchiveRule archiveRule;
  private final ModulePlanner planner;
  private final ConceptProposals conceptProposals;

  /**
   * Creates the store of a project, with the system clock and time zone.
   *
   * @param projectRoot the project root; its {@code .claude/} holds the files
   */
  public MemoryStore(Path projectRoot) {
    // Local time on purpose: log entries read like the user's own clock.
    this(projectRoot, Clock.system(ZoneId.systemDefault()), new SchemaCheck());
  }

  /**
   * Creates the store of a project.
   *
   * @param projectRoot the project root; its {@code .claude/} holds the files
   * @param clock gives log dates, archive ages and tombstone instants
   * @param schemaCheck the schema validator (loading schemas costs time: share one)
   */
  public MemoryStore(Path projectRoot, Clock clock, SchemaCheck schemaCheck) {
    this.memoryDirectory = projectRoot.resolve(MemoryFile.DIRECTORY);
    this.clock = clock;
    this.reader = new MemoryReader(memoryDirectory, codec, schemaCheck);
    this.journal = new Journal(memoryDirectory, codec);
    this.merger = new StructureMerger(codec.mapper(), MemoryVersion.generatedBy());
    this.archiveRule = new ArchiveRule(codec.mapper());
    this.planner = new ModulePlanner(codec.mapper(), MemoryVersion.generatedBy());
    this.conceptProposals = new ConceptProposals(codec.mapper());
  }

  /**
   * Returns the {@code .claude/} directory.
   *
   * @return the memory directory
   */
  public Path memoryDirectory() {
    return memoryDirectory;
  }

  /**
   * A build's update: validates (or creates) the concept, merges the snapshot into the structure,
   * and, when the structure changed, validates the log and the archive, appends a log entry and
   * applies the archive rule. When the only difference is a first source fingerprint for entries
   * written before fingerprints existed, the structure is written without a log entry: the code
   * did not change. Nothing is written when any file it reads is invalid.
   *
   * @param snapshot what the compilation saw
   * @param facts the project's real facts, used only to create a missing concept; may be null
   * @return what was done
   * @throws MemoryFileException when a file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written
   */
  public UpdateOutcome update(StructureSnapshot snapshot, ProjectFacts facts)
      throws MemoryFileException, IOException {
    ensureDirectory();
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      boolean recovered = journal.recover();
      Optional<LoadedFile> concept = reader.read(MemoryFile.CONCEPT);
      Optional<LoadedFile> structure = reader.read(MemoryFile.STRUCTURE);
      MergeResult merge = merger.merge(
          structure.map(file -> (ObjectNode) file.document()).orElse(null),
          snapshot, clock.instant());
      boolean changed = structure.isEmpty() || !merge.changes().isEmpty();
      // The log and the archive are read only when the build writes to them: a no-op build of a
      // project with a long log stays fast, and an invalid log still stops every write.
      Optional<LoadedFile> log = changed ? reader.read(MemoryFile.LOG) : Optional.empty();
      Optional<LoadedFile> archive = changed ? reader.read(MemoryFile.ARCHIVE) : Optional.empty();
      boolean conceptCreated = concept.isEmpty() && facts != null;
      if (conceptCreated) {
        commit(List.of(new PlannedWrite(MemoryFile.CONCEPT,
            codec.toBytes(facts.toConcept(codec.mapper())))));
      }
      int archived = changed ? writeStructureAndLog(merge, snapshot, structure, log, archive) : 0;
      boolean fingerprintsOnly = !changed && merge.documentChanged();
      if (fingerprintsOnly) {
        commit(List.of(new PlannedWrite(MemoryFile.STRUCTURE, codec.toBytes(merge.document()))));
      }
      return new UpdateOutcome(merge.changes(), changed || fingerprintsOnly, changed,
          merge.fingerprinted(), conceptCreated,
          concept.isEmpty() && !conceptCreated, archived, recovered);
    }
  }

  /** Writes the merged structure and its log entry as one transaction, then archives. */
  private int writeStructureAndLog(MergeResult merge, StructureSnapshot snapshot,
      Optional<LoadedFile> structure, Optional<LoadedFile> log, Optional<LoadedFile> archive)
      throws MemoryFileException, IOException {
    LogEntry entry = structureEntry(merge, snapshot, structure.isEmpty());
    ArrayNode newLog = appended(log, entry);
    byte[] newLogBytes = appendedBytes(log, entry);
    commit(List.of(
        new PlannedWrite(MemoryFile.STRUCTURE, codec.toBytes(merge.document())),
        new PlannedWrite(MemoryFile.LOG, newLogBytes)));
    return applyArchiveRule(newLog, newLogBytes, archive);
  }


  /**
   * Appends one entry to the log, then applies the archive rule.
   *
   * @param entry the entry (already validated by its constructor)
   * @return how many entries the archive rule moved
   * @throws MemoryFileException when the log or the archive is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written
   */
  public int appendLog(LogEntry entry) throws MemoryFileException, IOException {
    ensureDirectory();
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      journal.recover();
      Optional<LoadedFile> log = reader.read(MemoryFile.LOG);
      Optional<LoadedFile> archive = reader.read(MemoryFile.ARCHIVE);
      ArrayNode newLog = appended(log, entry);
      byte[] newLogBytes = appendedBytes(log, entry);
      commit(List.of(new PlannedWrite(MemoryFile.LOG, newLogBytes)));
      return applyArchiveRule(newLog, newLogBytes, archive);
    }
  }

  /**
   * Applies the archive rule now.
   *
   * @return how many entries moved (0 when the log holds 200 entries or fewer)
   * @throws MemoryFileException when a file is invalid or an entry has a bad date (nothing moves)
   * @throws IOException when a file cannot be read or written
   */
  public int archive() throws MemoryFileException, IOException {
    if (!Files.isDirectory(memoryDirectory)) {
      return 0;
    }
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      journal.recover();
      Optional<LoadedFile> log = reader.read(MemoryFile.LOG);
      Optional<LoadedFile> archive = reader.read(MemoryFile.ARCHIVE);
      if (log.isEmpty()) {
        return 0;
      }
      return applyArchiveRule((ArrayNode) log.get().document(), log.get().content(), archive);
    }
  }

  /**
   * Checks every memory file that exists against JSON syntax and its schema, after completing an
   * interrupted earlier write.
   *
   * @return one problem per invalid file; empty when all are valid
   * @throws IOException when a file cannot be read
   */
  public List<MemoryFileException> validate() throws IOException {
    List<MemoryFileException> problems = new ArrayList<>();
    if (!Files.isDirectory(memoryDirectory)) {
      return problems;
    }
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      try {
        journal.recover();
      } catch (MemoryFileException e) {
        problems.add(e);
      }
      for (MemoryFile file : MemoryFile.values()) {
        try {
          reader.readFullyChecked(file);
        } catch (MemoryFileException e) {
          problems.add(e);
        }
      }
    }
    return problems;
  }

  /**
   * Reads one memory file (validated) without changing anything.
   *
   * @param file which file
   * @return the file, or empty when it does not exist
   * @throws MemoryFileException when it is invalid
   * @throws IOException when it cannot be read
   */
  public Optional<LoadedFile> read(MemoryFile file) throws MemoryFileException, IOException {
    return reader.read(file);
  }

  /**
   * Records a planned module in the structure (status {@code planned}, append-only) and logs it,
   * in one transaction; nothing is written when the plan adds nothing new.
   *
   * @param plan the planned module
   * @return what the plan added
   * @throws IllegalArgumentException when the module exists in the code, was removed, or was
   *     planned with another description (nothing is written then)
   * @throws MemoryFileException when a file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written
   */
  public ModulePlanner.PlanResult planModule(ModulePlan plan)
      throws MemoryFileException, IOException {
    ensureDirectory();
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      journal.recover();
      Optional<LoadedFile> structure = reader.read(MemoryFile.STRUCTURE);
      ModulePlanner.PlanResult result = planner.plan(
          structure.map(file -> (ObjectNode) file.document()).orElse(null), plan,
          clock.instant());
      if (result.changed()) {
        LogEntry entry = LogEntry.at(LocalDateTime.now(clock), "Plan module " + plan.name(),
            "Recorded planned module " + plan.name() + " in " + STRUCTURE_PATH,
            List.of(STRUCTURE_PATH), LogStatus.SUCCESS, plan.description());
        commitWithLog(List.of(new PlannedWrite(MemoryFile.STRUCTURE,
            codec.toBytes(result.document()))), entry);
      }
      return result;
    }
  }

  /**
   * Appends a proposed change of the concept to {@code project_concept_proposals.json} and logs
   * it, in one transaction. The concept itself is not touched: only the user applies a proposal
   * ({@link #decideConceptProposal}).
   *
   * @param proposal the proposed change
   * @return the proposal's id
   * @throws IllegalArgumentException when the proposal does not fit the current concept
   * @throws MemoryFileException when a file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written
   */
  public int proposeConcept(ConceptProposal proposal) throws MemoryFileException, IOException {
    ensureDirectory();
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      journal.recover();
      Optional<LoadedFile> concept = reader.read(MemoryFile.CONCEPT);
      ConceptProposals.checkFits(concept.map(LoadedFile::document).orElse(null), proposal);
      Optional<LoadedFile> proposals = reader.read(MemoryFile.CONCEPT_PROPOSALS);
      ArrayNode all = proposals.map(file -> ((ArrayNode) file.document()).deepCopy())
          .orElseGet(() -> codec.mapper().createArrayNode());
      int id = ConceptProposals.nextId(all);
      LocalDateTime now = LocalDateTime.now(clock);
      all.add(proposal.toJson(codec.mapper(), id, now));
      String path = MemoryFile.DIRECTORY + "/" + MemoryFile.CONCEPT_PROPOSALS.fileName();
      LogEntry entry = LogEntry.at(now, "Propose a change to the project concept",
          "Recorded concept proposal " + id + " in " + path + "; the concept changes only when"
              + " the user runs 'plumbline memory concept approve --id " + id + "'",
          List.of(path), LogStatus.SUCCESS, proposal.reason());
      commitWithLog(List.of(new PlannedWrite(MemoryFile.CONCEPT_PROPOSALS, codec.toBytes(all))),
          entry);
      return id;
    }
  }

  /**
   * The user's decision on a concept proposal: approving applies it to the concept append-only
   * (new fields and list items at the end; a replaced text value kept in {@code history}); both
   * decisions mark the proposal and log the decision, in one transaction.
   *
   * @param id the proposal, or empty for the only pending one
   * @param approve true to approve and apply, false to reject
   * @return what was decided and changed
   * @throws IllegalArgumentException when there is no such pending proposal, or several are
   *     pending and no id was given, or it no longer fits the concept (nothing is written then)
   * @throws MemoryFileException when a file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written
   */
  public ConceptDecision decideConceptProposal(OptionalInt id, boolean approve)
      throws MemoryFileException, IOException {
    ensureDirectory();
    try (MemoryLock lock = MemoryLock.acquire(memoryDirectory)) {
      journal.recover();
      Optional<LoadedFile> concept = reader.read(MemoryFile.CONCEPT);
      Optional<LoadedFile> proposals = reader.read(MemoryFile.CONCEPT_PROPOSALS);
      ArrayNode all = proposals.map(file -> (ArrayNode) file.document()).orElse(null);
      int index = ConceptProposals.select(all, id);
      JsonNode stored = all.get(index);
      int number = stored.path("id").asInt();
      List<PlannedWrite> writes = new ArrayList<>();
      List<String> changes = List.of();
      if (approve) {
        ConceptProposals.Applied applied = conceptProposals.apply(
            concept.map(file -> (ObjectNode) file.document()).orElse(null), stored,
            clock.instant());
        changes = applied.changes();
        writes.add(new PlannedWrite(MemoryFile.CONCEPT, codec.toBytes(applied.concept())));
      }
      writes.add(new PlannedWrite(MemoryFile.CONCEPT_PROPOSALS, codec.toBytes(
          ConceptProposals.decide(all, index,
              approve ? ConceptProposals.APPROVED : ConceptProposals.REJECTED,
              clock.instant()))));
      String conceptPath = MemoryFile.DIRECTORY + "/" + MemoryFile.CONCEPT.fileName();
      String proposalsPath = MemoryFile.DIRECTORY + "/" + MemoryFile.CONCEPT_PROPOSALS.fileName();
      LogEntry entry = LogEntry.at(LocalDateTime.now(clock),
          (approve ? "Approve" : "Reject") + " concept proposal " + number,
          approve
              ? "Applied concept proposal " + number + " to " + conceptPath + ": "
                  + (changes.isEmpty() ? "the concept already held every proposed value"
                      : String.join(", ", changes))
              : "Rejected concept proposal " + number + "; " + conceptPath + " unchanged",
          approve ? List.of(conceptPath, proposalsPath) : List.of(proposalsPath),
          LogStatus.SUCCESS, stored.path("reason").asText());
      commitWithLog(writes, entry);
      return new ConceptDecision(number, stored.path("reason").asText(), approve, changes);
    }
  }

  /**
   * Commits the writes together with one new log entry as one transaction, then applies the
   * archive rule. The caller holds the lock.
   */
  private int commitWithLog(List<PlannedWrite> writes, LogEntry entry)
      throws MemoryFileException, IOException {
    Optional<LoadedFile> log = reader.read(MemoryFile.LOG);
    Optional<LoadedFile> archive = reader.read(MemoryFile.ARCHIVE);
    ArrayNode newLog = appended(log, entry);
    byte[] newLogBytes = appendedBytes(log, entry);
    List<PlannedWrite> all = new ArrayList<>(writes);
    all.add(new PlannedWrite(MemoryFile.LOG, newLogBytes));
    commit(all);
    return applyArchiveRule(newLog, newLogBytes, archive);
  }

  /** Commits the writes as one transaction and remembers the new contents as valid. */
  private void commit(List<PlannedWrite> writes) throws MemoryFileException, IOException {
    journal.commit(writes);
    reader.rememberValid(writes.stream().map(PlannedWrite::file).toList(),
        writes.stream().map(PlannedWrite::after).toList());
  }

  /**
   * Creates {@code .claude/} when missing, with a {@code .gitignore} that keeps the lock,
   * journal and in-flight files out of version control (the memory files themselves belong in
   * it). An existing directory is left as it is.
   */
  private void ensureDirectory() throws IOException {
    if (Files.isDirectory(memoryDirectory)) {
      return;
    }
    Files.createDirectories(memoryDirectory);
    AtomicFiles.write(memoryDirectory.resolve(".gitignore"),
        """
            # Plumbline's lock, journal and in-flight files; the memory files are committed.
            .plumbline*
            """.getBytes(StandardCharsets.UTF_8));
  }

  /** Applies the archive rule to the log as just read or written (no second read). */
  private int applyArchiveRule(ArrayNode log, byte[] logContent, Optional<LoadedFile> archive)
      throws MemoryFileException, IOException {
    Path logPath = MemoryFile.LOG.in(memoryDirectory);
    Optional<ArchivePlan> plan = archiveRule.plan(log, logPath, logContent,
        archive.map(file -> (ArrayNode) file.document()).orElse(null), LocalDate.now(clock));
    if (plan.isEmpty()) {
      return 0;
    }
    // The journal makes the pair all-or-nothing; the archive is listed first so that a reader
    // without the lock sees an entry twice at worst, never zero times.
    commit(List.of(
        new PlannedWrite(MemoryFile.ARCHIVE, codec.toBytes(plan.get().newArchive())),
        new PlannedWrite(MemoryFile.LOG, codec.toBytes(plan.get().remaining()))));
    return plan.get().moved();
  }

  /** The log's new bytes: the old bytes kept exactly, the entry spliced in before the end. */
  private byte[] appendedBytes(Optional<LoadedFile> log, LogEntry entry) {
    ArrayNode one = codec.mapper().createArrayNode().add(entry.toJson(codec.mapper()));
    if (log.isEmpty()) {
      return codec.toBytes(one);
    }
    return LogAppender.append(log.get().content(), codec.toBytes(one.get(0)));
  }

  /** Appends to the tree just read (it is this call's own copy, so no deep copy is needed). */
  private ArrayNode appended(Optional<LoadedFile> log, LogEntry entry) {
    ArrayNode entries = log.map(file -> (ArrayNode) file.document())
        .orElseGet(() -> codec.mapper().createArrayNode());
    entries.add(entry.toJson(codec.mapper()));
    return entries;
  }

  private LogEntry structureEntry(MergeResult merge, StructureSnapshot snapshot, boolean created) {
    String executed = (created ? "Created " : "Updated ") + STRUCTURE_PATH + " from the compiled"
        + " code; " + merge.changes().describe();
    String notes = snapshot.partial()
        ? "Partial compilation: only the modules it saw were updated; nothing was marked removed."
        : "";
    boolean failed = !snapshot.buildFailure().isEmpty();
    if (failed) {
      notes = ("The build failed: " + snapshot.buildFailure() + " " + notes).trim();
    }
    return LogEntry.at(LocalDateTime.now(clock), "Build: keep the project structure current",
        executed, List.of(STRUCTURE_PATH), failed ? LogStatus.FAILED : LogStatus.SUCCESS, notes);
  }
}
