package dev.plumbline.memory.structure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of real files on disk. */
class SourceFingerprintTest {

  @TempDir Path root;

  private Path write(String name, String content) throws Exception {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
    return file;
  }

  @Test
  void touchingAFileLeavesTheFingerprintAsItIs() throws Exception {
    Path a = write("m/A.java", "class A {}\n");
    Path b = write("m/B.java", "class B {}\n");
    String before = SourceFingerprint.of(Map.of("m/A.java", a, "m/B.java", b)).orElseThrow();

    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

    assertThat(SourceFingerprint.of(Map.of("m/B.java", b, "m/A.java", a))).contains(before);
    assertThat(before).matches("sha256:[0-9a-f]{64}");
    assertThat(SourceFingerprint.isValid(before)).isTrue();
  }

  @Test
  void contentPathsAndTheFileSetEachChangeIt() throws Exception {
    Path a = write("m/A.java", "class A {}\n");
    Path b = write("m/B.java", "class B {}\n");
    String both = SourceFingerprint.of(Map.of("m/A.java", a, "m/B.java", b)).orElseThrow();
    String onlyA = SourceFingerprint.of(Map.of("m/A.java", a)).orElseThrow();
    String renamed = SourceFingerprint.of(Map.of("m/C.java", a, "m/B.java", b)).orElseThrow();

    Files.writeString(a, "class A { int x; }\n", UTF_8);
    String edited = SourceFingerprint.of(Map.of("m/A.java", a, "m/B.java", b)).orElseThrow();

    assertThat(List.of(both, onlyA, renamed, edited)).doesNotHaveDuplicates();
  }

  @Test
  void crLfLineEndingsFromAnAutocrlfCheckoutGiveTheSameFingerprint() throws Exception {
    Path unix = write("unix/A.java", "class A {\n}\n");
    Path windows = write("windows/A.java", "class A {\r\n}\r\n");

    assertThat(SourceFingerprint.of(Map.of("m/A.java", windows)))
        .isEqualTo(SourceFingerprint.of(Map.of("m/A.java", unix)));
    assertThat(SourceFingerprint.of(Map.of("m/A.java", unix))).contains(
        SourceFingerprint.ofContents(new TreeMap<>(Map.of("m/A.java", "class A {\n}\n"))));
  }

  @Test
  void anUnreadableFileGivesNoFingerprintRatherThanOneOfPartOfTheModule() throws Exception {
    Path a = write("m/A.java", "class A {}\n");

    assertThat(SourceFingerprint.of(Map.of("m/A.java", a, "m/Gone.java", root.resolve("Gone"))))
        .isEmpty();
  }
}
