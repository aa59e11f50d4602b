// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.digest;

import dev.plumbline.memory.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes the section into {@code AGENTS.md} (created when missing) and into {@code CLAUDE.md}
 * when the project has one and it does not already import {@code AGENTS.md} with an
 * {@code @AGENTS.md} line (Claude Code then reads the section from there). A file is written
 * only when its bytes change, atomically, and only if nobody changed it between the read and
 * the write (otherwise the update starts again from the new content).
 */
public final class DigestFiles {

  /** The file every assistant that reads files looks at. */
  public static final String AGENTS = "AGENTS.md";
  /** Claude Code's memory file. */
  public static final String CLAUDE = "CLAUDE.md";

  private static final Pattern IMPORTS_AGENTS =
      Pattern.compile("(?m)^\\s*@(\\./)?AGENTS\\.md\\s*$");
  private static final int ATTEMPTS = 5;

  private DigestFiles() {}

  /**
   * Puts the section into the project's files.
   *
   * @param projectRoot the project root
   * @param section the section as rendered
   * @return one outcome per file: AGENTS.md, then CLAUDE.md when it exists
   * @throws IOException when a file cannot be read or written
   */
  public static List<DigestOutcome> write(Path projectRoot, String section) throws IOException {
    List<DigestOutcome> outcomes = new ArrayList<>();
    outcomes.add(update(projectRoot.resolve(AGENTS), section, true));
    Path claude = projectRoot.resolve(CLAUDE);
    if (Files.exists(claude)) {
      outcomes.add(update(claude, section, false));
    }
    return outcomes;
  }

  private static DigestOutcome update(Path file, String section, boolean create)
      throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      byte[] before = readIfExists(file);
      if (before == null && !create) {
        return new DigestOutcome(file, DigestOutcome.Result.SKIPPED, "");
      }
      @Nullable String text;
      try {
        text = before == null ? null : decode(before);
      } catch (CharacterCodingException e) {
        return new DigestOutcome(file, DigestOutcome.Result.REFUSED, file.getFileName()
            + " is not valid UTF-8; Plumbline leaves it as it is. Save it as UTF-8 to get the"
            + " project-memory section.");
      }
      if (!create && text != null && IMPORTS_AGENTS.matcher(text).find()
          && !DigestSection.hasSection(text)) {
        return new DigestOutcome(file, DigestOutcome.Result.SKIPPED,
            "it imports AGENTS.md (@AGENTS.md), which holds the section");
      }
      String after;
      try {
        after = DigestSection.splice(text, section);
      } catch (IllegalArgumentException e) {
        return new DigestOutcome(file, DigestOutcome.Result.REFUSED, file.getFileName() + ": "
            + e.getMessage());
      }
      byte[] bytes = after.getBytes(StandardCharsets.UTF_8);
      if (Arrays.equals(bytes, before)) {
        return new DigestOutcome(file, DigestOutcome.Result.UNCHANGED, "");
      }
      if (Arrays.equals(readIfExists(file), before)) {
        AtomicFiles.write(file, bytes);
        return new DigestOutcome(file,
            before == null ? DigestOutcome.Result.CREATED : DigestOutcome.Result.UPDATED, "");
      }
    }
    return new DigestOutcome(file, DigestOutcome.Result.REFUSED, file.getFileName()
        + " kept changing while Plumbline updated it; it was left as it is. Build again.");
  }

  private static byte @Nullable [] readIfExists(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }
}
