package dev.plumbline.trainer.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionPlanTest {

  static final long GIB = 1L << 30;
  static final HardwareProfile CPU = HardwareProfile.cpu("AMD EPYC 7B13", 16 * GIB, 2);
  static final HardwareProfile H200 = HardwareProfile.gpu("NVIDIA H200", 141 * GIB, "9.0", 1);
  static final HardwareProfile H100 =
      HardwareProfile.gpu("NVIDIA H100 80GB HBM3", 80 * GIB, "90", 8);
  static final HardwareProfile A100_80 =
      HardwareProfile.gpu("NVIDIA A100-SXM4-80GB", 80 * GIB, "8.0", 1);
  static final HardwareProfile A100_40 =
      HardwareProfile.gpu("NVIDIA A100-SXM4-40GB", 40 * GIB, "8.0", 1);
  static final HardwareProfile L4 = HardwareProfile.gpu("NVIDIA L4", 24 * GIB, "8.9", 1);
  static final HardwareProfile T4 = HardwareProfile.gpu("Tesla T4", 15 * GIB, "7.5", 1);
  static final HardwareProfile L40S = HardwareProfile.gpu("NVIDIA L40S", 48 * GIB, "8.9", 1);
  static final HardwareProfile V100 =
      HardwareProfile.gpu("Tesla V100-SXM2-16GB", 16 * GIB, "7.0", 1);
  static final HardwareProfile P100 =
      HardwareProfile.gpu("Tesla P100-PCIE-16GB", 16 * GIB, "6.0", 1);

  @Test
  void classifiesTheTableRowsByNameMemoryAndCapability() {
    assertThat(List.of(CPU, H200, H100, A100_80, A100_40, L4, T4, L40S, V100, P100).stream()
        .map(GpuClass::of)).containsExactly(GpuClass.CPU, GpuClass.H200, GpuClass.H100,
        GpuClass.A100_80GB, GpuClass.A100_40GB, GpuClass.L4, GpuClass.T4,
        GpuClass.OTHER_AMPERE_OR_NEWER, GpuClass.OTHER_VOLTA_OR_TURING, GpuClass.OTHER_OLDER);
  }

  @Test
  void cpuTrainsInFp32WithoutScaler() {
    PrecisionPlan plan = PrecisionPlan.forProfile(CPU, "auto", false);
    assertThat(plan.computeType()).isEqualTo(DataType.FLOAT32);
    assertThat(plan.dynamicLossScaling()).isFalse();
    assertThat(plan.microBatchDivisor()).isEqualTo(1);
    assertThat(plan.tf32()).isFalse();
    assertThat(plan.substituted()).isFalse();
    assertThat(plan.device()).isEqualTo(Device.cpu());
    assertThat(plan.explanation()).startsWith("CPU: fp32");
  }

  @Test
  void bf16RowsUseFp16WithScalerAndSayWhy() {
    for (HardwareProfile profile : List.of(H200, H100, A100_80)) {
      PrecisionPlan plan = PrecisionPlan.forProfile(profile, "auto", true);
      assertThat(plan.computeType()).isEqualTo(DataType.FLOAT16);
      assertThat(plan.dynamicLossScaling()).isTrue();
      assertThat(plan.microBatchDivisor()).isEqualTo(1);
      assertThat(plan.tf32()).isTrue();
      assertThat(plan.substituted()).isTrue();
      assertThat(plan.device()).isEqualTo(Device.gpu(0));
      assertThat(plan.explanation()).contains("the rulebook asks for bf16 without a loss scaler,"
          + " plus TF32").contains("aborts the JVM on BFLOAT16, so this plan uses fp16 with a"
          + " dynamic loss scaler instead").endsWith("TF32 is on (TORCH_ALLOW_TF32_CUBLAS_OVERRIDE=1).");
    }
    assertThat(PrecisionPlan.forProfile(H100, "auto", false).explanation())
        .startsWith("NVIDIA H100 80GB HBM3 (80.0 GiB, compute 9.0)")
        .contains("start the JVM with TORCH_ALLOW_TF32_CUBLAS_OVERRIDE=1");
  }

  @Test
  void a100With40GbHalvesTheMicroBatch() {
    PrecisionPlan plan = PrecisionPlan.forProfile(A100_40, "auto", false);
    assertThat(plan.computeType()).isEqualTo(DataType.FLOAT16);
    assertThat(plan.dynamicLossScaling()).isTrue();
    assertThat(plan.microBatchDivisor()).isEqualTo(2);
    assertThat(plan.explanation()).contains("micro-batch is halved and gradient accumulation"
        + " doubled");
  }

  @Test
  void t4AndL4UseFp16WithScalerAsTheTableSays() {
    PrecisionPlan t4 = PrecisionPlan.forProfile(T4, "auto", true);
    assertThat(t4.computeType()).isEqualTo(DataType.FLOAT16);
    assertThat(t4.dynamicLossScaling()).isTrue();
    assertThat(t4.tf32()).isFalse();
    assertThat(t4.substituted()).isFalse();
    assertThat(t4.explanation()).isEqualTo("Tesla T4 (15.0 GiB, compute 7.5): the rulebook asks"
        + " for fp16 with a dynamic loss scaler (mandatory). Used as is.");
    PrecisionPlan l4 = PrecisionPlan.forProfile(L4, "auto", true);
    assertThat(l4.computeType()).isEqualTo(DataType.FLOAT16);
    assertThat(l4.tf32()).isTrue();
  }

  @Test
  void gpusOutsideTheTable() {
    assertThat(PrecisionPlan.forProfile(L40S, "auto", false).computeType())
        .isEqualTo(DataType.FLOAT16);
    assertThat(PrecisionPlan.forProfile(V100, "auto", false).dynamicLossScaling()).isTrue();
    PrecisionPlan old = PrecisionPlan.forProfile(P100, "auto", false);
    assertThat(old.computeType()).isEqualTo(DataType.FLOAT32);
    assertThat(old.dynamicLossScaling()).isFalse();
  }

  @Test
  void explicitRequests() {
    PrecisionPlan fp32 = PrecisionPlan.forProfile(H100, "fp32", true);
    assertThat(fp32.computeType()).isEqualTo(DataType.FLOAT32);
    assertThat(fp32.tf32()).isFalse();
    assertThat(fp32.dynamicLossScaling()).isFalse();
    PrecisionPlan cpuFp16 = PrecisionPlan.forProfile(CPU, "fp16", false);
    assertThat(cpuFp16.computeType()).isEqualTo(DataType.FLOAT16);
    assertThat(cpuFp16.dynamicLossScaling()).isTrue();
    PrecisionPlan cpuBf16 = PrecisionPlan.forProfile(CPU, "bf16", false);
    assertThat(cpuBf16.computeType()).isEqualTo(DataType.FLOAT32);
    assertThat(cpuBf16.substituted()).isTrue();
    assertThat(cpuBf16.explanation()).isEqualTo("bf16 was requested, but DJL 0.36's PyTorch JNI"
        + " aborts the JVM on BFLOAT16, so this CPU run uses fp32 instead (fp32 is also the"
        + " fastest precision on a CPU).");
    PrecisionPlan t4Bf16 = PrecisionPlan.forProfile(T4, "bf16", false);
    assertThat(t4Bf16.computeType()).isEqualTo(DataType.FLOAT16);
    assertThat(t4Bf16.explanation()).contains("has no bf16 tensor cores");
    assertThat(PrecisionPlan.forProfile(A100_40, "bf16", false).microBatchDivisor()).isEqualTo(2);
    assertThatThrownBy(() -> PrecisionPlan.forProfile(CPU, "fp8", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("training.precision 'fp8' is not one of auto, fp32, fp16, bf16");
  }

  @Test
  void noPlanEverCarriesADtypeThatKillsTheJvm() {
    for (HardwareProfile profile : List.of(CPU, H200, H100, A100_80, A100_40, L4, T4, L40S, V100,
        P100)) {
      for (String requested : List.of("auto", "fp32", "fp16", "bf16")) {
        assertThat(PrecisionPlan.forProfile(profile, requested, false).computeType())
            .isIn(DataType.FLOAT32, DataType.FLOAT16);
      }
    }
    for (DataType fatal : List.of(DataType.BFLOAT16, DataType.UINT16, DataType.UINT32,
        DataType.INT16)) {
      assertThatThrownBy(() -> new PrecisionPlan(GpuClass.H100, fatal, false, 1, false, false,
          "x", Device.cpu())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("aborts the JVM");
    }
  }

  @Test
  void reportLinesCarryStatusPrefixes() {
    assertThat(HardwareReport.lines(H100, PrecisionPlan.forProfile(H100, "auto", true)))
        .containsExactly(
            "[INFO] Hardware: GPU NVIDIA H100 80GB HBM3 | 80.0 GiB | compute 9.0 | 8 GPU(s), using"
                + " gpu(0)",
            "[INFO] Precision plan: fp16 compute | dynamic loss scaling on | micro-batch divisor 1"
                + " | TF32 on",
            "[WARN] " + PrecisionPlan.forProfile(H100, "auto", true).explanation());
    assertThat(HardwareReport.lines(CPU, PrecisionPlan.forProfile(CPU, "auto", false)).get(0))
        .isEqualTo("[INFO] Hardware: CPU AMD EPYC 7B13 | 16.0 GiB RAM | 2 cores");
  }
}
