// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

/**
 * What the trainer runs on: the device it will use, its name, memory and (for GPUs) compute
 * capability. Tests build profiles directly; {@link #detect()} reads the real machine.
 *
 * @param kind CPU or GPU
 * @param deviceName for example {@code NVIDIA A100-SXM4-80GB} or the CPU model
 * @param memoryBytes GPU memory, or host memory for a CPU profile
 * @param computeMajor CUDA compute capability, major part (0 for CPU)
 * @param computeMinor CUDA compute capability, minor part (0 for CPU)
 * @param deviceCount number of GPUs seen (training uses the first), or CPU cores
 */
public record HardwareProfile(DeviceKind kind, String deviceName, long memoryBytes,
    int computeMajor, int computeMinor, int deviceCount) {

  /**
   * A CPU profile.
   *
   * @param name CPU model name
   * @param memoryBytes host memory
   * @param cores available cores
   * @return the profile
   */
  public static HardwareProfile cpu(String name, long memoryBytes, int cores) {
    return new HardwareProfile(DeviceKind.CPU, name, memoryBytes, 0, 0, cores);
  }

  /**
   * A GPU profile.
   *
   * @param name device name as nvidia-smi prints it
   * @param memoryBytes device memory
   * @param computeCapability for example {@code "8.0"} or DJL's {@code "80"}
   * @param count number of GPUs
   * @return the profile
   */
  public static HardwareProfile gpu(String name, long memoryBytes, String computeCapability,
      int count) {
    int[] capability = parseCapability(computeCapability);
    return new HardwareProfile(DeviceKind.GPU, name, memoryBytes, capability[0], capability[1],
        count);
  }

  /**
   * Reads the machine: the first CUDA GPU when DJL sees one, else the CPU.
   *
   * @return the detected profile
   */
  public static HardwareProfile detect() {
    return new HardwareDetector().detect();
  }

  /**
   * Compute capability as a number, for example 8.6.
   *
   * @return major + minor / 10
   */
  public double computeCapability() {
    return computeMajor + computeMinor / 10.0;
  }

  /**
   * Memory in GiB.
   *
   * @return memory in binary gigabytes
   */
  public double memoryGib() {
    return memoryBytes / (double) (1L << 30);
  }

  /**
   * Parses {@code "8.6"} (nvidia-smi) or {@code "86"} (DJL's CudaUtils).
   *
   * @param text the capability
   * @return major and minor
   */
  static int[] parseCapability(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.contains(".")) {
        String[] parts = trimmed.split("\\.", 2);
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      }
      int value = Integer.parseInt(trimmed);
      return new int[] {value / 10, value % 10};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("compute capability '" + text
          + "' is neither 'major.minor' nor DJL's two digits", e);
    }
  }
}
