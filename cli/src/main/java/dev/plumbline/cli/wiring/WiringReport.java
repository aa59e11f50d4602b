// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.wiring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a {@code wiring.json} report that a check needs: whether the compilation had an
 * entry point and saw the whole program, and each module's verdict.
 *
 * @param file where the report was read from
 * @param entryPoint the entry point's binary name, empty for a library compilation
 * @param partial whether the compilation saw only part of the program
 * @param modules every module of the report
 */
record WiringReport(Path file, String entryPoint, boolean partial, List<Module> modules) {

  /**
   * One module's verdict.
   *
   * @param name the module's name
   * @param declaration the type or package that declares it
   * @param status WIRED, NOT_WIRED, DUPLICATE or UNVERIFIED
   * @param critical whether the program cannot do without it
   * @param criticalReason why it is critical, may be empty
   * @param reachable whether a class of it is reachable from the entry point
   */
  record Module(
      String name,
      String declaration,
      String status,
      boolean critical,
      String criticalReason,
      boolean reachable) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads a report.
   *
   * @param file a {@code wiring.json} file
   * @return its content
   * @throws InvalidReportException when the file is not a wiring report (with line and column for
   *     a syntax error)
   * @throws IOException when the file cannot be read
   */
  static WiringReport read(Path file) throws IOException, InvalidReportException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidReportException(
          file + ": not valid JSON" + where + ": " + e.getOriginalMessage()
              + ". Rebuild the module to write a fresh report.");
    }
    if (root == null || !root.path("modules").isArray() || !root.has("entryPoint")) {
      throw new InvalidReportException(
          file + ": not a Plumbline wiring report (no 'entryPoint' and 'modules')."
              + " Rebuild the module to write a fresh report.");
    }
    List<Module> modules = new ArrayList<>();
    for (JsonNode module : root.get("modules")) {
      modules.add(
          new Module(
              module.path("name").asText(),
              module.path("declaration").asText(),
              module.path("status").asText(),
              module.path("critical").asBoolean(),
              module.path("criticalReason").asText(),
              module.path("reachable").asBoolean()));
    }
    return new WiringReport(
        file, root.get("entryPoint").asText(), root.path("partial").asBoolean(), modules);
  }

  /**
   * Whether this report can conclude that a module is not wired: it has an entry point and saw
   * the whole program (a library or a partial compilation never concludes it).
   *
   * @return true for a complete application compilation
   */
  boolean hasVerdict() {
    return !entryPoint.isEmpty() && !partial;
  }

  /** A file that is not a readable wiring report. */
  static final class InvalidReportException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidReportException(String message) {
      super(message);
    }
  }
}
