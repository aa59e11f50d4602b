// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.assistant.tokens.TokenEstimate;
import dev.plumbline.assistant.view.ModuleRanking;
import dev.plumbline.assistant.view.ModuleView;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.concept.ConceptProposals;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code memory_read}: what the rulebook says to read before any work, in one call and within a
 * token budget: the concept (with pending proposals), the modules that match the filters, ranked
 * so that what needs attention comes first (critical and unwired, unwired, planned, critical,
 * the rest, removed), and the latest log entries.
 */
public final class MemoryReadTool extends MemoryTool {

  /** The default budget: enough for the concept, ten log entries and a few dozen modules. */
  public static final int DEFAULT_BUDGET = 4000;

  private static final Set<String> HEAVY = Set.of("files", "publicApi", "removedItems",
      "restoredItems", "sourceFingerprint");

  private final CachedMemory store;
  private final ObjectMapper mapper;

  /**
   * Creates the tool.
   *
   * @param store the project's memory, read through the server's cache
   * @param mapper creates result nodes
   */
  public MemoryReadTool(CachedMemory store, ObjectMapper mapper) {
    super("memory_read");
    this.store = store;
    this.mapper = mapper;
  }

  @Override
  public JsonNode call(Arguments arguments)
      throws ToolInputException, MemoryFileException, IOException {
    int budget = arguments.integer("token_budget", DEFAULT_BUDGET, 200, 200_000);
    int logEntries = arguments.integer("log_entries", 10, 0, 200);
    List<String> sections = arguments.texts("sections");
    boolean all = sections.isEmpty();
    ObjectNode result = mapper.createObjectNode();
    if (all || sections.contains("concept")) {
      result.set("concept", concept());
    }
    Optional<LoadedFile> log = all || sections.contains("log")
        ? store.read(MemoryFile.LOG) : Optional.empty();
    if (all || sections.contains("log")) {
      for (int shown = logEntries; ; shown--) {
        result.set("log", log(log, shown));
        if (shown == 0 || tokens(result) <= budget / 2) {
          break;
        }
      }
    }
    if (all || sections.contains("modules")) {
      result.set("modules", modules(arguments, budget - tokens(result) - 60));
    }
    result.put("tokenBudget", budget);
    result.put("tokensEstimated", tokens(result) + 8);
    return result;
  }

  private JsonNode concept() throws MemoryFileException, IOException {
    Optional<LoadedFile> concept = store.read(MemoryFile.CONCEPT);
    ObjectNode node = concept.map(file -> (ObjectNode) file.document().deepCopy())
        .orElseGet(() -> mapper.createObjectNode().put("missing",
            "no .claude/project_concept.json yet: the first build creates it from the pom"));
    ArrayNode pending = mapper.createArrayNode();
    Optional<LoadedFile> proposals = store.read(MemoryFile.CONCEPT_PROPOSALS);
    if (proposals.isPresent()) {
      for (JsonNode proposal : proposals.get().document()) {
        if (ConceptProposals.isPending(proposal)) {
          pending.addObject().put("id", proposal.path("id").asInt())
              .put("reason", proposal.path("reason").asText());
        }
      }
    }
    if (!pending.isEmpty()) {
      node.set("pendingProposals", pending);
    }
    return node;
  }

  private ObjectNode log(Optional<LoadedFile> log, int shown) {
    ObjectNode node = mapper.createObjectNode();
    ArrayNode entries = mapper.createArrayNode();
    int total = log.map(file -> file.document().size()).orElse(0);
    for (int i = total - 1; i >= 0 && entries.size() < shown; i--) {
      entries.add(log.get().document().get(i));
    }
    node.put("total", total);
    node.put("order", "newest first");
    node.set("entries", entries);
    return node;
  }

  private ObjectNode modules(Arguments arguments, int budget)
      throws MemoryFileException, IOException {
    Optional<LoadedFile> structure = store.read(MemoryFile.STRUCTURE);
    List<ModuleView> all = structure.map(file -> ModuleView.all(file.document()))
        .orElse(List.of());
    Pattern name = arguments.optionalText("name").map(MemoryReadTool::namePattern).orElse(null);
    Optional<String> status = arguments.optionalText("status");
    Optional<String> level = arguments.optionalText("level");
    Optional<Boolean> critical = arguments.flag("critical");
    List<ModuleView> matching = new ArrayList<>();
    for (ModuleView module : all) {
      if ((name == null || name.matcher(module.name()).find())
          && status.map(s -> s.equals(module.effectiveStatus())).orElse(true)
          && level.map(l -> l.equals(module.level())).orElse(true)
          && critical.map(c -> c == module.critical()).orElse(true)) {
        matching.add(module);
      }
    }
    ArrayNode items = mapper.createArrayNode();
    int used = 0;
    for (ModuleView module : ModuleRanking.ranked(matching)) {
      ObjectNode item = summary(module);
      int cost = tokens(item) + 1;
      if (used + cost > budget) {
        break;
      }
      items.add(item);
      used += cost;
    }
    ObjectNode node = mapper.createObjectNode();
    node.put("total", all.size());
    node.put("matching", matching.size());
    node.put("shown", items.size());
    node.put("omitted", matching.size() - items.size());
    if (items.size() < matching.size()) {
      node.put("hint", "The token budget cut the list (ranked: critical and unwired first)."
          + " Narrow it with name, status, level or critical, or raise token_budget.");
    }
    if (structure.isEmpty()) {
      node.put("hint", "no .claude/project_structure.json yet: build the project once");
    }
    node.set("items", items);
    return node;
  }

  /** The entry without its long lists, which module_info gives; their sizes instead. */
  private ObjectNode summary(ModuleView module) {
    ObjectNode item = mapper.createObjectNode();
    item.put("name", module.name());
    module.entry().properties().forEach(field -> {
      if (!HEAVY.contains(field.getKey())) {
        item.set(field.getKey(), field.getValue());
      }
    });
    if (module.removed()) {
      item.put("status", "removed");
    }
    item.put("files", module.currentFiles().size());
    item.put("publicTypes", module.currentTypes().size());
    return item;
  }

  private static Pattern namePattern(String text) {
    StringBuilder regex = new StringBuilder();
    for (String part : text.toLowerCase(Locale.ROOT).split("\\*", -1)) {
      if (regex.length() > 0 || text.startsWith("*")) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(text.contains("*") ? "^" + regex + "$" : regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private int tokens(JsonNode node) {
    try {
      return TokenEstimate.of(mapper.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
