package dev.plumbline.assistant;

import dev.plumbline.assistant.digest.DigestGenerator;
import dev.plumbline.testsupport.PublicApiList;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module's public types are exactly the ones its README lists under "Public API", so that
 * the surface cannot grow by accident.
 */
class PublicApiTest {

  @Test
  void thePublicTypesAreExactlyTheDocumentedOnes() throws Exception {
    PublicApiList.assertMatches(Path.of("README.md"), DigestGenerator.class);
  }
}
