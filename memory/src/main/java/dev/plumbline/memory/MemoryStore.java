// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryIoException;
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
   * did not change. Everything is decided before anything is written, and all files change in
   * one transaction: a failure leaves every file as it was.
   *
   * @param snapshot what the compilation saw
   * @param facts the project's real facts, used only to create a missing concept; may be null
   * @return what was done
   * @throws MemoryFileException when a file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public UpdateOutcome update(StructureSnapshot snapshot, ProjectFacts facts)
      throws MemoryFileException, IOException {
    ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      boolean recovered = journal.recover();
      Optional<LoadedFile> concept = reader.read(MemoryFile.CONCEPT);
      Optional<LoadedFile> structure = reader.read(MemoryFile.STRUCTURE);
      MergeResult merge = merger.merge(
          structure.map(file -> (ObjectNode) file.document()).orElse(null),
          snapshot, clock.instant());
      boolean changed = structure.isEmpty() || !merge.changes().isEmpty();
      boolean fingerprintsOnly = !changed && merge.documentChanged();
      boolean conceptCreated = concept.isEmpty() && facts != null;
      List<PlannedWrite> writes = new ArrayList<>();
      if (conceptCreated) {
        writes.add(new PlannedWrite(MemoryFile.CONCEPT,
            codec.toBytes(facts.toConcept(codec.mapper()))));
      }
      if (changed || fingerprintsOnly) {
        writes.add(new PlannedWrite(MemoryFile.STRUCTURE,
            codec.toBytes(merge.document(), structure.map(LoadedFile::hasBom).orElse(false))));
      }
      int archived = 0;
      if (changed) {
        // The log and the archive are read only when the build writes to them: a no-op build of
        // a project with a long log stays fast, and an invalid log still stops every write.
        archived = planLogAppend(structureEntry(merge, snapshot, structure.isEmpty()), writes);
      }
      boolean complete = commit(writes);
      return new UpdateOutcome(merge.changes(), changed || fingerprintsOnly, changed,
          merge.fingerprinted(), conceptCreated,
          concept.isEmpty() && !conceptCreated, archived, recovered, !complete);
    });
  }

  /**
   * Appends one entry to the log and applies the archive rule, as one transaction: the rule is
   * applied to the log with the new entry before anything is written.
   *
   * @param entry the entry (already validated by its constructor)
   * @return what was written
   * @throws MemoryFileException when the log or the archive is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written (nothing is written then)
   */
  public AppendOutcome appendLog(LogEntry entry) throws MemoryFileException, IOException {
    ensureDirectory();
    return MemoryLock.exclusive(memoryDirectory, () -> {
      journal.recover();
      List<PlannedWrite> writes = new ArrayList<>();
      int archived = planLogAppend(entry, writes);
      boolean complete = commit(writes);
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
      Optional<LoadedFile> log = reader.read(MemoryFile.LOG);
      Optional<LoadedFile> archive = reader.read(MemoryFile.ARCHIVE);
      if (log.isEmpty()) {
        return 0;
      }
      List<PlannedWrite> writes = new ArrayList<>();
      int moved = planArchive((ArrayNode) log.get().document(), log.get().content(),
          log.get().hasBom(), archive, writes);
      commit(writes);
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
   * Commits the writes as one transaction and remembers the new contents as valid.
   *
   * @return true when complete on disk; false when committed and left to the next recovery
   */
  private boolean commit(List<PlannedWrite> writes) throws MemoryFileException, IOException {
    boolean complete = journal.commit(writes);
    // After the commit nothing may fail: the cache only saves time, so a cache that cannot be
    // written (a full disk) means the next read checks the files in full.
    reader.rememberValid(writes.stream().map(PlannedWrite::file).toList(),
        writes.stream().map(PlannedWrite::after).toList());
    return complete;
  }

  /**
   * Creates {@code .claude/} when missing, with a {@code .gitignore} that keeps the lock,
   * journal and in-flight files out of version control (the memory files themselves belong in
   * it). An existing directory is left as it is.
   */
  private void ensureDirectory() throws IOException, MemoryFileException {
    if (existingDirectory()) {
      return;
    }
    try {
      Files.createDirectory(memoryDirectory);
    } catch (IOException e) {
      throw MemoryIoException.of("create the directory", memoryDirectory, e);
    }
    AtomicFiles.write(memoryDirectory.resolve(".gitignore"),
        """
            # Plumbline's lock, journal and in-flight files; the memory files are committed.
            .plumbline*
            """.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Plans the append of {@code entry} and the archive rule on the log that results, adding the
   * log's (and, when entries move, the archive's) new content to {@code writes}.
   *
   * @return how many entries the archive rule moves
   */
  private int planLogAppend(LogEntry entry, List<PlannedWrite> writes)
      throws MemoryFileException, IOException {
    Optional<LoadedFile> log = reader.read(MemoryFile.LOG);
    Optional<LoadedFile> archive = reader.read(MemoryFile.ARCHIVE);
    // The tree just read is this call's own copy: the entry is added to it directly.
    ArrayNode entries = log.map(file -> (ArrayNode) file.document())
        .orElseGet(() -> codec.mapper().createArrayNode());
    entries.add(entry.toJson(codec.mapper()));
    byte[] appended = log.isEmpty()
        ? codec.toBytes(entries)
        : LogAppender.append(log.get().content(), codec.toBytes(entry.toJson(codec.mapper())));
    int moved = planArchive(entries, appended, log.map(LoadedFile::hasBom).orElse(false),
        archive, writes);
    if (moved == 0) {
      writes.add(new PlannedWrite(MemoryFile.LOG, appended));
    }
    return moved;
  }

  /**
   * Plans the archive rule on a log, adding the new archive and log to {@code writes} when
   * entries move (the archive first, so that a reader without the lock sees an entry twice at
   * worst, never zero times).
   *
   * @return how many entries move
   */
  private int planArchive(ArrayNode log, byte[] logContent, boolean logBom,
      Optional<LoadedFile> archive, List<PlannedWrite> writes) throws MemoryFileException {
    Path logPath = MemoryFile.LOG.in(memoryDirectory);
    Optional<ArchivePlan> plan = archiveRule.plan(log, logPath, logContent,
        archive.map(file -> (ArrayNode) file.document()).orElse(null), LocalDate.now(clock));
    if (plan.isEmpty()) {
      return 0;
    }
    writes.add(new PlannedWrite(MemoryFile.ARCHIVE, codec.toBytes(plan.get().newArchive(),
        archive.map(LoadedFile::hasBom).orElse(false))));
    writes.add(new PlannedWrite(MemoryFile.LOG, codec.toBytes(plan.get().remaining(), logBom)));
    return plan.get().moved();
  }

  /**
   * Whether {@code .claude/} exists. A symbolic link there is followed only to a directory
   * inside the project: anything else would let a write land outside it.
   */
  private boolean existingDirectory() throws IOException, MemoryFileException {
    if (!Files.isSymbolicLink(memoryDirectory)) {
      return Files.isDirectory(memoryDirectory);
    }
    Path root = memoryDirectory.toAbsolutePath().getParent();
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
    return LogEntry.at(LocalDateTime.now(clock), "Build: keep the project structure current",
        executed, List.of(STRUCTURE_PATH), LogStatus.SUCCESS, notes);
  }
}
