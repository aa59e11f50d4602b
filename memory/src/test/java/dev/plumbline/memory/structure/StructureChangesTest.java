// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureChangesTest {

  private final StructureChanges changes = new StructureChanges(
      List.of("a", "b", "c", "d"), List.of("e"), List.of(), List.of("f", "g"));

  @Test
  void theLogDescriptionNamesEveryModule() {
    assertThat(changes.describe()).isEqualTo("added: a, b, c, d; removed: e; changed: f, g");
  }

  @Test
  void theBuildOutputDescriptionNamesAFewPerKindAndCountsTheRest() {
    assertThat(changes.describe(2))
        .isEqualTo("added: a, b and 2 more; removed: e; changed: f, g");
  }

  @Test
  void noChangeIsSaidSo() {
    assertThat(new StructureChanges(List.of(), List.of(), List.of(), List.of()).describe(2))
        .isEqualTo("no module changed");
  }
}
