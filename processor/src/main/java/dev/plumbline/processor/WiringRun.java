// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.util.Trees;
import dev.plumbline.processor.graph.ClassNaming;
import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.graph.ServiceRegistrations;
import dev.plumbline.processor.index.IndexClassWriter;
import dev.plumbline.processor.index.IndexCodec;
import dev.plumbline.processor.index.IndexScanner;
import dev.plumbline.processor.index.LibraryIndex;
import dev.plumbline.processor.model.AnnotationLookup;
import dev.plumbline.processor.model.EnteredType;
import dev.plumbline.processor.model.EntryPointResolver;
import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.model.ModuleModelBuilder;
import dev.plumbline.processor.model.PartialCompileDetector;
import dev.plumbline.processor.model.SourceSet;
import dev.plumbline.processor.report.DiagnosticMessages;
import dev.plumbline.processor.report.DiagnosticReporter;
import dev.plumbline.processor.report.DiagnosticSink;
import dev.plumbline.processor.report.JsonReport;
import dev.plumbline.processor.report.ReportWriter;
import dev.plumbline.processor.wiring.WiringClassifier;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringResultListener;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The last step of a compilation: from the scanned graph to the module model, the
 * classification, the diagnostics, the reports, the library index and the listeners.
 */
final class WiringRun {

  private final ProcessingEnvironment environment;
  private final ProcessorOptions options;
  private final Trees trees;
  private final ClassNaming naming;
  private final ReferenceGraph sourceGraph;
  private final Elements elements;
  private final Messager messager;
  private final IndexCodec codec = new IndexCodec();
  private AnnotationLookup annotations;
  private SourceSet sources;
  private DiagnosticSink sink;

  WiringRun(
      ProcessingEnvironment environment,
      ProcessorOptions options,
      Trees trees,
      ClassNaming naming,
      ReferenceGraph sourceGraph) {
    this.environment = environment;
    this.options = options;
    this.trees = trees;
    this.naming = naming;
    this.sourceGraph = sourceGraph;
    this.elements = environment.getElementUtils();
    this.messager = environment.getMessager();
  }

  /**
   * Resolves the compiled classes and remembers where the declarations that diagnostics can point
   * at are; called after the last processing round, while every tree is still in place. Only
   * those few positions are kept: keeping every class's tree would hold the whole program's
   * syntax trees in memory until the end of the compilation.
   */
  void sourcesComplete(
      Collection<String> topLevelTypes,
      Map<String, EnteredType> enteredTypes,
      Collection<String> packageInfos) {
    sources = new SourceSet(topLevelTypes, enteredTypes, packageInfos, elements, trees, naming);
    annotations = new AnnotationLookup(elements, sources);
    sink = new DiagnosticSink(messager, trees);
    Set<String> packagesSeen = new HashSet<>();
    sources.types().forEach(
        (name, type) -> {
          boolean firstOfPackage = packagesSeen.add(elements.getPackageOf(type).toString());
          if (firstOfPackage || isAnchor(name, type)) {
            sink.remember(name, trees.getPath(type));
          }
        });
    sources
        .packageInfos()
        .forEach(pkg -> sink.remember(pkg.getQualifiedName().toString(), trees.getPath(pkg)));
  }

  /** Whether a class can be the anchor of a diagnostic: a module, or a possible entry point. */
  private boolean isAnchor(String name, TypeElement type) {
    return annotations.declaresModule(type)
        || annotations.isEntryPoint(type)
        || name.replace('$', '.').equals(options.entryPoint().replace('$', '.'));
  }

