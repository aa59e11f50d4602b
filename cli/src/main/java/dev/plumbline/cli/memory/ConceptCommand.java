// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ConceptDecision;
import dev.plumbline.memory.concept.ConceptProposals;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline memory concept}: the user's side of concept proposals. Only the user changes
 * the concept (the rulebook): an assistant proposes with the MCP tool concept_propose, the user
 * reads the proposal here and approves or rejects it.
 */
@Command(
    name = "concept",
    mixinStandardHelpOptions = true,
    description = "Review concept proposals: list the pending ones, approve one (applied to"
        + " project_concept.json append-only: new fields and list items at the end, a replaced"
        + " value kept in 'history') or reject one.",
    subcommands = {ConceptCommand.Proposals.class, ConceptCommand.Approve.class,
        ConceptCommand.Reject.class})
final class ConceptCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("[INFO] Usage: plumbline memory concept proposals | approve [--id N] |"
        + " reject --id N");
  }

  /** {@code proposals}: the pending proposals in full. */
  @Command(name = "proposals", mixinStandardHelpOptions = true,
      description = "Print every pending concept proposal with what it would change.")
  static final class Proposals implements Callable<Integer> {

    @Mixin private ProjectOption project;

    @Override
    public Integer call() {
      try {
        Optional<LoadedFile> proposals =
            new MemoryStore(project.root()).read(MemoryFile.CONCEPT_PROPOSALS);
        int pending = 0;
        for (JsonNode proposal : proposals.map(LoadedFile::document)
            .orElseGet(MissingNode::getInstance)) {
          if (ConceptProposals.isPending(proposal)) {
            pending++;
            System.out.println("[INFO] proposal " + proposal.path("id").asInt() + " ("
                + proposal.path("date").asText() + " " + proposal.path("time").asText() + "): "
                + Terminal.safe(proposal.path("reason").asText()));
            proposal.path("set").properties().forEach(field -> System.out.println("[INFO]   set "
                + field.getKey() + ": " + Terminal.safe(field.getValue().asText())));
            proposal.path("add").properties().forEach(field -> field.getValue().forEach(item ->
                System.out.println("[INFO]   add to " + field.getKey() + ": "
                    + Terminal.safe(item.asText()))));
          }
        }
        if (pending == 0) {
          System.out.println("[INFO] no pending concept proposal");
        }
        return ExitCodes.OK;
      } catch (MemoryFileException e) {
        return Failures.report(e);
      } catch (IOException e) {
        return Failures.report(e);
      }
    }
  }

  /** {@code approve}: applies a proposal. */
  @Command(name = "approve", mixinStandardHelpOptions = true,
      description = "Apply a pending proposal to project_concept.json (append-only) and log it.")
  static final class Approve implements Callable<Integer> {

    @Mixin private ProjectOption project;

    @Option(names = "--id", paramLabel = "N",
        description = "The proposal; may be left out when exactly one is pending.")
    private Integer id;

    @Override
    public Integer call() {
      return decide(project, id == null ? OptionalInt.empty() : OptionalInt.of(id), true);
    }
  }

  /** {@code reject}: refuses a proposal. */
  @Command(name = "reject", mixinStandardHelpOptions = true,
      description = "Mark a pending proposal rejected (it stays in the file) and log it.")
  static final class Reject implements Callable<Integer> {

    @Mixin private ProjectOption project;

    @Option(names = "--id", paramLabel = "N", required = true, description = "The proposal.")
    private int id;

    @Override
    public Integer call() {
      return decide(project, OptionalInt.of(id), false);
    }
  }

  private static int decide(ProjectOption project, OptionalInt id, boolean approve) {
    try {
      ConceptDecision decision =
          new MemoryStore(project.root()).decideConceptProposal(id, approve);
      System.out.println("✓ concept proposal " + decision.id() + (approve
          ? " approved: " + (decision.changes().isEmpty()
              ? "the concept already held every proposed value"
              : String.join(", ", decision.changes()))
          : " rejected; project_concept.json unchanged"));
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      System.err.println("[ERROR] " + e.getMessage() + ". Nothing was written.");
      return ExitCodes.INVALID;
    } catch (MemoryFileException e) {
      return Failures.report(e);
    } catch (IOException e) {
      return Failures.report(e);
    }
  }
}
