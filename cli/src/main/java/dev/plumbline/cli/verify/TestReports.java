// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML reports Surefire and Failsafe write ({@code TEST-*.xml}, the JUnit XML format
 * their {@code surefire-test-report} schema describes) into what each test class did.
 *
 * <p>A test case passed when it has none of {@code failure}, {@code error}, {@code skipped}
 * (or, after reruns, when only {@code flakyFailure}/{@code flakyError} remain: it passed in the
 * end). A member class ({@code Outer$Inner}, JUnit 5's {@code @Nested}) counts for its top-level
 * class, the unit the verifier records references for.
 */
final class TestReports {

  private static final List<String> NOT_PASSED = List.of("failure", "error", "skipped");

  /**
   * What one test class did.
   *
   * @param passed test cases that passed
   * @param failed test cases that failed or errored
   * @param skipped test cases skipped or disabled
   */
  record Outcome(int passed, int failed, int skipped) {
    Outcome plus(Outcome other) {
      return new Outcome(passed + other.passed, failed + other.failed, skipped + other.skipped);
    }
  }

  /** A report that is not readable XML: named with the parser's reason. */
  static final class InvalidTestReportException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidTestReportException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private TestReports() {}

  /**
   * Reads every {@code TEST-*.xml} in the directories that exist.
   *
   * @param directories e.g. {@code target/surefire-reports} and {@code target/failsafe-reports}
   * @return by top-level test class, what its test cases did, in name order
   * @throws IOException when a report cannot be read
   * @throws InvalidTestReportException when a report is not well-formed XML
   */
  static Map<String, Outcome> read(List<Path> directories)
      throws IOException, InvalidTestReportException {
    Map<String, Outcome> outcomes = new TreeMap<>();
    for (Path directory : directories) {
      for (Path report : reportsIn(directory)) {
        readOne(report, outcomes);
      }
    }
    return outcomes;
  }

  private static List<Path> reportsIn(Path directory) throws IOException {
    List<Path> reports = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return reports;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "TEST-*.xml")) {
      files.forEach(reports::add);
    }
    reports.sort(null);
    return reports;
  }

  private static void readOne(Path report, Map<String, Outcome> outcomes)
      throws IOException, InvalidTestReportException {
    NodeList cases;
    try (InputStream in = Files.newInputStream(report)) {
      cases = parser().parse(in).getElementsByTagName("testcase");
    } catch (SAXException | ParserConfigurationException e) {
      throw new InvalidTestReportException(report + ": not a readable test report ("
          + e.getMessage() + "). Run the tests again to write a fresh one.", e);
    }
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      String className = testCase.getAttribute("classname");
      if (className.isEmpty()) {
        continue;
      }
      outcomes.merge(topLevel(className), outcomeOf(testCase), Outcome::plus);
    }
  }

  private static Outcome outcomeOf(Element testCase) {
    NodeList children = testCase.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.ELEMENT_NODE && NOT_PASSED.contains(child.getNodeName())) {
        return child.getNodeName().equals("skipped") ? new Outcome(0, 0, 1) : new Outcome(0, 1, 0);
      }
    }
    return new Outcome(1, 0, 0);
  }

  /** {@code a.b.Outer$Inner} counts for {@code a.b.Outer}. */
  static String topLevel(String className) {
    int dollar = className.indexOf('$', className.lastIndexOf('.') + 1);
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // Reports are data: no DTDs, no external entities.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // The parser's default handler prints every error to stderr as well: the exception is enough.
    builder.setErrorHandler(new DefaultHandler());
    return builder;
  }
}
