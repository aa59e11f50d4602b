package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.EngineException;
import org.junit.jupiter.api.Test;

class OutOfMemoryDetectorTest {

  @Test
  void recognisesLibtorchOutOfMemoryMessagesAnywhereInTheCauseChain() {
    assertThat(OutOfMemoryDetector.isOutOfMemory(new EngineException(
        "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 14.75 GiB total capacity)")))
        .isTrue();
    assertThat(OutOfMemoryDetector.isOutOfMemory(new EngineException("forward failed",
        new IllegalStateException("[enforce fail at alloc_cpu.cpp:118] data."
            + " DefaultCPUAllocator: not enough memory: you tried to allocate 34359738368 bytes.")))
        ).isTrue();
    assertThat(OutOfMemoryDetector.isOutOfMemory(new EngineException("[enforce fail at"
        + " alloc_cpu.cpp:119] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to"
        + " allocate 134217728 bytes. Error code 12 (Cannot allocate memory)"))).isTrue();
    assertThat(OutOfMemoryDetector.isOutOfMemory(
        new EngineException("element 0 of tensors does not require grad"))).isFalse();
  }
}
