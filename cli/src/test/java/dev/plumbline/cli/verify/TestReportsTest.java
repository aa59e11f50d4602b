package dev.plumbline.cli.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Surefire's and Failsafe's XML, as their 3.x plugins write it, read into outcomes. */
class TestReportsTest {

  @TempDir Path target;

  /** A report as Surefire 3.0 writes one: the suite, its properties, one element per case. */
  static String report(String plugin, String suite, String... cases) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-" + plugin
        + "-plugin/xsd/" + plugin + "-test-report.xsd\" version=\"3.0.2\" name=\"" + suite
        + "\" time=\"0.5\" tests=\"" + cases.length + "\" errors=\"0\" skipped=\"0\""
        + " failures=\"0\">\n  <properties>\n    <property name=\"java.version\" value=\"17\"/>\n"
        + "  </properties>\n" + String.join("\n", cases) + "\n</testsuite>\n";
  }

  static String passed(String className, String name) {
    return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.01\"/>";
  }

  static String failed(String className, String name) {
    return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.01\">\n"
        + "    <failure message=\"expected: 2 but was: 3\" type=\"org.opentest4j.AssertionFailedError\">"
        + "<![CDATA[org.opentest4j.AssertionFailedError: expected: 2 but was: 3]]></failure>\n"
        + "  </testcase>";
  }

  static String errored(String className, String name) {
    return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.01\">\n"
        + "    <error message=\"boom\" type=\"java.lang.IllegalStateException\">trace</error>\n"
        + "  </testcase>";
  }

  static String skipped(String className, String name) {
    return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0\">\n"
        + "    <skipped message=\"void " + name + "() is @Disabled\"/>\n  </testcase>";
  }

  @Test
  void failuresErrorsAndSkipsDoNotPassAndNestedClassesCountForTheirTopLevelClass()
      throws Exception {
    Path surefire = Files.createDirectories(target.resolve("surefire-reports"));
    Path failsafe = Files.createDirectories(target.resolve("failsafe-reports"));
    Files.writeString(surefire.resolve("TEST-a.CartTest.xml"), report("surefire", "a.CartTest",
        passed("a.CartTest", "adds()"), failed("a.CartTest", "removes()")), UTF_8);
    Files.writeString(surefire.resolve("TEST-a.CartTest$Empty.xml"), report("surefire",
        "a.CartTest$Empty", passed("a.CartTest$Empty", "isEmpty()")), UTF_8);
    Files.writeString(surefire.resolve("TEST-a.TaxTest.xml"), report("surefire", "a.TaxTest",
        errored("a.TaxTest", "rates()"), skipped("a.TaxTest", "rounds()")), UTF_8);
    Files.writeString(failsafe.resolve("TEST-a.ShopIT.xml"), report("failsafe", "a.ShopIT",
        passed("a.ShopIT", "sells()")), UTF_8);
    // Not a report: Surefire's summary and text files are ignored.
    Files.writeString(failsafe.resolve("failsafe-summary.xml"), "<failsafe-summary/>", UTF_8);

    Map<String, TestReports.Outcome> outcomes = TestReports.read(List.of(surefire, failsafe,
        target.resolve("missing")));

    assertThat(outcomes).containsExactly(
        Map.entry("a.CartTest", new TestReports.Outcome(2, 1, 0)),
        Map.entry("a.ShopIT", new TestReports.Outcome(1, 0, 0)),
        Map.entry("a.TaxTest", new TestReports.Outcome(0, 1, 1)));
  }

  @Test
  void aTruncatedReportIsNamedWithItsFix() throws IOException {
    Path surefire = Files.createDirectories(target.resolve("surefire-reports"));
    Path broken = surefire.resolve("TEST-a.CartTest.xml");
    Files.writeString(broken, "<testsuite><testcase classname=\"a.CartTest\"", UTF_8);

    assertThatThrownBy(() -> TestReports.read(List.of(surefire)))
        .isInstanceOf(TestReports.InvalidTestReportException.class)
        .hasMessageStartingWith(broken + ": not a readable test report (")
        .hasMessageEndingWith("Run the tests again to write a fresh one.");
  }

  @Test
  void aDoctypeIsRefusedNotExpanded() throws IOException {
    Path surefire = Files.createDirectories(target.resolve("surefire-reports"));
    Files.writeString(surefire.resolve("TEST-x.xml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
        + "<testsuite><testcase classname=\"&e;\" name=\"n\"/></testsuite>\n", UTF_8);

    assertThatThrownBy(() -> TestReports.read(List.of(surefire)))
        .isInstanceOf(TestReports.InvalidTestReportException.class)
        .hasMessageContaining("DOCTYPE");
  }
}
