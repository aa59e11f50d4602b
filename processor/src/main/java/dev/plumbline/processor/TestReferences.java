// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.model.ModuleOrigin;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * What a test compilation records for the TESTED level: for each top-level test class, the
 * modules of the code under test (the main code's index and the other libraries) that it
 * references, written as {@code META-INF/plumbline/test-references.json} in the test class output.
 * {@code plumbline verify} joins it with the Surefire and Failsafe reports: a module is TESTED
 * when a test of a class that references it passed.
 *
 * <p>A test class references a module when the class, one of its member classes, or a test-source
 * class they use (a fixture, a helper) references one of the module's classes: the walk follows
 * the graph through this compilation's own classes and stops at the code under test, so a test of
 * one module does not test everything that module calls.
 */
final class TestReferences {

  /** Where the record goes in the test class output. */
  static final String RESOURCE = "META-INF/plumbline/test-references.json";

  /** The record format, for readers. */
  static final int FORMAT = 1;

  private final ReferenceGraph graph;
  private final Map<String, ModuleDeclaration> moduleOfClass = new HashMap<>();

  /**
   * Prepares the walk.
   *
   * @param graph the complete graph, the libraries' edges included
   * @param libraryModules the modules of the code under test and of the other libraries
   */
  TestReferences(ReferenceGraph graph, List<ModuleDeclaration> libraryModules) {
    this.graph = graph;
    for (ModuleDeclaration module : libraryModules) {
      if (module.origin() == ModuleOrigin.LIBRARY) {
        module.classes().forEach(name -> moduleOfClass.putIfAbsent(name, module));
      }
    }
  }

  /**
   * The modules each top-level class of the test sources references.
   *
   * @param types every source class of the test compilation, by binary name
   * @param elements to find each class's top-level class
   * @return by test class binary name, in name order, the modules it references, each as
   *     {@code library id} and {@code module name}
   */
  Map<String, Set<ModuleKey>> compute(Map<String, TypeElement> types, Elements elements) {
    Map<String, Set<String>> membersByTop = new TreeMap<>();
    for (Map.Entry<String, TypeElement> type : types.entrySet()) {
      String top = elements.getBinaryName(topLevel(type.getValue())).toString();
      membersByTop.computeIfAbsent(top, key -> new TreeSet<>()).add(type.getKey());
    }
    Map<String, Set<ModuleKey>> references = new TreeMap<>();
    for (Map.Entry<String, Set<String>> test : membersByTop.entrySet()) {
      references.put(test.getKey(), walk(test.getValue(), types.keySet()));
    }
    return references;
  }

  private Set<ModuleKey> walk(Set<String> start, Set<String> ownClasses) {
    Set<ModuleKey> reached = new TreeSet<>();
    Set<String> seen = new HashSet<>(start);
    Deque<String> queue = new ArrayDeque<>(start);
    while (!queue.isEmpty()) {
      for (String target : graph.targetsOf(queue.poll()).keySet()) {
        ModuleDeclaration module = moduleOfClass.get(target);
        if (module != null) {
          reached.add(new ModuleKey(module.library(), module.name()));
        } else if (ownClasses.contains(target) && seen.add(target)) {
          queue.add(target);
        }
      }
    }
    return reached;
  }

  private static TypeElement topLevel(TypeElement type) {
    TypeElement top = type;
    Element enclosing = type.getEnclosingElement();
    while (enclosing != null && enclosing.getKind() != ElementKind.PACKAGE
        && enclosing.getKind() != ElementKind.MODULE) {
      if (enclosing instanceof TypeElement enclosingType) {
        top = enclosingType;
      }
      enclosing = enclosing.getEnclosingElement();
    }
    return top;
  }

  /**
   * Renders the record.
   *
   * @param library the id of this compilation's index (the tested code's id)
   * @param references the result of {@link #compute}
   * @return pretty-printed JSON ending with a newline
   * @throws IOException when Jackson cannot write it
   */
  static String render(String library, Map<String, Set<ModuleKey>> references)
      throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeStringField("library", library);
      json.writeArrayFieldStart("tests");
      for (Map.Entry<String, Set<ModuleKey>> test : references.entrySet()) {
        json.writeStartObject();
        json.writeStringField("class", test.getKey());
        json.writeArrayFieldStart("modules");
        for (ModuleKey module : test.getValue()) {
          json.writeStartObject();
          json.writeStringField("library", module.library());
          json.writeStringField("name", module.name());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return text + "\n";
  }

  /**
   * Writes the record into the class output.
   *
   * @param filer the processor's Filer
   * @param text the rendered record
   * @throws IOException when it cannot be written
   */
  static void write(Filer filer, String text) throws IOException {
    try (Writer writer = new OutputStreamWriter(
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE).openOutputStream(),
        StandardCharsets.UTF_8)) {
      writer.write(text);
    }
  }

  /**
   * A module of the code under test, as the wiring reports name it.
   *
   * @param library the id of the library index that declares it
   * @param name the module's name
   */
  record ModuleKey(String library, String name) implements Comparable<ModuleKey> {
    @Override
    public int compareTo(ModuleKey other) {
      int byLibrary = library.compareTo(other.library);
      return byLibrary != 0 ? byLibrary : name.compareTo(other.name);
    }
  }
}
