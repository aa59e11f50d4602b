package dev.plumbline.trainer.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The generation path ({@link NextTokenLogits}: last position only, fewer operators) against the
 * model's full forward pass through DJL's blocks, on the parity fixture (a GPT trained on license
 * texts) and real text: the same logits to float tolerance at every context length, and the same
 * generated tokens for fixed seeds, so the faster path changed no output.
 */
class NextTokenLogitsTest {

  @Test
  void theLogitsEqualTheFullForwardPassesAtEveryContextLength() throws Exception {
    byte[] text = licenseText();
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(fixture())) {
      int compared = 0;
      for (int length = 1; length <= gpt.shape().blockSize(); length++) {
        for (int start = 0; start < 400; start += 37) {
          long[] context = new long[length];
          for (int i = 0; i < length; i++) {
            context[i] = text[start + i] & 0xff;
          }
          float[] expected = gpt.lastLogitsOfFullForward(context);
          float[] actual = gpt.nextTokenLogits(context);
          assertThat(actual).hasSameSizeAs(expected);
          for (int v = 0; v < expected.length; v++) {
            assertThat(actual[v]).as("length %d, start %d, token %d", length, start, v)
                .isCloseTo(expected[v], within(1e-5f));
          }
          compared++;
        }
      }
      assertThat(compared).isEqualTo(32 * 11);
    }
  }

  @Test
  void generationWithAFixedSeedGivesTheTokensOfTheFullForwardPass() throws Exception {
    long[] prompt = {76, 105, 99, 101, 110, 115, 101, 100, 32}; // "Licensed "
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(fixture())) {
      for (Sampling sampling : new Sampling[] {Sampling.NANOGPT_DEFAULTS,
          new Sampling(1.0, 0, 7), new Sampling(0, 0, 1)}) {
        assertThat(gpt.generate(prompt, 300, sampling)).as("%s", sampling)
            .containsExactly(gpt.generate(prompt, 300, sampling, gpt::lastLogitsOfFullForward));
      }
    }
  }

  @Test
  void aContextLongerThanTheBlockIsRefused() throws Exception {
    try (TrainedGpt gpt = TrainedGpt.fromSafetensors(fixture())) {
      assertThatThrownBy(() -> gpt.nextTokenLogits(new long[33]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the context must hold 1 to 32 tokens, got 33");
    }
  }

  private static byte[] licenseText() throws IOException {
    try (InputStream in = Objects.requireNonNull(NextTokenLogitsTest.class.getResourceAsStream(
        "/real-text/apache-license-2.0.txt"))) {
      return in.readAllBytes();
    }
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(NextTokenLogitsTest.class.getResource(
        "/inference/tiny-gpt.safetensors")).toURI());
  }
}
