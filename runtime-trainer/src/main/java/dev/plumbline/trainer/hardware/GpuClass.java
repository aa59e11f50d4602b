// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rows of the rulebook's GPU table, extended to H100/H200, CPU and unknown GPUs. */
public enum GpuClass {
  /** No GPU. */
  CPU,
  /** NVIDIA H200. */
  H200,
  /** NVIDIA H100. */
  H100,
  /** NVIDIA A100 with 80 GB. */
  A100_80GB,
  /** NVIDIA A100 with 40 GB. */
  A100_40GB,
  /** NVIDIA L4. */
  L4,
  /** NVIDIA T4. */
  T4,
  /** Another GPU with compute capability 8.0 or more (bf16-capable tensor cores). */
  OTHER_AMPERE_OR_NEWER,
  /** Another GPU with compute capability 7.x (fp16 tensor cores). */
  OTHER_VOLTA_OR_TURING,
  /** A GPU older than compute capability 7.0 (no tensor cores). */
  OTHER_OLDER;

  // "L4" must not match "L40" or "L40S"; "T4" must not match "T400".
  private static final Pattern L4_NAME = Pattern.compile(".*\\bL4\\b.*");
  private static final Pattern T4_NAME = Pattern.compile(".*\\bT4\\b.*");
  private static final long A100_80GB_THRESHOLD = 60L << 30;

  /**
   * Classifies a profile by name first (memory tells the two A100s apart), then by capability.
   *
   * @param profile the hardware
   * @return its class
   */
  public static GpuClass of(HardwareProfile profile) {
    if (profile.kind() == DeviceKind.CPU) {
      return CPU;
    }
    String name = profile.deviceName().toUpperCase(Locale.ROOT);
    if (name.contains("H200")) {
      return H200;
    }
    if (name.contains("H100")) {
      return H100;
    }
    if (name.contains("A100")) {
      return profile.memoryBytes() >= A100_80GB_THRESHOLD ? A100_80GB : A100_40GB;
    }
    if (L4_NAME.matcher(name).matches()) {
      return L4;
    }
    if (T4_NAME.matcher(name).matches()) {
      return T4;
    }
    if (profile.computeMajor() >= 8) {
      return OTHER_AMPERE_OR_NEWER;
    }
    return profile.computeMajor() == 7 ? OTHER_VOLTA_OR_TURING : OTHER_OLDER;
  }
}
