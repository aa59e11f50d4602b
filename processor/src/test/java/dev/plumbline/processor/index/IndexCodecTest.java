package dev.plumbline.processor.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.RootKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stored index text: compact, read back exactly, and rejected clearly when it is bad. */
class IndexCodecTest {

  private final IndexCodec codec = new IndexCodec();

  private static final LibraryIndex INDEX =
      new LibraryIndex(
          LibraryIndex.FORMAT,
          "textlib",
          List.of("lib.A", "lib.B"),
          List.of("lib.A", "lib.B", "other.C", "spi.Codec"),
          List.of(List.of(0, 1, 2), List.of(1, 3)),
          List.of(),
          List.of(),
          Map.of("spi.Codec", List.of("lib.B")),
          List.of(new IndexedModule(
              "a", "does a", true, "needed", "lib.A", List.of("lib.A", "lib.B"), true)),
          List.of());

  @Test
  void anIndexIsReadBackEqualAndNamesEachClassOnce() throws IOException, InvalidIndexException {
    String json = codec.toJson(INDEX);

    assertThat(codec.fromJson(json)).isEqualTo(INDEX);
    assertThat(json)
        .isEqualTo(
            "{\"format\":2,\"library\":\"textlib\",\"classCount\":2,"
                + "\"nodes\":[\"lib.A\",\"lib.B\",\"other.C\",\"spi.Codec\"],"
                + "\"edges\":[[0,1,2],[1,3]],\"services\":{\"spi.Codec\":[\"lib.B\"]},"
                + "\"modules\":[{\"name\":\"a\",\"description\":\"does a\",\"critical\":true,"
                + "\"criticalReason\":\"needed\",\"declaration\":\"lib.A\",\"classes\":[0,1]}]}");
  }

  /**
   * What the third wave added travels too: classes loaded by name, framework edges, roots, and
   * modules that are packages left to themselves; an index without them stays as it was.
   */
  @Test
  void edgesByKindRootsAndImplicitModulesAreReadBackEqual()
      throws IOException, InvalidIndexException {
    LibraryIndex index =
        new LibraryIndex(
            LibraryIndex.FORMAT,
            "plugins",
            List.of("host.Loader", "host.Plugins"),
            List.of("host.Loader", "host.Plugins", "plugin.Csv", "plugin.Json"),
            List.of(List.of(0, 1)),
            List.of(List.of(0, 2)),
            List.of(List.of(1, 3)),
            Map.of(),
            List.of(new IndexedModule(
                "host", "", false, "", "host", List.of("host.Loader", "host.Plugins"), false)),
            List.of(new Root("plugin.Json", RootKind.DECLARED, "loaded from plugins.yaml")));

    String json = codec.toJson(index);

    assertThat(codec.fromJson(json)).isEqualTo(index);
    assertThat(json)
        .contains("\"byName\":[[0,2]],\"framework\":[[1,3]]")
        .contains("\"implicit\":true")
        .endsWith("\"roots\":[{\"class\":3,\"kind\":\"DECLARED\","
            + "\"reason\":\"loaded from plugins.yaml\"}]}");
  }

  @Test
  void anIndexOfAnotherFormatIsRejectedNamingBothFormats() {
    assertThatThrownBy(() -> codec.fromJson("{\"format\":1,\"library\":\"x\"}"))
        .isInstanceOf(InvalidIndexException.class)
        .hasMessage("index format 1, expected 2");
  }

  @Test
  void aPositionOutsideTheNodesIsRejected() {
    String json =
        "{\"format\":2,\"library\":\"x\",\"classCount\":1,\"nodes\":[\"a.A\"],"
            + "\"edges\":[[0,7]],\"services\":{},\"modules\":[]}";

    assertThatThrownBy(() -> codec.fromJson(json))
        .isInstanceOf(InvalidIndexException.class)
        .hasMessage("not a valid index: position 7 is not one of the 1 nodes");
  }

  @Test
  void aMissingFieldIsRejectedByName() {
    assertThatThrownBy(() -> codec.fromJson("{\"format\":2,\"library\":\"x\",\"classCount\":0}"))
        .isInstanceOf(InvalidIndexException.class)
        .hasMessage("not a valid index: no field 'nodes'");
  }
}
