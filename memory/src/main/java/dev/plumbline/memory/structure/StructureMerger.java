// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Merges what a compilation saw into {@code project_structure.json}, append-only.
 *
 * <p>Nothing already in the document is deleted, shortened or reordered: list fields only grow
 * (items gone from the code get a tombstone in {@code removedItems}), modules gone from the code
 * get a {@code removed} instant, fields the merge does not own are never touched, and new keys
 * go at the end in a fixed order so diffs stay small. The fields the merge owns are updated in
 * place: {@code critical}, {@code compiledIn}, {@code sourceFingerprint}, {@code lastModified}
 * (only forward, and only when the fingerprint shows that the sources changed),
 * {@code integration} (see {@link #updateIntegration}: a measured level of {@code plumbline
 * verify} is replaced only by a complete compilation's EXISTS), and {@code status}
 * while it is still "planned".
 *
 * <p>The code changed when a complete compilation's {@link SourceFingerprint} differs from the
 * stored one. Modification times are not evidence: every fresh clone resets them. An entry
 * without a stored fingerprint (written before the field existed) receives it silently: it is
 * reported in {@link MergeResult#fingerprinted()}, not as a change, when nothing else changed.
 */
public final class StructureMerger {

  /** Version of the document layout written into {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  static final String MODULES = "modules";
  static final String STATUS = "status";
  static final String INTEGRATION = "integration";
  static final String CRITICAL = "critical";
  static final String ORIGIN = "origin";
  static final String COMPILED_IN = "compiledIn";
  static final String DEPENDENCIES = "dependencies";
  static final String FILES = "files";
  static final String PUBLIC_API = "publicApi";
  static final String LAST_MODIFIED = "lastModified";
  static final String SOURCE_FINGERPRINT = "sourceFingerprint";

  private final ObjectMapper mapper;
  private final String generatedBy;

  /**
   * Creates a merger.
   *
   * @param mapper creates new JSON nodes
   * @param generatedBy the value of {@code generatedBy} in a newly created document
   */
  public StructureMerger(ObjectMapper mapper, String generatedBy) {
    this.mapper = mapper;
    this.generatedBy = generatedBy;
  }

  /**
   * Merges a snapshot into a document.
   *
   * @param existing the current document (already schema-valid), or null when there is none
   * @param snapshot what the compilation saw
   * @param now the time written into tombstones
   * @return the merged copy and its changes; the document equals {@code existing} when nothing
   *     changed
   */
  public MergeResult merge(@Nullable ObjectNode existing, StructureSnapshot snapshot, Instant now) {
    ObjectNode document = existing == null ? newDocument() : existing.deepCopy();
    ObjectNode modules = document.withObjectProperty(MODULES);
    String stamp = Tombstones.stamp(now);
    List<String> added = new ArrayList<>();
    List<String> restored = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> fingerprinted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ModuleSnapshot> ordered = new ArrayList<>(snapshot.modules());
    ordered.sort(Comparator.comparing(ModuleSnapshot::name));
    for (ModuleSnapshot module : ordered) {
      seen.add(module.name());
      JsonNode current = modules.get(module.name());
      if (current == null) {
        modules.set(module.name(), create(module, snapshot));
        added.add(module.name());
        continue;
      }
      ObjectNode entry = (ObjectNode) current;
      JsonNode before = entry.deepCopy();
      boolean wasRemoved = Tombstones.isRemoved(entry);
      boolean firstFingerprint = update(entry, module, snapshot, stamp);
      if (wasRemoved) {
        Tombstones.restore(entry, stamp);
        restored.add(module.name());
      } else if (firstFingerprint && before.equals(withoutFingerprint(entry))) {
        fingerprinted.add(module.name());
      } else if (!before.equals(entry)) {
        changed.add(module.name());
      }
    }
    changed.addAll(updateOtherModules(modules, snapshot, seen));
    List<String> removed = snapshot.partial()
        ? List.of()
        : markRemovedModules(modules, seen, snapshot.scope(), stamp);
    return new MergeResult(document, new StructureChanges(added, removed, restored, changed),
        fingerprinted);
  }

  private static JsonNode withoutFingerprint(ObjectNode entry) {
    ObjectNode copy = entry.deepCopy();
    copy.remove(SOURCE_FINGERPRINT);
    return copy;
  }

  private ObjectNode newDocument() {
    ObjectNode document = mapper.createObjectNode();
    document.put("schemaVersion", SCHEMA_VERSION);
    document.put("generatedBy", generatedBy);
    document.putObject(MODULES);
    return document;
  }

  private ObjectNode create(ModuleSnapshot module, StructureSnapshot snapshot) {
    String scope = snapshot.scope();
    ObjectNode entry = mapper.createObjectNode();
    entry.put(STATUS, module.status().jsonValue());
    IntegrationLevel level =
        module.integration() == null ? IntegrationLevel.EXISTS : module.integration();
    entry.put(INTEGRATION, level.name());
    entry.put(CRITICAL, module.critical());
    entry.put(ORIGIN, "code");
    if (!scope.isEmpty()) {
      entry.put(COMPILED_IN, scope);
    }
    ArrayNode dependencies = entry.putArray(DEPENDENCIES);
    module.dependencies().forEach(dependencies::add);
    ArrayNode files = entry.putArray(FILES);
    module.files().forEach(files::add);
    ObjectNode api = entry.putObject(PUBLIC_API);
    module.publicApi().forEach((type, methods) -> {
      ArrayNode array = api.putArray(type);
      methods.forEach(array::add);
    });
    if (module.lastModified() != null) {
      entry.put(LAST_MODIFIED, module.lastModified().toString());
    }
    if (module.sourceFingerprint() != null && !snapshot.partial()) {
      entry.put(SOURCE_FINGERPRINT, module.sourceFingerprint());
    }
    return entry;
  }

  /** Returns true when the entry received its first source fingerprint. */
  private boolean update(ObjectNode entry, ModuleSnapshot module, StructureSnapshot snapshot,
      String stamp) {
    boolean partial = snapshot.partial();
    if (!snapshot.scope().isEmpty()
        && !snapshot.scope().equals(entry.path(COMPILED_IN).asText(null))) {
      // The module moved to another compilation (or was planned by people): record where it is.
      entry.put(COMPILED_IN, snapshot.scope());
    }
    if (ModuleStatus.PLANNED.jsonValue().equals(entry.path(STATUS).asText())
        && module.status() != ModuleStatus.PLANNED) {
      entry.put(STATUS, module.status().jsonValue());
    }
    updateIntegration(entry, module.integration(), partial);
    if (!entry.has(CRITICAL) || entry.get(CRITICAL).asBoolean() != module.critical()) {
      entry.put(CRITICAL, module.critical());
    }
    mergeList(entry, DEPENDENCIES, module.dependencies(), partial, stamp);
    mergeList(entry, FILES, module.files(), partial, stamp);
    mergePublicApi(entry, module.publicApi(), partial, stamp);
    return updateSourceState(entry, module, partial);
  }

  /**
   * Updates {@code sourceFingerprint} and {@code lastModified}. A partial compilation saw only
   * part of the files, so its fingerprint says nothing about the module: it only fills a missing
   * date. A snapshot without a fingerprint (sources not readable) falls back to the date alone.
   *
   * @return true when the entry had no fingerprint and now has one
   */
  private static boolean updateSourceState(ObjectNode entry, ModuleSnapshot module,
      boolean partial) {
    String fingerprint = module.sourceFingerprint();
    if (partial || fingerprint == null) {
      if (!partial || !entry.has(LAST_MODIFIED)) {
        advanceLastModified(entry, module);
      }
      return false;
    }
    JsonNode stored = entry.get(SOURCE_FINGERPRINT);
    if (stored != null && stored.asText().equals(fingerprint)) {
      return false;
    }
    entry.put(SOURCE_FINGERPRINT, fingerprint);
    if (stored == null) {
      // Written before fingerprints existed: whether the code changed since is unknown, so the
      // date stays (or is filled when missing) and the fingerprint becomes the reference.
      if (!entry.has(LAST_MODIFIED)) {
        advanceLastModified(entry, module);
      }
      return true;
    }
    advanceLastModified(entry, module);
    return false;
  }

  private static void advanceLastModified(ObjectNode entry, ModuleSnapshot module) {
    if (module.lastModified() == null) {
      return;
    }
    String newest = module.lastModified().toString();
    JsonNode current = entry.get(LAST_MODIFIED);
    if (current == null || newest.compareTo(current.asText()) > 0) {
      entry.put(LAST_MODIFIED, newest);
    }
  }

  /**
   * One vocabulary for every writer. A compilation decides EXISTS or WIRED; {@code plumbline
   * verify} measures every level (its snapshot names them through {@code otherModules}) and its
   * value replaces any other. A compilation's WIRED leaves a measured level (TESTED, ACTIVE,
   * COMPLETE) in place, since the measurement knows more; its EXISTS from a complete view (the
   * module is no longer reachable) replaces it, so the memory never claims WIRED, ACTIVE or
   * COMPLETE for a module the compiler has just found NOT WIRED.
   */
  private static void updateIntegration(
      ObjectNode entry, @Nullable IntegrationLevel level, boolean partial) {
    JsonNode current = entry.get(INTEGRATION);
    if (level == null) {
      if (current == null) {
        entry.put(INTEGRATION, IntegrationLevel.EXISTS.name());
      }
      return;
    }
    boolean measured = !IntegrationLevel.COMPILE_TIME.contains(level);
    boolean currentMeasured = current != null && !isCompileTimeLevel(current.asText());
    if (!measured && currentMeasured && (level == IntegrationLevel.WIRED || partial)) {
      return;
    }
    boolean wasWired = current != null && IntegrationLevel.WIRED.name().equals(current.asText());
    if (partial && wasWired && level == IntegrationLevel.EXISTS) {
      // A partial view cannot prove that a module is no longer reachable.
      return;
    }
    if (current == null || !current.asText().equals(level.name())) {
      entry.put(INTEGRATION, level.name());
    }
  }

  private static boolean isCompileTimeLevel(String value) {
    for (IntegrationLevel level : IntegrationLevel.COMPILE_TIME) {
      if (level.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void mergeList(
      ObjectNode entry, String field, List<String> items, boolean partial, String stamp) {
    if (!entry.has(field) && items.isEmpty()) {
      return;
    }
    mergeItems(entry, entry.withArrayProperty(field), field, "", items, partial, stamp);
  }

  private static void mergePublicApi(
      ObjectNode entry, Map<String, List<String>> types, boolean partial, String stamp) {
    if (!entry.has(PUBLIC_API) && types.isEmpty()) {
      return;
    }
    ObjectNode api = entry.withObjectProperty(PUBLIC_API);
    for (Map.Entry<String, List<String>> type : types.entrySet()) {
      if (!api.has(type.getKey())) {
        api.putArray(type.getKey());
      } else if (Tombstones.isItemRemoved(entry, PUBLIC_API, type.getKey())) {
        Tombstones.restoreItem(entry, PUBLIC_API, type.getKey(), stamp);
      }
      ArrayNode methods = (ArrayNode) api.get(type.getKey());
      mergeItems(entry, methods, PUBLIC_API, type.getKey() + "#", type.getValue(), partial, stamp);
    }
    if (partial) {
      return;
    }
    Iterator<String> names = api.fieldNames();
    while (names.hasNext()) {
      String type = names.next();
      if (!types.containsKey(type) && !Tombstones.isItemRemoved(entry, PUBLIC_API, type)) {
        Tombstones.markItemRemoved(entry, PUBLIC_API, type, stamp);
      }
    }
  }

  /**
   * Appends new items, restores returning ones and, on a full view, tombstones missing ones.
   * Tombstone keys are {@code prefix + item}, so methods are keyed {@code Type#signature}.
   */
  private static void mergeItems(ObjectNode entry, ArrayNode array, String list, String prefix,
      List<String> items, boolean partial, String stamp) {
    Set<String> present = new LinkedHashSet<>();
    array.forEach(node -> present.add(node.asText()));
    for (String item : items) {
      if (present.add(item)) {
        array.add(item);
      } else if (Tombstones.isItemRemoved(entry, list, prefix + item)) {
        Tombstones.restoreItem(entry, list, prefix + item, stamp);
      }
    }
    if (partial) {
      return;
    }
    Set<String> current = new HashSet<>(items);
    for (String item : present) {
      if (!current.contains(item) && !Tombstones.isItemRemoved(entry, list, prefix + item)) {
        Tombstones.markItemRemoved(entry, list, prefix + item, stamp);
      }
    }
  }

  /**
   * An application compilation decides the wiring of library modules compiled before it. A name
   * that is also among the snapshot's own modules is skipped: the module's own entry wins.
   */
  private static List<String> updateOtherModules(ObjectNode modules, StructureSnapshot snapshot,
      Set<String> seen) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, IntegrationLevel> other : snapshot.otherModules().entrySet()) {
      if (seen.contains(other.getKey())) {
        continue;
      }
      JsonNode entry = modules.get(other.getKey());
      if (entry == null || !entry.isObject()) {
        continue;
      }
      JsonNode before = entry.deepCopy();
      updateIntegration((ObjectNode) entry, other.getValue(), snapshot.partial());
      if (!before.equals(entry)) {
        changed.add(other.getKey());
      }
    }
    return changed;
  }

  /**
   * Only modules the code produced in this same compilation are tracked: a module people planned
   * is theirs, and one compiled in another Maven module is that compilation's to mark.
   */
  private static List<String> markRemovedModules(ObjectNode modules, Set<String> seen,
      String scope, String stamp) {
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> module : modules.properties()) {
      ObjectNode entry = (ObjectNode) module.getValue();
      boolean tracked = entry.has(FILES)
          && !ModuleStatus.PLANNED.jsonValue().equals(entry.path(STATUS).asText())
          && scope.equals(entry.path(COMPILED_IN).asText(""));
      if (!seen.contains(module.getKey()) && tracked && !Tombstones.isRemoved(entry)) {
        Tombstones.markRemoved(entry, stamp);
        removed.add(module.getKey());
      }
    }
    return removed;
  }
}
