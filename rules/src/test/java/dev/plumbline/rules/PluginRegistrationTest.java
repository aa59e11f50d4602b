package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.bugpatterns.BugChecker;
import dev.plumbline.rules.bugpatterns.ConcreteInheritance;
import dev.plumbline.rules.bugpatterns.CopyrightHeader;
import dev.plumbline.rules.bugpatterns.EnglishOnly;
import dev.plumbline.rules.bugpatterns.NamingConvention;
import dev.plumbline.rules.bugpatterns.PublicApiJavadoc;
import dev.plumbline.rules.bugpatterns.RawTypeInSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Error Prone finds plugins with ServiceLoader, which instantiates each registered class through
 * a public no-argument constructor: a check that only has an {@code @Inject} flags constructor
 * passes CompilationTestHelper tests and still breaks every real build. This loads them the way
 * a build does.
 */
class PluginRegistrationTest {

  @Test
  void everyRegisteredCheckLoadsThroughServiceLoader() {
    List<String> names = new ArrayList<>();
    for (BugChecker checker : ServiceLoader.load(BugChecker.class)) {
      names.add(checker.canonicalName());
    }
    assertThat(names)
        .contains(
            "RawTypeInSignature",
            "PublicApiJavadoc",
            "CopyrightHeader",
            "NamingConvention",
            "ConcreteInheritance",
            "EnglishOnly");
  }
}