  /** Runs the last step, once every class has been analysed. */
  void finish() throws IOException {
    String library = libraryId();
    List<WiringResultListener> listeners = loadListeners();
    boolean publicApi = false;
    for (WiringResultListener listener : listeners) {
      publicApi |= listener.needsPublicApi(environment);
    }
    List<ModuleDeclaration> sourceModules =
        new ModuleModelBuilder(sources, elements, publicApi, annotations).build();
    // What the sources name, before the service registrations join the graph.
    Set<String> referenced = referencedClasses();
    // The scan is over: the graph is this step's to complete, with the service registrations
    // (then written as this compilation's index) and with the libraries' graphs.
    ReferenceGraph graph = sourceGraph;
    writeOwnIndex(library, sourceModules, graph);
    List<ModuleDeclaration> modules = new ArrayList<>(sourceModules);
    Set<String> libraryClasses = addLibraries(library, graph, modules);

    Optional<String> entryPoint = resolveEntryPoint();
    if (entryPoint.isEmpty()) {
      return;
    }
    List<String> partialReasons =
        PartialCompileDetector.reasons(
            options.partial(), sources.types(), referenced, libraryClasses,
            entryPoint.get());
    WiringResult result =
        new WiringClassifier(graph, modules).classify(entryPoint.get(), library, partialReasons);
    publish(result, orderLike(result, modules), library, listeners);
  }

  /**
   * Writes this compilation's index (its graph with its service edges, and its modules) for the
   * compilations that depend on it, whatever the verdict: even an application can be a library.
   */
  private void writeOwnIndex(
      String library, List<ModuleDeclaration> sourceModules, ReferenceGraph graph)
      throws IOException {
    ServiceRegistrations services = readServices(sources);
    services.addEdgesTo(graph);
    LibraryIndex ownIndex =
        codec.encode(library, sources.types().keySet(), graph, services, sourceModules);
    new IndexClassWriter().write(library, codec.toJson(ownIndex), environment.getFiler());
  }

  private void publish(
      WiringResult result,
      List<ModuleDeclaration> declarations,
      String library,
      List<WiringResultListener> listeners)
      throws IOException {
    List<String> anchors =
        declarations.stream()
            .map(declaration -> declaration.anchor().isEmpty()
                ? result.entryPoint() : declaration.anchor())
            .toList();
    new ReportWriter(environment.getFiler()).write(result, anchors, sink::locate);
    // Listeners first: their element-less NOTEs (the project memory's) would otherwise carry the
    // file of the last diagnostic on a declaration, since javac does not restore its log's
    // source after Trees.printMessage when none was set before. The verdict is reported even
    // when a listener fails.
    try {
      notifyListeners(result, listeners);
    } finally {
      new DiagnosticReporter(sink, options.warnings(), options.verbose()).report(
          result, declarations, result.entryPoint(), IndexClassWriter.qualifiedName(library));
    }
  }

  /**
   * Whether an index is this compilation's own output from an earlier build (same id, and it
   * lists classes compiled now). The same id without shared classes is the main code's index seen
   * from the test compilation of the same Maven module: a library like any other.
   */
  private boolean isOwnStaleIndex(LibraryIndex index, String library) {
    return index.library().equals(library)
        && index.classes().stream().anyMatch(sources.types()::containsKey);
  }

  /** Merges every readable library index except this compilation's own stale one. */
  private Set<String> addLibraries(
      String library, ReferenceGraph fullGraph, List<ModuleDeclaration> modules) {
    Set<String> libraryClasses = new HashSet<>();
    for (IndexScanner.Found found : new IndexScanner(elements, codec).scan()) {
      if (!found.problem().isEmpty()) {
        messager.printMessage(
            Diagnostic.Kind.WARNING,
            DiagnosticMessages.unreadableIndex(found.className(), found.problem()));
      } else if (!isOwnStaleIndex(found.index(), library)) {
        codec.addTo(found.index(), fullGraph);
        modules.addAll(codec.modulesOf(found.index()));
        libraryClasses.addAll(found.index().classes());
      }
    }
    return libraryClasses;
  }

