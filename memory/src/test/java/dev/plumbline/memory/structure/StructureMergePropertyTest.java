package dev.plumbline.memory.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.schema.SchemaCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random existing files (built by earlier merges, then decorated with fields people wrote)
 * and random code changes (full or partial), the old document is always contained in the new one,
 * a repeated merge changes nothing, and the new document still passes the schema.
 */
class StructureMergePropertyTest {

  private static final List<String> NAMES = List.of("api", "core", "db", "web", "jobs", "util");
  private static final List<String> FILES = List.of("A.java", "B.java", "C.java", "D.java");
  private static final List<String> METHODS = List.of("void f()", "int g(int)", "String h()");

  private final JsonCodec codec = new JsonCodec();
  private final StructureMerger merger = new StructureMerger(codec.mapper(), "plumbline-memory t");
  private final SchemaCheck schemas = new SchemaCheck();

  @Property(tries = 300)
  void oldDocumentIsAlwaysContainedInTheNewOne(
      @ForAll("histories") List<StructureSnapshot> history,
      @ForAll("humanEdits") Map<String, String> humanFields,
      @ForAll("snapshots") StructureSnapshot change) throws Exception {
    ObjectNode existing = null;
    Instant now = Instant.parse("2026-11-01T00:00:00Z");
    for (StructureSnapshot snapshot : history) {
      existing = merger.merge(existing, snapshot, now).document();
      now = now.plusSeconds(3600);
    }
    existing = decorate(existing == null ? merger.merge(null, change, now).document() : existing,
        humanFields);
    byte[] oldBytes = codec.toBytes(existing);

    ObjectNode merged = merger.merge(existing, change, now.plusSeconds(60)).document();

    assertThat(Containment.violation(existing, merged)).isNull();
    assertThat(codec.toBytes(existing)).isEqualTo(oldBytes);
    MergeResult again = merger.merge(merged, change, now.plusSeconds(120));
    assertThat(again.documentChanged()).isFalse();
    assertThat(codec.toBytes(again.document())).isEqualTo(codec.toBytes(merged));
    byte[] newBytes = codec.toBytes(merged);
    schemas.check(MemoryFile.STRUCTURE, Path.of("s.json"), newBytes,
        codec.parse(Path.of("s.json"), newBytes));
  }

  /** Adds fields people wrote: at the top level and inside modules, including nested values. */
  private ObjectNode decorate(ObjectNode document, Map<String, String> humanFields)
      throws Exception {
    ObjectNode copy = document.deepCopy();
    int i = 0;
    for (Map.Entry<String, String> field : humanFields.entrySet()) {
      String json = "{\"text\": \"" + field.getValue() + "\", \"n\": [" + i + ", 2.50]}";
      ObjectNode value = (ObjectNode) codec.parse(Path.of("h.json"),
          json.getBytes(StandardCharsets.UTF_8));
      if (i % 2 == 0) {
        copy.set("human_" + field.getKey(), value);
      } else {
        ObjectNode modules = (ObjectNode) copy.get("modules");
        if (modules.size() > 0) {
          String target = modules.fieldNames().next();
          ((ObjectNode) modules.get(target)).set("note_" + field.getKey(), value);
        }
      }
      i++;
    }
    return copy;
  }

  @Provide
  Arbitrary<List<StructureSnapshot>> histories() {
    return snapshots().list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Map<String, String>> humanEdits() {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().alpha().ofMaxLength(10)).ofMaxSize(4);
  }

  @Provide
  Arbitrary<StructureSnapshot> snapshots() {
    Arbitrary<Map<String, IntegrationLevel>> others = Arbitraries.maps(Arbitraries.of(NAMES),
        Arbitraries.of(IntegrationLevel.EXISTS, IntegrationLevel.WIRED)).ofMaxSize(2);
    return Combinators.combine(Arbitraries.of("", "lib", "app"), moduleList(),
        Arbitraries.of(true, false), others).as(StructureSnapshot::new);
  }

  private Arbitrary<List<ModuleSnapshot>> moduleList() {
    return Arbitraries.subsetOf(NAMES).flatMap(names -> {
      List<Arbitrary<ModuleSnapshot>> modules = new ArrayList<>();
      for (String name : names) {
        modules.add(module(name));
      }
      return Combinators.combine(modules).as(list -> list);
    });
  }

  private Arbitrary<ModuleSnapshot> module(String name) {
    Arbitrary<List<String>> deps = Arbitraries.subsetOf(NAMES).map(List::copyOf);
    Arbitrary<List<String>> files = Arbitraries.subsetOf(FILES)
        .map(set -> set.stream().map(file -> name + "/" + file).toList());
    Arbitrary<Map<String, List<String>>> api = Arbitraries.subsetOf(List.of("T1", "T2"))
        .flatMap(types -> Arbitraries.subsetOf(METHODS).list().ofSize(types.size())
            .map(methods -> {
              Map<String, List<String>> result = new LinkedHashMap<>();
              int i = 0;
              for (String type : types) {
                result.put(name + "." + type, List.copyOf(methods.get(i++)));
              }
              return result;
            }));
    Arbitrary<IntegrationLevel> level = Arbitraries.of(IntegrationLevel.EXISTS,
        IntegrationLevel.WIRED).injectNull(0.2);
    Arbitrary<LocalDate> date = Arbitraries.integers().between(1, 28)
        .map(day -> LocalDate.of(2026, 10, day));
    // Few distinct fingerprints (and none), so that histories repeat, change and omit them.
    Arbitrary<String> fingerprint = Arbitraries.of("x", "y").map(content -> SourceFingerprint
        .ofContents(new TreeMap<>(Map.of(name + "/A.java", content)))).injectNull(0.3);
    return Combinators.combine(level, Arbitraries.of(true, false), deps, files, api, date,
            fingerprint)
        .as((lvl, critical, d, f, a, when, print) -> new ModuleSnapshot(name, ModuleStatus.ACTIVE,
            lvl, critical, d, f, a, when, print));
  }
}
