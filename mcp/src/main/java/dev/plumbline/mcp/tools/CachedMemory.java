// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server's reads of the memory files, through the store (validated), remembered between
 * calls while the file is the same file: same file key (inode), size and modification time.
 * Every Plumbline write replaces a file by an atomic rename (a new inode) or grows it, so a
 * changed file is never served from memory; a 4.7 MB structure of 10,000 modules is then parsed
 * once per change instead of once per call.
 */
public final class CachedMemory {

  private record Stamp(Object key, long size, Instant modified) {}

  private record Entry(Stamp stamp, LoadedFile file) {}

  private final MemoryStore store;
  private final Map<MemoryFile, Entry> entries = new EnumMap<>(MemoryFile.class);

  /**
   * Creates the cache.
   *
   * @param store the project's memory
   */
  public CachedMemory(MemoryStore store) {
    this.store = store;
  }

  /**
   * The store itself, for writes.
   *
   * @return the store
   */
  public MemoryStore store() {
    return store;
  }

  /**
   * Reads a memory file, validated, from memory when it did not change since the last read.
   *
   * @param file which file
   * @return the file, or empty when it does not exist
   * @throws MemoryFileException when it is invalid
   * @throws IOException when it cannot be read
   */
  public synchronized Optional<LoadedFile> read(MemoryFile file)
      throws MemoryFileException, IOException {
    Path path = file.in(store.memoryDirectory());
    Stamp before = stamp(path);
    Entry cached = entries.get(file);
    if (before != null && cached != null && cached.stamp().equals(before)) {
      return Optional.of(cached.file());
    }
    Optional<LoadedFile> loaded = store.read(file);
    Stamp after = stamp(path);
    if (loaded.isPresent() && before != null && Objects.equals(before, after)) {
      entries.put(file, new Entry(before, loaded.get()));
    } else {
      entries.remove(file);
    }
    return loaded;
  }

  private static @Nullable Stamp stamp(Path path) throws IOException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return new Stamp(attributes.fileKey(), attributes.size(),
          attributes.lastModifiedTime().toInstant());
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
