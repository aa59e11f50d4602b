// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.hardware;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;

/**
 * How a run uses its hardware: the dtype handed to DJL, whether a dynamic loss scaler runs, by how
 * much the micro-batch shrinks (gradient accumulation grows by the same factor), whether TF32 is
 * wanted, and a plain explanation of why. The compute type is only ever FLOAT32 or FLOAT16: DJL
 * 0.36's PyTorch JNI aborts the JVM on BFLOAT16, UINT16, UINT32 and INT16.
 *
 * @param gpuClass the row of the GPU table the plan came from
 * @param computeType FLOAT32 or FLOAT16
 * @param dynamicLossScaling whether the loop must scale the loss and skip overflowing steps
 * @param microBatchDivisor divide {@code batch_size} by this and multiply accumulation by it
 * @param tf32 whether fp32 matmuls may use TF32 tensor cores
 * @param substituted true when the plan departs from what the rulebook or the user asked for
 * @param explanation why this plan, in a sentence or three
 * @param device the DJL device to train on
 */
public record PrecisionPlan(GpuClass gpuClass, DataType computeType, boolean dynamicLossScaling,
    int microBatchDivisor, boolean tf32, boolean substituted, String explanation,
    Device device) {

  /** libtorch reads this variable once at start; DJL has no TF32 switch of its own. */
  public static final String TF32_VARIABLE = "TORCH_ALLOW_TF32_CUBLAS_OVERRIDE";

  /**
   * The compact constructor refuses the dtypes that kill the JVM, so no plan can carry one.
   *
   * @param gpuClass the row of the GPU table
   * @param computeType FLOAT32 or FLOAT16
   * @param dynamicLossScaling loss scaler on or off
   * @param microBatchDivisor at least 1
   * @param tf32 TF32 wanted
   * @param substituted departs from the request
   * @param explanation why
   * @param device DJL device
   */
  public PrecisionPlan {
    if (computeType != DataType.FLOAT32 && computeType != DataType.FLOAT16) {
      throw new IllegalArgumentException("compute type " + computeType + " is not allowed: DJL's"
          + " PyTorch JNI aborts the JVM on BFLOAT16, UINT16, UINT32 and INT16; use FLOAT32 or"
          + " FLOAT16");
    }
    if (microBatchDivisor < 1) {
      throw new IllegalArgumentException("micro-batch divisor must be at least 1");
    }
  }

  /**
   * The plan for a profile and a requested precision, reading the TF32 variable from the
   * environment.
   *
   * @param profile the hardware
   * @param requestedPrecision {@code auto}, {@code fp32}, {@code fp16} or {@code bf16}
   * @return the plan
   */
  public static PrecisionPlan forProfile(HardwareProfile profile, String requestedPrecision) {
    return forProfile(profile, requestedPrecision, "1".equals(System.getenv(TF32_VARIABLE)));
  }

  /**
   * The plan for a profile and a requested precision.
   *
   * @param profile the hardware
   * @param requestedPrecision {@code auto}, {@code fp32}, {@code fp16} or {@code bf16}
   * @param tf32VariableSet whether {@value #TF32_VARIABLE}=1 was set before the JVM started
   * @return the plan
   */
  public static PrecisionPlan forProfile(HardwareProfile profile, String requestedPrecision,
      boolean tf32VariableSet) {
    return new PrecisionPlanner(profile, tf32VariableSet).plan(requestedPrecision);
  }

  /**
   * The precision name used in messages.
   *
   * @return {@code fp16} or {@code fp32}
   */
  public String precisionName() {
    return computeType == DataType.FLOAT16 ? "fp16" : "fp32";
  }
}
