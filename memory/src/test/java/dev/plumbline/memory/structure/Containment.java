package dev.plumbline.memory.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The append-only contract as a checkable relation: every key of the old document is still
 * there, every old array is a prefix of its new array, every old value is unchanged, except the
 * scalar fields the merge owns inside a module entry (and tombstone instants), which may take
 * newer values but stay present.
 */
final class Containment {

  private static final Set<String> OWNED_SCALARS = Set.of(
      "status", "integration", "critical", "compiledIn", "lastModified", "sourceFingerprint", "removed",
      "restored");

  private Containment() {}

  /** Returns null when {@code older} is contained in {@code newer}, else the first violation. */
  static @Nullable String violation(JsonNode older, JsonNode newer) {
    return check(older, newer, "");
  }

  private static @Nullable String check(JsonNode older, JsonNode newer, String path) {
    if (newer == null) {
      return path + " disappeared";
    }
    if (older.isObject()) {
      if (!newer.isObject()) {
        return path + " is no longer an object";
      }
      Iterator<Map.Entry<String, JsonNode>> fields = older.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path + "/" + field.getKey();
        if (isOwnedScalar(child)) {
          if (!newer.has(field.getKey())) {
            return child + " disappeared";
          }
          continue;
        }
        String problem = check(field.getValue(), newer.get(field.getKey()), child);
        if (problem != null) {
          return problem;
        }
      }
      return keyOrderProblem(older, newer, path);
    }
    if (older.isArray()) {
      if (!newer.isArray() || newer.size() < older.size()) {
        return path + " was shortened";
      }
      for (int i = 0; i < older.size(); i++) {
        String problem = check(older.get(i), newer.get(i), path + "/" + i);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    return older.equals(newer) ? null : path + " changed from " + older + " to " + newer;
  }

  /** Old keys keep their relative order. */
  private static @Nullable String keyOrderProblem(JsonNode older, JsonNode newer, String path) {
    Iterator<String> expected = older.fieldNames();
    Iterator<String> actual = newer.fieldNames();
    while (expected.hasNext()) {
      String key = expected.next();
      boolean found = false;
      while (actual.hasNext() && !found) {
        found = actual.next().equals(key);
      }
      if (!found) {
        return path + " reordered its keys at " + key;
      }
    }
    return null;
  }

  /** /modules/NAME/FIELD for owned scalars, and tombstone instants below removedItems. */
  private static boolean isOwnedScalar(String path) {
    String[] parts = path.split("/", -1);
    boolean moduleField = parts.length == 4 && parts[1].equals("modules")
        && OWNED_SCALARS.contains(parts[3]);
    boolean tombstone = parts.length >= 6 && parts[1].equals("modules")
        && (parts[3].equals("removedItems") || parts[3].equals("restoredItems"));
    return moduleField || tombstone;
  }
}
