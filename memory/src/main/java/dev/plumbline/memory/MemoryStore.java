// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.concept.ConceptDecision;
import dev.plumbline.memory.concept.ConceptProposal;
import dev.plumbline.memory.concept.ConceptProposals;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryIoException;
import dev.plumbline.memory.io.MemoryLock;
import dev.plumbline.memory.journal.Journal;
import dev.plumbline.memory.log.ArchivePlan;
import dev.plumbline.memory.log.ArchiveRule;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.log.LogTail;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.MergeResult;
import dev.plumbline.memory.structure.ModulePlan;
import dev.plumbline.memory.structure.ModulePlanner;
import dev.plumbline.memory.structure.StructureMerger;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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
   * and, when the structure changed, appends a log entry and applies the archive rule. When the
   * only difference is a first source fingerprint for entries written before fingerprints
   * existed, the structure is written without a log entry: the code did not change. Everything
   * is decided before anything is written, and all files change in one transaction: a failure
   * leaves every file as it was.
   *
   * @param snapshot what the compilation saw
   * @param facts the project's real facts, used only to create a missing concept; may be null
   * @return what was done
   * @throws MemoryFileException when a file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public UpdateOutcome update(StructureSnapshot snapshot, @Nullable ProjectFacts facts)
      throws MemoryFileException, IOException {
    boolean created = ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      writeGitignore(created);
      boolean recovered = journal.recover();
      Optional<LoadedFile> concept = reader.read(MemoryFile.CONCEPT);
      Optional<LoadedFile> structure = reader.read(MemoryFile.STRUCTURE);
      MergeResult merge = merger.merge(
          structure.map(file -> (ObjectNode) file.document()).orElse(null),
          snapshot, clock.instant());
      boolean changed = structure.isEmpty() || !merge.changes().isEmpty();
      boolean fingerprintsOnly = !changed && merge.documentChanged();
      boolean conceptCreated = concept.isEmpty() && facts != null;
      Transaction transaction = new Transaction();
      if (conceptCreated && facts != null) {
        transaction.replace(MemoryFile.CONCEPT,
            codec.toBytes(facts.toConcept(codec.mapper())), null);
      }
      if (changed || fingerprintsOnly) {
        transaction.replace(MemoryFile.STRUCTURE, codec.toBytes(merge.document(),
            structure.map(LoadedFile::hasBom).orElse(false)), null);
      }
      // The log and the archive are looked at only when the build writes to them: an invalid
      // log still stops every write that would touch it.
      int archived = changed
          ? planAppend(structureEntry(merge, snapshot, structure.isEmpty()), transaction)
          : 0;
      boolean complete = commit(transaction);
      return new UpdateOutcome(merge.changes(), changed || fingerprintsOnly, changed,
          merge.fingerprinted(), conceptCreated,
          concept.isEmpty() && !conceptCreated, archived, recovered, !complete);
    });
  }

  /**
   * Appends one entry to the log and applies the archive rule, as one transaction: the rule is
   * applied to the log with the new entry before anything is written. The entry is written in
   * place after the last one, so the cost does not depend on the size of the log, and the log
   * is not read at all when it is still the file last validated or written.
   *
   * @param entry the entry (already validated by its constructor)
   * @return what was written
   * @throws MemoryFileException when the log or the archive is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public AppendOutcome appendLog(LogEntry entry) throws MemoryFileException, IOException {
    boolean created = ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      writeGitignore(created);
      journal.recover();
      Transaction transaction = new Transaction();
      int archived = planAppend(entry, transaction);
      boolean complete = commit(transaction);
      return new AppendOutcome(archived, !complete);
    });
  }

  /**
   * Applies the archive rule now.
   *
   * @return how many entries moved (0 when the log holds 200 entries or fewer)
   * @throws MemoryFileException when a file is invalid (nothing moves then)
   * @throws IOException when a file cannot be read or written (nothing moves then)
   */
  public int archive() throws MemoryFileException, IOException {
    if (!existingDirectory()) {
      return 0;
    }
    return MemoryLock.exclusive(memoryDirectory, () -> {
      journal.recover();
      MemoryReader.LogState log = reader.inspectLog(MemoryFile.LOG);
      if (!ArchiveRule.mayMove(log.facts().entries(), log.facts().oldest(), today())) {
        return 0;
      }
      LoadedFile content = loaded(log, MemoryFile.LOG);
      Optional<ArchivePlan> plan = archiveRule.plan((ArrayNode) content.document(),
          content.path(), content.content(), today());
      if (plan.isEmpty()) {
        return 0;
      }
      Transaction transaction = new Transaction();
      int moved = planMove(plan.get(), content.hasBom(), transaction);
      commit(transaction);
      return moved;
    });
  }

  /**
   * Checks every memory file that exists against JSON syntax and its schema, in full, after
   * completing an interrupted earlier write. Writes nothing unless such a write is pending, and
   * so works on a read-only checkout too (where a pending write is reported, not completed).
   *
   * @return one problem per invalid file; empty when all are valid
   * @throws IOException when a file cannot be read
   * @throws MemoryFileException when {@code .claude/} or its lock file is a symbolic link that
   *     Plumbline does not follow
   */
  public List<MemoryFileException> validate() throws IOException, MemoryFileException {
    List<MemoryFileException> problems = new ArrayList<>();
    if (!existingDirectory()) {
      return problems;
    }
    if (journal.needsRecovery()) {
      if (Files.isWritable(memoryDirectory)) {
        try {
          MemoryLock.exclusive(memoryDirectory, journal::recover);
        } catch (MemoryFileException e) {
          problems.add(e);
        }
      } else {
        problems.add(journal.pendingInReadOnlyDirectory());
      }
    }
    return MemoryLock.shared(memoryDirectory, () -> {
      for (MemoryFile file : MemoryFile.values()) {
        try {
          reader.readFullyChecked(file);
        } catch (MemoryFileException e) {
          problems.add(e);
        }
      }
      return problems;
    });
  }

  /**
   * Reads one memory file (validated) without changing anything, while no writer is writing.
   * An interrupted earlier write is completed first where the directory is writable.
   *
   * @param file which file
   * @return the file, or empty when it does not exist
   * @throws MemoryFileException when it is invalid
   * @throws IOException when it cannot be read
   */
  public Optional<LoadedFile> read(MemoryFile file) throws MemoryFileException, IOException {
    if (!existingDirectory()) {
      return Optional.empty();
    }
    if (journal.needsRecovery() && Files.isWritable(memoryDirectory)) {
      MemoryLock.exclusive(memoryDirectory, journal::recover);
    }
    return MemoryLock.shared(memoryDirectory, () -> reader.read(file));
  }

  /**
   * Reads one memory file (validated) for a caller that holds this memory's exclusive lock
   * ({@link MemoryLock#exclusive} on {@link #memoryDirectory()}), such as a writer of files
   * derived from the memory that must not interleave with another one: {@link #read} would take
   * the lock a second time. An interrupted earlier write is completed first.
   *
   * @param file which file
   * @return the file, or empty when it does not exist
   * @throws MemoryFileException when it is invalid
   * @throws IOException when it cannot be read
   */
  public Optional<LoadedFile> readHoldingLock(MemoryFile file)
      throws MemoryFileException, IOException {
    journal.recover();
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
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public ModulePlanner.PlanResult planModule(ModulePlan plan)
      throws MemoryFileException, IOException {
    boolean created = ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      writeGitignore(created);
      journal.recover();
      Optional<LoadedFile> structure = reader.read(MemoryFile.STRUCTURE);
      ModulePlanner.PlanResult result = planner.plan(
          structure.map(file -> (ObjectNode) file.document()).orElse(null), plan,
          clock.instant());
      if (result.changed()) {
        LogEntry entry = LogEntry.at(LocalDateTime.now(clock), "Plan module " + plan.name(),
            "Recorded planned module " + plan.name() + " in " + STRUCTURE_PATH,
            List.of(STRUCTURE_PATH), LogStatus.SUCCESS, plan.description());
        Transaction transaction = new Transaction();
        transaction.replace(MemoryFile.STRUCTURE, codec.toBytes(result.document(),
            structure.map(LoadedFile::hasBom).orElse(false)), null);
        commitWithLog(transaction, entry);
      }
      return result;
    });
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
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public int proposeConcept(ConceptProposal proposal) throws MemoryFileException, IOException {
    boolean created = ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      writeGitignore(created);
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
      Transaction transaction = new Transaction();
      transaction.replace(MemoryFile.CONCEPT_PROPOSALS, codec.toBytes(all,
          proposals.map(LoadedFile::hasBom).orElse(false)), null);
      commitWithLog(transaction, entry);
      return id;
    });
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
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public ConceptDecision decideConceptProposal(OptionalInt id, boolean approve)
      throws MemoryFileException, IOException {
    boolean created = ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      writeGitignore(created);
      journal.recover();
      Optional<LoadedFile> concept = reader.read(MemoryFile.CONCEPT);
      Optional<LoadedFile> proposals = reader.read(MemoryFile.CONCEPT_PROPOSALS);
      ArrayNode all = proposals.map(file -> (ArrayNode) file.document()).orElse(null);
      int index = ConceptProposals.select(all, id);
      ArrayNode existing =
          Objects.requireNonNull(all, "a selected proposal comes from an existing file");
      JsonNode stored = existing.get(index);
      int number = stored.path("id").asInt();
      Transaction transaction = new Transaction();
      List<String> changes = List.of();
      if (approve) {
        ConceptProposals.Applied applied = conceptProposals.apply(
            concept.map(file -> (ObjectNode) file.document()).orElse(null), stored,
            clock.instant());
        changes = applied.changes();
        transaction.replace(MemoryFile.CONCEPT, codec.toBytes(applied.concept(),
            concept.map(LoadedFile::hasBom).orElse(false)), null);
      }
      transaction.replace(MemoryFile.CONCEPT_PROPOSALS, codec.toBytes(
          ConceptProposals.decide(existing, index,
              approve ? ConceptProposals.APPROVED : ConceptProposals.REJECTED,
              clock.instant()), proposals.map(LoadedFile::hasBom).orElse(false)), null);
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
      commitWithLog(transaction, entry);
      return new ConceptDecision(number, stored.path("reason").asText(), approve, changes);
    });
  }

  /**
   * Plans one new log entry (and the archive rule on the log with it) into the transaction and
   * commits it all as one. The caller holds the lock.
   *
   * @return how many entries the archive rule moved
   */
  private int commitWithLog(Transaction transaction, LogEntry entry)
      throws MemoryFileException, IOException {
    int archived = planAppend(entry, transaction);
    commit(transaction);
    return archived;
  }

  /**
   * Commits the transaction and remembers the new contents as valid.
   *
   * @return true when complete on disk; false when committed and left to the next recovery
   */
  private boolean commit(Transaction transaction) throws MemoryFileException, IOException {
    boolean complete = journal.commit(transaction.operations());
    if (complete) {
      // After the commit nothing may fail: remembering only saves time, and never throws.
      reader.rememberValid(transaction.written());
    }
    return complete;
  }

  /**
   * Creates {@code .claude/} when missing (one level: the project root must exist). The caller
   * then writes a {@code .gitignore} there, under the lock, that keeps the lock, journal, cache
   * and in-flight files out of version control (the memory files themselves belong in it). An
   * existing directory is left as it is.
   *
   * @return true when this call created the directory
   */
  private boolean ensureDirectory() throws IOException, MemoryFileException {
    if (existingDirectory()) {
      return false;
    }
    try {
      Files.createDirectory(memoryDirectory);
      return true;
    } catch (FileAlreadyExistsException e) {
      // Another writer created it just now: it writes the .gitignore.
      return false;
    } catch (IOException e) {
      throw MemoryIoException.of("create the directory", memoryDirectory, e);
    }
  }

  /**
   * Writes the new directory's {@code .gitignore}, under the lock: another writer's recovery
   * deletes temporary files it finds, which an unlocked write could be in the middle of.
   */
  private void writeGitignore(boolean created) throws IOException {
    if (created) {
      AtomicFiles.write(memoryDirectory.resolve(".gitignore"),
          """
              # Plumbline's lock, journal and in-flight files; the memory files are committed.
              .plumbline*
              """.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Plans appending {@code entry} to the log, and the archive rule on the log that results.
   * While the log holds at most 200 entries or none older than 30 days (known from the
   * validation cache, without reading the log), only the new tail is written.
   *
   * @return how many entries the archive rule moves
   */
  private int planAppend(LogEntry entry, Transaction transaction)
      throws MemoryFileException, IOException {
    MemoryReader.LogState log = reader.inspectLog(MemoryFile.LOG);
    ObjectNode node = entry.toJson(codec.mapper());
    LogFacts after = log.facts().plus(List.of(entry.date()));
    if (log.exists() && ArchiveRule.mayMove(after.entries(), after.oldest(), today())) {
      LoadedFile content = loaded(log, MemoryFile.LOG);
      ArrayNode entries = (ArrayNode) content.document();
      entries.add(node);
      Optional<ArchivePlan> plan = archiveRule.plan(entries, content.path(), content.content(),
          today());
      if (plan.isPresent()) {
        return planMove(plan.get(), content.hasBom(), transaction);
      }
    }
    if (!log.exists()) {
      transaction.replace(MemoryFile.LOG,
          codec.toBytes(codec.mapper().createArrayNode().add(node)), after);
      return 0;
    }
    LogTail tail = tail(log, MemoryFile.LOG);
    transaction.append(MemoryFile.LOG, tail.offset(), tail.render(List.of(codec.toBytes(node))),
        after);
    return 0;
  }

  /**
   * Plans an archive move: the moved entries are appended to the archive (in place: the cost
   * grows with the entries moved, not with the archive) before the log is replaced by the
   * entries that stay, so that a reader without the lock sees an entry twice at worst, never
   * zero times.
   *
   * @return how many entries move
   */
  private int planMove(ArchivePlan plan, boolean logBom, Transaction transaction)
      throws MemoryFileException, IOException {
    MemoryReader.LogState archive = reader.inspectLog(MemoryFile.ARCHIVE);
    List<LocalDate> dates = new ArrayList<>();
    List<byte[]> moved = new ArrayList<>();
    for (JsonNode entry : plan.moved()) {
      dates.add(LocalDate.parse(entry.path("date").asText()));
      moved.add(codec.toBytes(entry));
    }
    if (archive.exists()) {
      LogTail tail = tail(archive, MemoryFile.ARCHIVE);
      transaction.append(MemoryFile.ARCHIVE, tail.offset(), tail.render(moved),
          archive.facts().plus(dates));
    } else {
      transaction.replace(MemoryFile.ARCHIVE, codec.toBytes(plan.moved()),
          LogFacts.NONE.plus(dates));
    }
    transaction.replace(MemoryFile.LOG, codec.toBytes(plan.remaining(), logBom),
        LogFacts.of(plan.remaining()));
    return plan.moved().size();
  }

  /** The file's content: as inspected, or read now without a second check. */
  private LoadedFile loaded(MemoryReader.LogState state, MemoryFile kind)
      throws MemoryFileException, IOException {
    return state.loaded().isPresent() ? state.loaded().get() : reader.readKnownValid(kind);
  }

  /** Where new entries go in an existing log or archive: found by reading only its end. */
  private LogTail tail(MemoryReader.LogState state, MemoryFile kind) throws IOException {
    if (state.loaded().isPresent()) {
      return LogTail.locate(state.loaded().get().content());
    }
    Path path = kind.in(memoryDirectory);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      return LogTail.locate(channel);
    } catch (IOException e) {
      throw MemoryIoException.of("read", path, e);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Whether {@code .claude/} exists. A symbolic link there is followed only to a directory
   * inside the project: anything else would let a write land outside it.
   */
  private boolean existingDirectory() throws IOException, MemoryFileException {
    if (!Files.isSymbolicLink(memoryDirectory)) {
      return Files.isDirectory(memoryDirectory);
    }
    Path root = Objects.requireNonNull(memoryDirectory.toAbsolutePath().getParent(),
        "the memory directory lies inside the project directory");
    Path target;
    try {
      target = memoryDirectory.toRealPath();
    } catch (IOException e) {
      throw new MemoryFileException(memoryDirectory, 0, 0, "is a symbolic link to a missing"
          + " directory", "Nothing was written: make it a directory (or a link to a directory"
          + " inside the project) and run again");
    }
    if (!target.startsWith(root.toRealPath()) || !Files.isDirectory(target)) {
      throw new MemoryFileException(memoryDirectory, 0, 0, "is a symbolic link to " + target
          + ", which is not a directory inside the project", "Plumbline keeps the project"
          + " memory inside the project and wrote nothing: make " + MemoryFile.DIRECTORY
          + " a directory and run again");
    }
    return true;
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