  /**
   * The entry point's binary name (empty for a library), or nothing after an entry point error,
   * which is reported here.
   */
  private Optional<String> resolveEntryPoint() {
    EntryPointResolver.Resolution resolution =
        EntryPointResolver.resolve(
            sources.types(), options.entryPoint(), elements, naming, annotations);
    if (!resolution.missingConfigured().isEmpty()) {
      sink.print(
          Diagnostic.Kind.ERROR,
          DiagnosticMessages.missingEntryPoint(resolution.missingConfigured()),
          "");
      return Optional.empty();
    }
    List<EntryPointResolver.Candidate> candidates = resolution.candidates();
    if (candidates.size() > 1) {
      sink.print(
          Diagnostic.Kind.ERROR,
          DiagnosticMessages.twoEntryPoints(candidates.get(0).how(), candidates.get(1).how()),
          candidates.get(1).name());
      return Optional.empty();
    }
    return Optional.of(candidates.isEmpty() ? "" : candidates.get(0).name());
  }

  private Set<String> referencedClasses() {
    Set<String> referenced = new HashSet<>();
    sourceGraph.sources().forEach(from -> referenced.addAll(sourceGraph.targetsOf(from).keySet()));
    return referenced;
  }

  /** The declarations in the order of the result's modules (sources first, then libraries). */
  private static List<ModuleDeclaration> orderLike(
      WiringResult result, List<ModuleDeclaration> modules) {
    List<ModuleDeclaration> remaining = new ArrayList<>(modules);
    List<ModuleDeclaration> ordered = new ArrayList<>();
    result.modules().forEach(
        module -> {
          // Removed through the iterator: List.remove(Object) would compare whole records
          // (their class sets and public API) with equals.
          for (Iterator<ModuleDeclaration> it = remaining.iterator(); it.hasNext(); ) {
            ModuleDeclaration declaration = it.next();
            if (declaration.name().equals(module.name())
                && declaration.declaration().equals(module.declaration())) {
              ordered.add(declaration);
              it.remove();
              return;
            }
          }
        });
    return ordered;
  }

  private ServiceRegistrations readServices(SourceSet sources) throws IOException {
    ServiceRegistrations services = new ServiceRegistrations();
    // Without AutoService on the class path no source class can carry it.
    sources
        .visibleType(elements, ServiceRegistrations.AUTO_SERVICE)
        .ifPresent(
            autoService -> services.readAutoService(sources.types().values(), autoService, naming));
    URI output = classOutputProbe();
    if ("file".equals(output.getScheme())) {
      Path classes = Path.of(output).getParent().getParent().getParent();
      services.readServiceFiles(classes.resolve("META-INF").resolve("services"));
    }
    return services;
  }

  /** A URI inside the class output, {@code <classes>/META-INF/plumbline/wiring.json}. */
  private URI classOutputProbe() throws IOException {
    return environment
        .getFiler()
        .getResource(StandardLocation.CLASS_OUTPUT, "", JsonReport.RESOURCE)
        .toUri();
  }

  /** The configured id, or one derived from the class output directory (stable per module). */
  private String libraryId() throws IOException {
    if (!options.library().isEmpty()) {
      return options.library();
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(classOutputProbe().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private List<WiringResultListener> loadListeners() {
    List<WiringResultListener> loaded = new ArrayList<>();
    Iterator<WiringResultListener> listeners =
        ServiceLoader.load(WiringResultListener.class, WiringRun.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!listeners.hasNext()) {
          return loaded;
        }
        loaded.add(listeners.next());
      } catch (ServiceConfigurationError e) {
        // A listener that cannot even be created (missing class, no public constructor).
        messager.printMessage(
            Diagnostic.Kind.WARNING, DiagnosticMessages.listenerFailed("(unloadable)", e));
      }
    }
  }

  private void notifyListeners(WiringResult result, List<WiringResultListener> listeners) {
    for (WiringResultListener listener : listeners) {
      try {
        listener.onResult(result, environment);
      } catch (IOException e) {
        messager.printMessage(
            Diagnostic.Kind.WARNING,
            DiagnosticMessages.listenerFailed(listener.getClass().getName(), e));
      }
    }
  }
}
