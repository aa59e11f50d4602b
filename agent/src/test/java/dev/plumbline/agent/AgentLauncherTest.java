// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which option strings start the agent before {@code main} (bytecode marks need their transformer
 * in place before the program's first class) rather than on a thread of its own.
 */
class AgentLauncherTest {

  @Test
  void bytecodeMarksInAnyCaseStartBeforeMain() {
    assertThat(AgentLauncher.mayAskForBytecodeMarks("marks=bytecode")).isTrue();
    assertThat(AgentLauncher.mayAskForBytecodeMarks("out=x, MARKS = ByteCode ,include=a"))
        .isTrue();
  }

  @Test
  void theDefaultMarksStartWhileMainRuns() {
    assertThat(AgentLauncher.mayAskForBytecodeMarks(null)).isFalse();
    assertThat(AgentLauncher.mayAskForBytecodeMarks("")).isFalse();
    assertThat(AgentLauncher.mayAskForBytecodeMarks("out=x,include=com.acme,marks=initialized"))
        .isFalse();
  }
}
