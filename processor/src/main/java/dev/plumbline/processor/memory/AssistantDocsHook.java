// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import dev.plumbline.assistant.digest.DigestGenerator;
import dev.plumbline.assistant.digest.DigestOutcome;
import dev.plumbline.assistant.docs.ProjectIndex;
import dev.plumbline.assistant.docs.StaleReference;
import dev.plumbline.assistant.docs.StaleReferenceCheck;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * After the build updated the project memory: keeps the project-memory section of AGENTS.md
 * (and CLAUDE.md) current, and warns about names in the assistant files that no longer exist
 * in the code. Neither ever fails the build: a file that cannot be updated safely is left as it
 * is with a warning saying why.
 */
final class AssistantDocsHook {

  private static final String TAG = "[plumbline] ";

  private AssistantDocsHook() {}

  static void run(Path root, MemoryStore store, AssistantDocsOptions options, Messager messager) {
    for (String problem : options.problems()) {
      messager.printMessage(Diagnostic.Kind.ERROR, TAG + problem);
    }
    try {
      if (options.digest()) {
        report(new DigestGenerator(options.settings()).generate(root, store), messager);
      }
      if (options.docsCheck()) {
        LoadedFile structure = store.read(MemoryFile.STRUCTURE).orElse(null);
        List<StaleReference> stale = new StaleReferenceCheck(ProjectIndex.of(root,
            structure == null ? null : structure.document())).checkAll();
        for (StaleReference reference : stale) {
          messager.printMessage(Diagnostic.Kind.WARNING,
              TAG + "Stale reference: " + reference.format() + ".");
        }
      }
    } catch (MemoryFileException | IOException e) {
      messager.printMessage(Diagnostic.Kind.WARNING, TAG + "AGENTS.md not updated: "
          + e.getMessage() + " (-A" + AssistantDocsOptions.DIGEST + "=off skips it)");
    }
  }

  private static void report(List<DigestOutcome> outcomes, Messager messager) {
    for (DigestOutcome outcome : outcomes) {
      Path name = outcome.file().getFileName();
      switch (outcome.result()) {
        case CREATED, UPDATED -> messager.printMessage(Diagnostic.Kind.NOTE, TAG + name + ": "
            + "project-memory section " + outcome.result().name().toLowerCase(Locale.ROOT)
            + ".");
        case REFUSED -> messager.printMessage(Diagnostic.Kind.WARNING, TAG + outcome.detail());
        default -> {
          // Unchanged or not needed: nothing to say, the build stays quiet.
        }
      }
    }
  }
}
