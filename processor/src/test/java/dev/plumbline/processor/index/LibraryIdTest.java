package dev.plumbline.processor.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** Index ids become class names without collapsing distinct ids. */
class LibraryIdTest {

  @Test
  void anArtifactIdKeepsItsLettersAndItsHyphensBecomeUnderscores() {
    assertThat(LibraryId.encode("plumbline-example-library"))
        .isEqualTo("plumbline_example_library");
    assertThat(LibraryId.encode("core")).isEqualTo("core");
  }

  @Test
  void idsThatTheSimpleFormWouldCollapseStayDistinct() {
    assertThat(LibraryId.encode("foo-bar")).isEqualTo("foo_bar");
    assertThat(LibraryId.encode("foo.bar")).isEqualTo("_foo_002ebar");
    assertThat(LibraryId.encode("foo_bar")).isEqualTo("_foo_005fbar");
    assertThat(LibraryId.encode("com.acme:core")).isEqualTo("_com_002eacme_003acore");
    List<String> ids = List.of("foo-bar", "foo.bar", "foo_bar", "foo--bar", "foo-_bar", "_foo",
        "-foo", "foo-", "a.b-c", "a-b.c", "ä", "x$y", "foo_002ebar", "_foo_002ebar");
    Set<String> encoded = ids.stream().map(LibraryId::encode).collect(Collectors.toSet());
    assertThat(encoded).hasSize(ids.size());
    assertThat(ids).allSatisfy(id -> assertThat(
        SourceVersion.isIdentifier(IndexClassWriter.CLASS_PREFIX + LibraryId.encode(id))).isTrue());
  }

  @Test
  void theClassNameEndsWithAHashOfThePackagesSoTwoLibrariesOfOneIdGetTwoClasses() {
    LibraryId one = LibraryId.of(Optional.of("core"), "file:///a/target/classes/x",
        Set.of("com.a.core"));
    LibraryId other = LibraryId.of(Optional.of("core"), "file:///b/target/classes/x",
        Set.of("com.b.core"));
    LibraryId same = LibraryId.of(Optional.of("core"), "file:///c/target/classes/x",
        Stream.of("com.a.core").collect(Collectors.toSet()));

    assertThat(one.simpleClassName()).matches("Wiring_core_[0-9a-f]{8}");
    assertThat(one.simpleClassName()).isNotEqualTo(other.simpleClassName());
    assertThat(same.simpleClassName()).isEqualTo(one.simpleClassName());
    assertThat(one.className()).isEqualTo("dev.plumbline.index." + one.simpleClassName());
  }

  @Test
  void withoutAConfiguredIdTheIdComesFromTheOutputDirectory() {
    LibraryId a = LibraryId.of(Optional.empty(), "file:///a/target/classes/x", Set.of("p"));
    LibraryId b = LibraryId.of(Optional.empty(), "file:///b/target/classes/x", Set.of("p"));

    assertThat(a.id()).matches("[0-9a-f]{12}").isNotEqualTo(b.id());
  }
}
