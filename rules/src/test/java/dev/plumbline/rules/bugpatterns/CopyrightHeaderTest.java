package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class CopyrightHeaderTest {

  private static final String HOLDER = "-XepOpt:Plumbline:CopyrightHolder=The+Plumbline+Authors";
  private static final String YEARS = "-XepOpt:Plumbline:CopyrightYears=2024-2026";

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(CopyrightHeader.class, getClass()).setArgs(HOLDER, YEARS);

  @Test
  void flagsMainSourcesWithoutHeaderWhateverTheyDeclare() {
    helper
        .addSourceLines(
            "src/main/java/app/Service.java",
            "// BUG: Diagnostic matches: WITH_HOLDER",
            "package app;",
            "class Service {}")
        .addSourceLines(
            "src/main/java/app/Shape.java",
            "/** A Javadoc is not a header. */",
            "// BUG: Diagnostic matches: NO_HEADER",
            "package app;",
            "interface Shape {}")
        .addSourceLines(
            "src/main/java/app/Point.java",
            "// BUG: Diagnostic matches: NO_HEADER",
            "package app;",
            "record Point(int x, int y) {}")
        .addSourceLines(
            "src/main/java/app/Mode.java",
            "// BUG: Diagnostic matches: NO_HEADER",
            "package app;",
            "enum Mode { ON, OFF }")
        .expectErrorMessage(
            "WITH_HOLDER",
            m -> m.contains("No copyright header: the file must start with"
                + " '// Copyright (c) 2024-2026 The Plumbline Authors'"))
        .expectErrorMessage("NO_HEADER", m -> m.startsWith("[CopyrightHeader] No copyright header"))
        .doTest();
  }

  @Test
  void withoutConfiguredHolderAcceptsExistingHeadersOfAnyHolderAndExemptFiles() {
    CompilationTestHelper.newInstance(CopyrightHeader.class, getClass())
        .addSourceLines(
            "src/main/java/app/Own.java",
            "// Copyright (c) 2026 The Plumbline Authors",
            "",
            "package app;",
            "class Own {}")
        .addSourceLines(
            "src/main/java/app/ThirdParty.java",
            "/*",
            " * Copyright 2019 Somebody Else. Licensed under the Apache License 2.0.",
            " */",
            "package app;",
            "class ThirdParty {}")
        .addSourceLines(
            "src/main/java/app/PublicDomain.java",
            "/*",
            " * Written by Doug Lea and released to the public",
            " * domain, as explained at",
            " * http://creativecommons.org/publicdomain/zero/1.0/",
            " */",
            "package app;",
            "class PublicDomain {}")
        .addSourceLines(
            "src/main/java/app/Spdx.java",
            "// SPDX-License-Identifier: MIT",
            "package app;",
            "class Spdx {}")
        .addSourceLines("src/main/java/app/package-info.java", "package app;")
        .addSourceLines("src/test/java/app/Helper.java", "package app;", "class Helper {}")
        .addSourceLines("src/main/java/app/ServiceTest.java", "package app;", "class ServiceTest {}")
        .addSourceLines(
            "target/generated-sources/annotations/app/Made.java",
            "package app;",
            "class Made {}")
        .addSourceLines(
            "src/main/java/app/Annotated.java",
            "package app;",
            "@javax.annotation.processing.Generated(\"a processor\")",
            "class Annotated {}")
        .addSourceLines(
            "src/main/java/app/Legacy.java",
            "package app;",
            "@SuppressWarnings(\"CopyrightHeader\")",
            "class Legacy {}")
        .doTest();
  }

  /**
   * #14 point 7: a license after the package clause is a header, "(c)" alone is not, and the
   * configured holder and years are checked in an existing copyright line.
   */
  @Test
  void headerAfterPackageCountsBareParenCDoesNotAndHolderAndYearsAreChecked() {
    helper
        .addSourceLines(
            "src/main/java/app/AfterPackage.java",
            "package app;",
            "/*",
            " * Copyright 2024-2026 The Plumbline Authors. Licensed under the MIT License.",
            " */",
            "import java.util.List;",
            "class AfterPackage { List<String> names; }")
        .addSourceLines(
            "src/main/java/app/ListItem.java",
            "// Steps: (a) read, (b) parse, (c) write.",
            "// BUG: Diagnostic matches: NO_HEADER",
            "package app;",
            "class ListItem {}")
        .addSourceLines(
            "src/main/java/app/Other.java",
            "// Copyright (c) 2026 Somebody Else",
            "// BUG: Diagnostic matches: HOLDER",
            "package app;",
            "class Other {}")
        .addSourceLines(
            "src/main/java/app/Old.java",
            "// Copyright (c) 2024 The Plumbline Authors",
            "// BUG: Diagnostic matches: YEARS",
            "package app;",
            "class Old {}")
        .expectErrorMessage("NO_HEADER", m -> m.contains("No copyright header"))
        .expectErrorMessage("HOLDER", m -> m.contains("The copyright header does not name The"
            + " Plumbline Authors: 'Copyright (c) 2026 Somebody Else'"))
        .expectErrorMessage("YEARS", m -> m.contains("The copyright header's years end in 2024,"
            + " before 2026"))
        .doTest();
    BugCheckerRefactoringTestHelper.newInstance(CopyrightHeader.class, getClass())
        .setArgs(HOLDER, YEARS)
        .addInputLines(
            "src/main/java/app/Old.java",
            "// Copyright (c) 2024 The Plumbline Authors",
            "package app;",
            "class Old {}")
        .addOutputLines(
            "src/main/java/app/Old.java",
            "// Copyright (c) 2024-2026 The Plumbline Authors",
            "package app;",
            "class Old {}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void withoutConfiguredHolderTheFindingExplainsHowToGetAFix() {
    CompilationTestHelper.newInstance(CopyrightHeader.class, getClass())
        .addSourceLines(
            "src/main/java/app/Service.java",
            "// BUG: Diagnostic matches: NO_HOLDER",
            "package app;",
            "class Service {}")
        .expectErrorMessage(
            "NO_HOLDER",
            m -> m.contains("set -XepOpt:Plumbline:CopyrightHolder=<holder> for a fix"))
        .doTest();
  }

  @Test
  void fixInsertsTheConfiguredHeaderAndKeepsTheRest() {
    BugCheckerRefactoringTestHelper.newInstance(CopyrightHeader.class, getClass())
        .setArgs(HOLDER, YEARS)
        .addInputLines(
            "src/main/java/app/Service.java",
            "package app;",
            "",
            "/** A service. */",
            "class Service {}")
        .addOutputLines(
            "src/main/java/app/Service.java",
            "// Copyright (c) 2024-2026 The Plumbline Authors",
            "",
            "package app;",
            "",
            "/** A service. */",
            "class Service {}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }
}
