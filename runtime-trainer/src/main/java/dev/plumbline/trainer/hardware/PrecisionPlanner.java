// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.util.Locale;

/**
 * The rulebook's GPU table as code. Where the table says bf16, the plan uses fp16 with a dynamic
 * loss scaler, because handing BFLOAT16 to DJL 0.36's PyTorch engine aborts the JVM.
 */
final class PrecisionPlanner {

  private static final String BF16_REASON = "DJL 0.36's PyTorch JNI maps only the first nine"
      + " DataType ordinals and aborts the JVM on BFLOAT16, so this plan uses fp16 with a dynamic"
      + " loss scaler instead: the same memory and tensor-core speed as bf16, and the scaler covers"
      + " fp16's narrower range (largest value 65504) that bf16 would not need.";

  private final HardwareProfile profile;
  private final GpuClass gpuClass;
  private final boolean tf32VariableSet;
  private final Device device;

  PrecisionPlanner(HardwareProfile profile, boolean tf32VariableSet) {
    this.profile = profile;
    this.gpuClass = GpuClass.of(profile);
    this.tf32VariableSet = tf32VariableSet;
    this.device = profile.kind() == DeviceKind.GPU ? Device.gpu(0) : Device.cpu();
  }

  PrecisionPlan plan(String requested) {
    return switch (requested.toLowerCase(Locale.ROOT)) {
      case "auto" -> auto();
      case "fp32" -> plan(DataType.FLOAT32, false, 1, false, false,
          "fp32 as requested in training.precision" + (gpuClass == GpuClass.CPU ? ""
              : "; TF32 stays off so that fp32 means full fp32") + ".");
      case "fp16" -> fp16Requested();
      case "bf16" -> bf16Requested();
      default -> throw new IllegalArgumentException("training.precision '" + requested
          + "' is not one of auto, fp32, fp16, bf16");
    };
  }

  private PrecisionPlan auto() {
    return switch (gpuClass) {
      case CPU -> plan(DataType.FLOAT32, false, 1, false, false, "CPU: fp32, the fastest and"
          + " simplest precision on a CPU (half precision brings no speed-up there and would"
          + " need a loss scaler).");
      case H200, H100, A100_80GB -> plan(DataType.FLOAT16, true, 1, true, true,
          tableRow("bf16 without a loss scaler, plus TF32") + BF16_REASON + tf32Note());
      case A100_40GB -> plan(DataType.FLOAT16, true, 2, true, true, tableRow("bf16 with gradient"
          + " checkpointing or a smaller micro-batch") + BF16_REASON + " DJL has no gradient"
          + " checkpointing, so the micro-batch is halved and gradient accumulation doubled,"
          + " which keeps the effective batch." + tf32Note());
      case L4, T4 -> plan(DataType.FLOAT16, true, 1, profile.computeMajor() >= 8, false,
          tableRow("fp16 with a dynamic loss scaler (mandatory)") + "Used as is."
              + (profile.computeMajor() >= 8 ? tf32Note() : ""));
      case OTHER_AMPERE_OR_NEWER -> plan(DataType.FLOAT16, true, 1, true, true, describe()
          + ": not in the rulebook's table; bf16-capable, treated like an A100 80GB. "
          + BF16_REASON + tf32Note());
      case OTHER_VOLTA_OR_TURING -> plan(DataType.FLOAT16, true, 1, false, false, describe()
          + ": not in the rulebook's table; fp16 tensor cores, so fp16 with a dynamic loss"
          + " scaler like a T4.");
      case OTHER_OLDER -> plan(DataType.FLOAT32, false, 1, false, false, describe() + ": no"
          + " tensor cores (compute capability below 7.0), so fp32; half precision would save"
          + " memory but not time, and would need a loss scaler.");
    };
  }

  private PrecisionPlan fp16Requested() {
    if (gpuClass == GpuClass.CPU) {
      return plan(DataType.FLOAT16, true, 1, false, false, "fp16 on CPU as requested in"
          + " training.precision, with a dynamic loss scaler; DJL's CPU engine runs fp16 but"
          + " usually slower than fp32, so use it to exercise the fp16 path, not for speed.");
    }
    return plan(DataType.FLOAT16, true, 1, profile.computeMajor() >= 8, false, "fp16 with a"
        + " dynamic loss scaler, as requested in training.precision."
        + (profile.computeMajor() >= 8 ? tf32Note() : ""));
  }

  private PrecisionPlan bf16Requested() {
    if (gpuClass == GpuClass.CPU) {
      return plan(DataType.FLOAT32, false, 1, false, true, "bf16 was requested, but DJL 0.36's"
          + " PyTorch JNI aborts the JVM on BFLOAT16, so this CPU run uses fp32 instead (fp32 is"
          + " also the fastest precision on a CPU).");
    }
    if (profile.computeMajor() < 8) {
      return plan(DataType.FLOAT16, true, 1, false, true, "bf16 was requested, but " + describe()
          + " has no bf16 tensor cores (compute capability below 8.0) and DJL 0.36 aborts the JVM"
          + " on BFLOAT16 anyway, so this plan uses fp16 with a dynamic loss scaler instead.");
    }
    int divisor = gpuClass == GpuClass.A100_40GB ? 2 : 1;
    return plan(DataType.FLOAT16, true, divisor, true, true, "bf16 was requested. " + BF16_REASON
        + tf32Note());
  }

  private PrecisionPlan plan(DataType type, boolean scaler, int divisor, boolean tf32,
      boolean substituted, String explanation) {
    return new PrecisionPlan(gpuClass, type, scaler, divisor, tf32, substituted, explanation,
        device);
  }

  private String tableRow(String rulebookSays) {
    return describe() + ": the rulebook asks for " + rulebookSays + ". ";
  }

  private String tf32Note() {
    return tf32VariableSet ? " TF32 is on (" + PrecisionPlan.TF32_VARIABLE + "=1)."
        : " For TF32 on the remaining fp32 matmuls, start the JVM with "
            + PrecisionPlan.TF32_VARIABLE + "=1 in the environment (libtorch reads it once at"
            + " start; DJL has no switch).";
  }

  private String describe() {
    return String.format(Locale.ROOT, "%s (%.1f GiB, compute %d.%d)", profile.deviceName(),
        profile.memoryGib(), profile.computeMajor(), profile.computeMinor());
  }
}
