// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The most memory this JVM has used so far: the Java heap's peak (the sum of the heap pools'
 * peaks, as the JVM records them) and the process's peak resident set ({@code VmHWM} in
 * {@code /proc/self/status}), which holds the heap's touched pages and the native memory of
 * libtorch's tensors. GPU memory is measured by the trainer, where it has the device.
 *
 * @param heapBytes peak heap use
 * @param residentBytes peak resident set size, empty where {@code /proc} is not available
 */
public record PeakMemory(long heapBytes, OptionalLong residentBytes) {

  /**
   * Reads the peaks of this process.
   *
   * @return the peaks so far
   */
  public static PeakMemory measure() {
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return new PeakMemory(heap, residentPeak(Path.of("/proc/self/status")));
  }

  /**
   * The {@code VmHWM} line of a status file, in bytes.
   *
   * @param status {@code /proc/self/status} or a copy
   * @return the peak resident set, empty when the file or the line is missing
   */
  static OptionalLong residentPeak(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
