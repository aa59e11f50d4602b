package dev.plumbline.trainer.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.NativeLibrary;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NativeHeapTest {

  @Test
  void onGlibcTheThresholdIsInForceAndMalloptAcceptsIt() {
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"));
    String version = NativeLibrary.getInstance("c").getFunction("gnu_get_libc_version")
        .invokeString(new Object[0], false);
    assertThat(version).matches("\\d+\\.\\d+.*");

    assertThat(NativeHeap.reuseFreedTensorMemory()).isTrue();
    assertThat(NativeHeap.reuseFreedTensorMemory()).isTrue();
    assertThat(NativeLibrary.getInstance("c").getFunction("mallopt")
        .invokeInt(new Object[] {-3, NativeHeap.MMAP_THRESHOLD_BYTES})).isEqualTo(1);
  }
}
