// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import ai.djl.ndarray.types.DataType;
import dev.plumbline.trainer.hardware.DeviceKind;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The theoretical peak of a device in floating point operations per second, for a model FLOPs
 * utilisation (MFU) estimate as nanoGPT makes one: achieved FLOPs (FLOPs per token times tokens
 * per second) over this peak.
 *
 * @param flopsPerSecond the peak
 * @param basis how it was arrived at, for the results file
 */
public record PeakFlops(double flopsPerSecond, String basis) {

  // Dense (no sparsity) peaks from NVIDIA's data sheets: fp16/bf16 tensor cores, TF32, fp32.
  private static final List<GpuPeak> GPUS = List.of(
      new GpuPeak("H200", 989.4e12, 494.7e12, 66.9e12),
      new GpuPeak("H100 PCIe", 756.0e12, 378.0e12, 51.2e12),
      new GpuPeak("H100", 989.4e12, 494.7e12, 66.9e12),
      new GpuPeak("A100", 312.0e12, 156.0e12, 19.5e12),
      new GpuPeak("L4", 121.0e12, 60.0e12, 30.3e12),
      new GpuPeak("A10", 125.0e12, 62.5e12, 31.2e12),
      new GpuPeak("T4", 65.0e12, 0, 8.1e12),
      new GpuPeak("V100", 125.0e12, 0, 15.7e12));

  /**
   * The peak of the device a plan runs on, in the plan's precision: the GPU table above for a
   * GPU (fp16 tensor cores for an fp16 plan, TF32 for an fp32 plan with TF32, else fp32), and for
   * a CPU the logical cores times the clock times the fp32 FLOPs of two FMA units per cycle (32
   * with AVX2 FMA, 64 with Intel's AVX-512, 16 without FMA), read from {@code /proc/cpuinfo}.
   *
   * @param profile the hardware
   * @param plan the precision plan
   * @return the peak, or empty for a GPU missing from the table or a CPU whose clock is unknown
   */
  public static Optional<PeakFlops> of(HardwareProfile profile, PrecisionPlan plan) {
    if (profile.kind() == DeviceKind.GPU) {
      String name = profile.deviceName().toUpperCase(Locale.ROOT);
      return GPUS.stream().filter(gpu -> name.contains(gpu.name().toUpperCase(Locale.ROOT)))
          .findFirst().flatMap(gpu -> gpu.peak(plan));
    }
    return cpu(Path.of("/proc/cpuinfo"), profile.deviceCount());
  }

  /**
   * The CPU peak from a cpuinfo file.
   *
   * @param cpuinfo {@code /proc/cpuinfo} or a copy of it
   * @param cores logical cores in use
   * @return the peak, empty when the file gives no clock
   */
  static Optional<PeakFlops> cpu(Path cpuinfo, int cores) {
    List<String> lines;
    try {
      lines = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    double megahertz = lines.stream().filter(l -> l.startsWith("cpu MHz")).findFirst()
        .map(l -> Double.parseDouble(l.substring(l.indexOf(':') + 1).strip())).orElse(0.0);
    if (megahertz <= 0) {
      return Optional.empty();
    }
    String flags = lines.stream().filter(l -> l.startsWith("flags")).findFirst().orElse("");
    boolean intel = lines.stream().anyMatch(l -> l.startsWith("vendor_id") && l.contains("Intel"));
    int perCycle = flags.contains(" avx512f") && intel ? 64 : flags.contains(" fma") ? 32 : 16;
    return Optional.of(new PeakFlops(cores * megahertz * 1e6 * perCycle, String.format(
        Locale.ROOT, "CPU fp32: %d logical cores x %.0f MHz x %d FLOPs/cycle (two FMA units)",
        cores, megahertz, perCycle)));
  }

  /**
   * Model FLOPs utilisation: the share of the peak a run achieved.
   *
   * @param flopsPerToken FLOPs of one token (training: nanoGPT's 6N + 12LHQT)
   * @param tokensPerSecond measured throughput
   * @return achieved FLOPs over the peak
   */
  public double utilization(double flopsPerToken, double tokensPerSecond) {
    return flopsPerToken * tokensPerSecond / flopsPerSecond;
  }

  private record GpuPeak(String name, double fp16, double tf32, double fp32) {
    Optional<PeakFlops> peak(PrecisionPlan plan) {
      if (plan.computeType() == DataType.FLOAT16) {
        return Optional.of(new PeakFlops(fp16, name + " fp16 tensor cores, dense"));
      }
      if (plan.tf32() && tf32 > 0) {
        return Optional.of(new PeakFlops(tf32, name + " TF32 tensor cores, dense"));
      }
      return Optional.of(new PeakFlops(fp32, name + " fp32"));
    }
  }
}
