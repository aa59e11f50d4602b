// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the real machine: CUDA through DJL's CudaUtils and nvidia-smi, else the CPU. */
final class HardwareDetector {

  private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

  HardwareProfile detect() {
    int gpus = CudaUtils.hasCuda() ? CudaUtils.getGpuCount() : 0;
    return gpus > 0 ? gpuProfile(gpus) : cpuProfile();
  }

  private static HardwareProfile gpuProfile(int count) {
    String capability = CudaUtils.getComputeCapability(0);
    MemoryUsage memory = CudaUtils.getGpuMemory(Device.gpu(0));
    Optional<List<NvidiaSmi.Row>> rows = NvidiaSmi.query();
    String name = rows.map(r -> r.get(0).name())
        .orElse("CUDA GPU 0 (name unknown: nvidia-smi not found)");
    return HardwareProfile.gpu(name, memory.getMax(), capability, count);
  }

  private static HardwareProfile cpuProfile() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    long memory = os instanceof com.sun.management.OperatingSystemMXBean hotspot
        ? hotspot.getTotalMemorySize() : Runtime.getRuntime().maxMemory();
    return HardwareProfile.cpu(cpuName(), memory, Runtime.getRuntime().availableProcessors());
  }

  private static String cpuName() {
    try {
      for (String line : Files.readAllLines(CPU_INFO, StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return System.getProperty("os.arch") + " CPU";
    }
    return System.getProperty("os.arch") + " CPU";
  }
}
