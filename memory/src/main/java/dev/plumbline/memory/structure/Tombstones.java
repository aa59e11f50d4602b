// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Marks what disappeared from the code instead of deleting it. A module carries {@code removed}
 * (and {@code restored} once it came back); an item of a list carries the same pair of instants in
 * {@code removedItems} / {@code restoredItems}, keyed by list name and item. Something is
 * currently removed when its {@code removed} instant is later than its {@code restored} one.
 */
final class Tombstones {

  static final String REMOVED = "removed";
  static final String RESTORED = "restored";
  static final String REMOVED_ITEMS = "removedItems";
  static final String RESTORED_ITEMS = "restoredItems";

  private Tombstones() {}

  /** The instant written into tombstones: UTC, whole seconds, so that strings sort by time. */
  static String stamp(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static boolean isRemoved(ObjectNode module) {
    return isRemoved(text(module.get(REMOVED)), text(module.get(RESTORED)));
  }

  static void markRemoved(ObjectNode module, String stamp) {
    module.put(REMOVED, after(stamp, text(module.get(RESTORED))));
  }

  static void restore(ObjectNode module, String stamp) {
    module.put(RESTORED, notBefore(stamp, text(module.get(REMOVED))));
  }

  static boolean isItemRemoved(ObjectNode module, String list, String item) {
    return isRemoved(itemStamp(module, REMOVED_ITEMS, list, item),
        itemStamp(module, RESTORED_ITEMS, list, item));
  }

  static void markItemRemoved(ObjectNode module, String list, String item, String stamp) {
    String restored = itemStamp(module, RESTORED_ITEMS, list, item);
    module.withObjectProperty(REMOVED_ITEMS).withObjectProperty(list)
        .put(item, after(stamp, restored));
  }

  static void restoreItem(ObjectNode module, String list, String item, String stamp) {
    String removed = itemStamp(module, REMOVED_ITEMS, list, item);
    module.withObjectProperty(RESTORED_ITEMS).withObjectProperty(list)
        .put(item, notBefore(stamp, removed));
  }

  private static boolean isRemoved(@Nullable String removed, @Nullable String restored) {
    return removed != null && (restored == null || restored.compareTo(removed) < 0);
  }

  /**
   * A removal must sort after the last restoration even when both happen within one second
   * (fast rebuilds, fixed test clocks), or it would read as "present".
   */
  private static String after(String stamp, @Nullable String restored) {
    if (restored == null || stamp.compareTo(restored) > 0) {
      return stamp;
    }
    return stamp(Instant.parse(restored).plusSeconds(1));
  }

  private static String notBefore(String stamp, @Nullable String removed) {
    return removed != null && stamp.compareTo(removed) < 0 ? removed : stamp;
  }

  private static @Nullable String itemStamp(ObjectNode module, String field, String list, String item) {
    return text(module.path(field).path(list).get(item));
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || !node.isTextual() ? null : node.asText();
  }
}
