// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.digest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Regenerates the digest of one project: reads the memory and writes the section, holding the
 * memory lock so that two builds (or a build and the command line) write the section of the
 * memory as it is, never an older one over a newer one.
 */
public final class DigestGenerator {

  private final DigestRenderer renderer;

  /**
   * Creates a generator.
   *
   * @param settings budget, command and log entries
   */
  public DigestGenerator(DigestSettings settings) {
    this.renderer = new DigestRenderer(settings);
  }

  /**
   * Renders the section from the memory as it is now, without writing anything.
   *
   * @param store the project's memory
   * @return the section
   * @throws MemoryFileException when a memory file is invalid
   * @throws IOException when a file cannot be read
   */
  public String render(MemoryStore store) throws MemoryFileException, IOException {
    return renderer.render(document(store.read(MemoryFile.CONCEPT)),
        document(store.read(MemoryFile.STRUCTURE)), document(store.read(MemoryFile.LOG)));
  }

  /**
   * Writes the section into AGENTS.md (and CLAUDE.md) of the project.
   *
   * @param projectRoot the project root
   * @param store the project's memory
   * @return one outcome per file
   * @throws MemoryFileException when a memory file is invalid (nothing is written then)
   * @throws IOException when a file cannot be read or written, or the project has no
   *     {@code .claude/} directory
   */
  public List<DigestOutcome> generate(Path projectRoot, MemoryStore store)
      throws MemoryFileException, IOException {
    if (!Files.isDirectory(store.memoryDirectory())) {
      throw new IOException("no " + MemoryFile.DIRECTORY + "/ in " + projectRoot
          + ": build the project once (the Plumbline processor creates the memory)");
    }
    // Rendered and written under the lock, so that two writers never leave an older digest
    // last; the memory is read holding it (a plain read would take it a second time).
    return MemoryLock.exclusive(store.memoryDirectory(),
        () -> DigestFiles.write(projectRoot, renderer.render(
            document(store.readHoldingLock(MemoryFile.CONCEPT)),
            document(store.readHoldingLock(MemoryFile.STRUCTURE)),
            document(store.readHoldingLock(MemoryFile.LOG)))));
  }

  private static @Nullable JsonNode document(Optional<LoadedFile> file) {
    return file.map(LoadedFile::document).orElse(null);
  }
}
