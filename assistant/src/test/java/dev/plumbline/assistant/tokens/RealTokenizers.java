package dev.plumbline.assistant.tokens;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Real tokenizers, each from a Maven artifact: OpenAI's cl100k_base and o200k_base (JTokkit) and
 * the HuggingFace tokenizer.json of all-MiniLM-L6-v2 (shipped in LangChain4j's embedding jar)
 * run by DJL's HuggingFace tokenizers.
 */
public final class RealTokenizers {

  private static final EncodingRegistry REGISTRY = Encodings.newDefaultEncodingRegistry();
  private static @Nullable HuggingFaceTokenizer wordPiece;

  private RealTokenizers() {}

  /** Token counts of the text by name of the tokenizer. */
  public static synchronized Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Encoding cl100k = REGISTRY.getEncoding(EncodingType.CL100K_BASE);
    Encoding o200k = REGISTRY.getEncoding(EncodingType.O200K_BASE);
    counts.put("cl100k_base", cl100k.countTokensOrdinary(text));
    counts.put("o200k_base", o200k.countTokensOrdinary(text));
    counts.put("all-MiniLM-L6-v2 (DJL)", wordPiece().encode(text, false, false).getIds().length);
    return counts;
  }

  /** The largest count of any of the tokenizers. */
  public static int max(String text) {
    return count(text).values().stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  private static HuggingFaceTokenizer wordPiece() {
    if (wordPiece == null) {
      try (InputStream json = Objects.requireNonNull(RealTokenizers.class.getResourceAsStream(
          "/all-minilm-l6-v2-q-tokenizer.json"), "tokenizer.json not on the test class path")) {
        Path file = Files.createTempFile("all-minilm-l6-v2-tokenizer", ".json");
        Files.copy(json, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        wordPiece = HuggingFaceTokenizer.builder().optTokenizerPath(file)
            .optAddSpecialTokens(false).optTruncation(false).optMaxLength(1_000_000).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return wordPiece;
  }
}
