// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The start-of-run lines that say what the trainer runs on and how. */
public final class HardwareReport {

  private HardwareReport() {
  }

  /**
   * The report as status-prefixed lines: the profile, the plan, and its explanation ({@code [WARN]}
   * when the plan departs from what was asked).
   *
   * @param profile the hardware
   * @param plan the plan made for it
   * @return the lines, without line terminators
   */
  public static List<String> lines(HardwareProfile profile, PrecisionPlan plan) {
    List<String> lines = new ArrayList<>();
    if (profile.kind() == DeviceKind.GPU) {
      lines.add(String.format(Locale.ROOT,
          "[INFO] Hardware: GPU %s | %.1f GiB | compute %d.%d | %d GPU(s), using %s",
          profile.deviceName(), profile.memoryGib(), profile.computeMajor(),
          profile.computeMinor(), profile.deviceCount(), plan.device()));
    } else {
      lines.add(String.format(Locale.ROOT, "[INFO] Hardware: CPU %s | %.1f GiB RAM | %d cores",
          profile.deviceName(), profile.memoryGib(), profile.deviceCount()));
    }
    lines.add(String.format(Locale.ROOT,
        "[INFO] Precision plan: %s compute | dynamic loss scaling %s | micro-batch divisor %d"
            + " | TF32 %s", plan.precisionName(), plan.dynamicLossScaling() ? "on" : "off",
        plan.microBatchDivisor(), plan.tf32() ? "on" : "off"));
    lines.add((plan.substituted() ? "[WARN] " : "[INFO] ") + plan.explanation());
    return lines;
  }

  /**
   * Prints {@link #lines} to standard output.
   *
   * @param profile the hardware
   * @param plan the plan made for it
   */
  public static void print(HardwareProfile profile, PrecisionPlan plan) {
    for (String line : lines(profile, plan)) {
      System.out.println(line);
    }
  }
}
