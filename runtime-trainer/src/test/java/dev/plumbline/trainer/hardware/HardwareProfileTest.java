package dev.plumbline.trainer.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HardwareProfileTest {

  @Test
  void parsesBothCapabilitySpellings() {
    assertThat(HardwareProfile.parseCapability("8.6")).containsExactly(8, 6);
    assertThat(HardwareProfile.parseCapability("90")).containsExactly(9, 0);
    assertThat(HardwareProfile.gpu("x", 1, "7.5", 1).computeCapability()).isEqualTo(7.5);
    assertThatThrownBy(() -> HardwareProfile.parseCapability("sm_80"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compute capability 'sm_80' is neither 'major.minor' nor DJL's two digits");
  }

  @Test
  void parsesNvidiaSmiCsv() {
    String output = """
        NVIDIA H100 80GB HBM3, 81559, 9.0
        NVIDIA H100 80GB HBM3, 81559, 9.0
        garbage line
        """;
    assertThat(NvidiaSmi.parse(output)).containsExactly(
        new NvidiaSmi.Row("NVIDIA H100 80GB HBM3", 81559, "9.0"),
        new NvidiaSmi.Row("NVIDIA H100 80GB HBM3", 81559, "9.0"));
  }

  @Test
  void detectsThisMachine() {
    HardwareProfile profile = HardwareProfile.detect();
    // CI and this machine have no GPU; on a CUDA machine the GPU branch must be taken instead.
    if (profile.kind() == DeviceKind.CPU) {
      assertThat(profile.deviceCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
      assertThat(profile.memoryBytes()).isPositive();
      assertThat(profile.deviceName()).isNotBlank();
    } else {
      assertThat(profile.computeMajor()).isPositive();
      assertThat(profile.memoryBytes()).isPositive();
    }
  }
}
