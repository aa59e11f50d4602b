// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer;

import dev.plumbline.testsupport.PublicApiList;
import dev.plumbline.trainer.loop.Trainer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module's public types are exactly the ones its README lists in the "Public API" table, so
 * that the surface cannot grow by accident.
 */
class PublicApiTest {

  @Test
  void thePublicTypesAreExactlyTheDocumentedOnes() throws Exception {
    PublicApiList.assertMatches(Path.of("README.md"), Trainer.class);
  }
}
