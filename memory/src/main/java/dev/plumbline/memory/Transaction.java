// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import dev.plumbline.memory.journal.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The changes one command plans before it writes anything: the journal's operations, in order,
 * and for each file what the validation cache must remember once they are committed.
 */
final class Transaction {

  private final List<Operation> operations = new ArrayList<>();
  private final Map<MemoryFile, ValidationCache.Written> written = new LinkedHashMap<>();

  /** Plans replacing {@code file} with {@code content}; {@code facts} for the log and archive. */
  void replace(MemoryFile file, byte[] content, @Nullable LogFacts facts) {
    operations.add(new Operation.Replace(file, content));
    written.put(file, new ValidationCache.Written(content, facts));
  }

  /** Plans writing {@code tail} over the end of {@code file}, from {@code offset}. */
  void append(MemoryFile file, long offset, byte[] tail, LogFacts facts) {
    operations.add(new Operation.Append(file, offset, tail));
    written.put(file, new ValidationCache.Written(null, facts));
  }

  List<Operation> operations() {
    return operations;
  }

  Map<MemoryFile, ValidationCache.Written> written() {
    return written;
  }
}
