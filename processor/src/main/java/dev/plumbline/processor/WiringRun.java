// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import dev.plumbline.processor.graph.ClassNaming;
import dev.plumbline.processor.graph.EdgeKind;
import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.graph.ServiceRegistrations;
import dev.plumbline.processor.index.IndexClassWriter;
import dev.plumbline.processor.index.IndexCodec;
import dev.plumbline.processor.index.LibraryId;
import dev.plumbline.processor.index.LibraryIndex;
import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.model.ModuleModelBuilder;
import dev.plumbline.processor.model.OutputDirectories;
import dev.plumbline.processor.model.PartialCompileDetector;
import dev.plumbline.processor.model.SourceSet;
import dev.plumbline.processor.report.DiagnosticMessages;
import dev.plumbline.processor.report.DiagnosticReporter;
import dev.plumbline.processor.report.DiagnosticSink;
import dev.plumbline.processor.report.JsonReport;
import dev.plumbline.processor.report.ModuleSite;
import dev.plumbline.processor.report.ReportWriter;
import dev.plumbline.processor.roots.DeclaredRoots;
import dev.plumbline.processor.roots.EntryPoints;
import dev.plumbline.processor.roots.FrameworkRoots;
import dev.plumbline.processor.wiring.CompilationKind;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.WiringClassifier;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringResultListener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The last step of a compilation, run once with the {@link CompiledSources}: from the scanned
 * graph to the module model, the roots, the classification, the diagnostics, the reports, the
 * library index and the listeners. It holds nothing that changes: everything it learns on the
 * way is handed from one step to the next.
 */
final class WiringRun {

  private final ProcessingEnvironment environment;
  private final ProcessorOptions options;
  private final ClassNaming naming;
  private final ReferenceGraph graph;
  private final Elements elements;
  private final Messager messager;
  private final IndexCodec codec = new IndexCodec();

  WiringRun(
      ProcessingEnvironment environment,
      ProcessorOptions options,
      ClassNaming naming,
      ReferenceGraph graph) {
    this.environment = environment;
    this.options = options;
    this.naming = naming;
    this.graph = graph;
    this.elements = environment.getElementUtils();
    this.messager = environment.getMessager();
  }

  Messager messager() {
    return messager;
  }

  /** The roots this compilation's own sources declare or frameworks start. */
  private record OwnRoots(FrameworkRoots.Found framework, List<Root> declared) {
    List<Root> all() {
      List<Root> all = new ArrayList<>(declared);
      all.addAll(framework.roots());
      return all;
    }
  }

  /** Runs the last step, once every class has been analysed. */
  void finish(CompiledSources compiled) throws IOException {
    SourceSet sources = compiled.sources();
    URI output = classOutputProbe();
    Optional<Path> outputDirectory =
        "file".equals(output.getScheme()) ? Optional.of(classOutputDirectory(output)) : Optional.empty();
    Set<String> packages = sources.packageNames(elements);
    LibraryId library = LibraryId.of(options.library(), output.toString(), packages);
    List<WiringResultListener> listeners = ListenerLoader.load(messager);
    List<ModuleDeclaration> sourceModules =
        new ModuleModelBuilder(sources, elements, needsPublicApi(listeners), compiled.annotations())
            .build();
    // What the sources name, before the service registrations join the graph.
    Set<String> referenced = referencedClasses(sources);
    // The scan is over: the graph is this step's to complete, with the service registrations and
    // framework edges (then encoded as this compilation's index) and with the libraries' graphs.
    ServiceRegistrations services = readServices(sources, outputDirectory);
    services.addEdgesTo(graph);
    // Libraries are read before this compilation's index is written: a test compilation's class
    // output precedes the main classes on its class path, and its own fresh index would hide the
    // main code's index of the same id.
    LibraryReader.Libraries libraries = new LibraryReader(elements, codec, messager)
        .read(library, sources.types().keySet(), packages,
            outputDirectory.map(OutputDirectories::isTestOutput).orElse(false));
    Optional<OwnRoots> own =
        findOwnRoots(sources, services, libraries, outputDirectory, compiled.sink());
    if (own.isEmpty()) {
      return;
    }
    LibraryIndex ownIndex = codec.encode(library.id(), sources.types().keySet(), graph, services,
        sourceModules, own.get().all(), compiled.sink()::site);
    List<ModuleDeclaration> modules = new ArrayList<>(sourceModules);
    List<Root> libraryRoots = new ArrayList<>();
    for (LibraryIndex index : libraries.indexes()) {
      codec.addTo(index, graph);
      modules.addAll(codec.modulesOf(index));
      libraryRoots.addAll(index.roots());
    }

    Set<String> startedByFramework = new HashSet<>();
    own.get().framework().roots().forEach(root -> startedByFramework.add(root.className()));
    EntryPoints.Found entryPoints = findEntryPoints(compiled, startedByFramework);
    if (!entryPoints.annotationTypes().isEmpty()) {
      return;
    }
    List<Root> mains = distinct(entryPoints.roots(), own.get().framework().entryPoints());
    CompilationKind compilation = libraries.testedCode() ? CompilationKind.TEST
        : mains.isEmpty() ? CompilationKind.LIBRARY : CompilationKind.APPLICATION;
    List<String> partialView =
        PartialCompileDetector.reasons(options.partial(), sources.types(), referenced,
            libraries.classes(), compilation == CompilationKind.APPLICATION
                ? mains.stream().map(Root::className).toList()
                : List.of());
    if (compilation != CompilationKind.TEST && partialView.isEmpty()) {
      // A partial view's index would lack the classes not compiled now: the last complete
      // build's index is the better one for the compilations that depend on this one.
      new IndexClassWriter()
          .write(library.simpleClassName(), codec.toJson(ownIndex), environment.getFiler());
    }
    List<String> partialReasons = new ArrayList<>(partialView);
    partialReasons.addAll(libraries.collisions());
    List<Root> roots = switch (compilation) {
      case APPLICATION -> distinct(mains, own.get().all(), libraryRoots);
      case LIBRARY -> own.get().all();
      case TEST -> List.of();
    };
    WiringResult result =
        new WiringClassifier(graph, modules,
            compilation == CompilationKind.TEST ? Optional.of(library.id()) : Optional.empty())
            .classify(compilation, roots, library.id(), partialReasons);
    List<ModuleSite> sites = sites(result, orderLike(result, modules), sources);
    new ReportWriter(environment.getFiler()).write(result, sites, compiled.sink(),
        outputDirectory);
    if (compilation == CompilationKind.TEST) {
      // The TESTED level's half known at compile time: which modules each test class references.
      TestReferences.write(environment.getFiler(), TestReferences.render(library.id(),
          new TestReferences(graph, modules).compute(sources.types(), elements)));
    }
    // Listeners run right after the summary, before any diagnostic with a position: their
    // notes (the project memory's) have none, and javac would print them with the file of the
    // last diagnostic that had one.
    new DiagnosticReporter(compiled.sink(), options.warnings(), options.verbose())
        .report(result, sites, library.className(), () -> {
          notifyListeners(result, listeners);
          warnAboutEntryPoints(entryPoints, compiled.sink());
        });
  }

  /**
   * The framework and declared roots of the sources, with the framework edges added to the
   * graph; empty after a declared root that cannot be read (an ERROR: roots change verdicts).
   */
  private Optional<OwnRoots> findOwnRoots(
      SourceSet sources,
      ServiceRegistrations services,
      LibraryReader.Libraries libraries,
      Optional<Path> outputDirectory,
      DiagnosticSink sink) throws IOException {
    FrameworkRoots.Found framework = options.frameworks()
        ? FrameworkRoots.find(sources, elements, services.asMap(), libraries.classes(),
            outputDirectory)
        : new FrameworkRoots.Found(List.of(), List.of(), Map.of());
    framework.edges().forEach(
        (from, targets) -> targets.forEach(to -> graph.addEdge(from, to, EdgeKind.FRAMEWORK)));
    DeclaredRoots.Found declared =
        DeclaredRoots.find(options.roots(), outputDirectory, sources.types().keySet());
    for (DeclaredRoots.Problem problem : declared.problems()) {
      sink.print(Diagnostic.Kind.ERROR, DiagnosticMessages.declaredRootInvalid(problem.where(),
          problem.problem()), Optional.empty());
    }
    for (String unmatched : declared.unmatchedInFile()) {
      sink.print(Diagnostic.Kind.WARNING, DiagnosticMessages.declaredRootUnmatched(unmatched),
          Optional.empty());
    }
    return declared.problems().isEmpty()
        ? Optional.of(new OwnRoots(framework, declared.roots()))
        : Optional.empty();
  }

  /** The roots of several lists, each class once (the first list that names it wins). */
  @SafeVarargs
  private static List<Root> distinct(List<Root>... lists) {
    Map<String, Root> roots = new LinkedHashMap<>();
    for (List<Root> list : lists) {
      list.forEach(root -> roots.putIfAbsent(root.className(), root));
    }
    return List.copyOf(roots.values());
  }

  private boolean needsPublicApi(List<WiringResultListener> listeners) {
    boolean needed = false;
    for (WiringResultListener listener : listeners) {
      needed |= listener.needsPublicApi(environment);
    }
    return needed;
  }

  /**
   * The entry points. A configured name that names no class is a NOTE, printed now (it has no
   * position, and must come before any diagnostic with one); an annotation type is an ERROR,
   * after which nothing more is concluded.
   */
  private EntryPoints.Found findEntryPoints(
      CompiledSources compiled, Set<String> startedByFramework) {
    EntryPoints.Found found = EntryPoints.find(compiled.sources().types(), options.entryPoints(),
        elements, naming, compiled.annotations(), startedByFramework);
    DiagnosticSink sink = compiled.sink();
    for (String name : found.unmatchedOptionNames()) {
      // Set once in a parent pom, the option reaches every module of the reactor: a library
      // module that has no such class is verified as a library.
      sink.print(Diagnostic.Kind.NOTE, DiagnosticMessages.missingEntryPoint(name),
          Optional.empty());
    }
    for (String name : found.annotationTypes()) {
      sink.print(Diagnostic.Kind.ERROR, DiagnosticMessages.entryPointNotAClass(name),
          Optional.of(name));
    }
    return found;
  }

  /**
   * The warnings about entry points without a main method, printed after the summary: javac's
   * {@code Trees.printMessage} leaves the last file it printed for as the current source, which
   * would give the summary (which has no position) a bogus file.
   */
  private static void warnAboutEntryPoints(EntryPoints.Found found, DiagnosticSink sink) {
    for (String name : found.withoutMain()) {
      sink.print(Diagnostic.Kind.WARNING, DiagnosticMessages.entryPointWithoutMain(name),
          Optional.of(name));
    }
  }

  /**
   * Where each module's diagnostics go (a library module's go to the entry point) and which of
   * its classes the fix of an unreached module names.
   */
  private List<ModuleSite> sites(
      WiringResult result, List<ModuleDeclaration> declarations, SourceSet sources) {
    List<ModuleSite> sites = new ArrayList<>();
    for (int i = 0; i < declarations.size(); i++) {
      ModuleDeclaration declaration = declarations.get(i);
      Optional<String> anchor = declaration.anchor().isEmpty()
          ? result.entryPoint()
          : Optional.of(declaration.anchor());
      Optional<String> publicClass = result.modules().get(i).reachable()
          ? Optional.empty()
          : declaration.classes().stream().filter(name -> isUsableOutside(name, sources))
              .findFirst();
      sites.add(new ModuleSite(anchor, declaration.location(), publicClass,
          declaration.annotated(),
          declaration.site().isEmpty() ? Optional.empty() : Optional.of(declaration.site())));
    }
    return sites;
  }

  /** Whether code of another package can name the class: it and the classes around it are public. */
  private boolean isUsableOutside(String binaryName, SourceSet sources) {
    TypeElement type = sources.types().get(binaryName);
    if (type == null) {
      type = elements.getTypeElement(binaryName.replace('$', '.'));
    }
    for (Element current = type; current instanceof TypeElement; 
        current = current.getEnclosingElement()) {
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return type != null;
  }

  /**
   * The classes the sources name, for the partial-compilation check. A class loaded by a constant
   * name counts only when javac can find it: an optional plug-in named in a string (Ant's filters
   * load {@code org.apache.tools.ant.filters.util.JavaClassHelper} by name, and it lives in another
   * jar) is absent from every class path without the compilation being partial, while a symbol
   * javac resolved, or a named class that exists, and is not compiled now, is a partial view.
   *
   * <p>Only a name in one of the compiled packages that is not compiled now can make the view
   * partial, so only such a name is looked up: {@code Elements.getTypeElement} tries every module
   * of the JDK for a name it cannot find (a tenth of the verifier's time on Guava, which names
   * Android and App Engine classes that no class path of its build has). By-name targets of other
   * packages are left out, as the check ignores them.
   */
  private Set<String> referencedClasses(SourceSet sources) {
    Set<String> compiledPackages = new HashSet<>();
    sources.types().keySet().forEach(name -> compiledPackages.add(packageOf(name)));
    Set<String> referenced = new HashSet<>();
    graph.sources().forEach(from -> graph.targetsOf(from).forEach((to, kind) -> {
      if (kind != EdgeKind.BY_NAME || sources.types().containsKey(to)
          || (compiledPackages.contains(packageOf(to)) && exists(to))) {
        referenced.add(to);
      }
    }));
    return referenced;
  }

  private static String packageOf(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    return dot < 0 ? "" : binaryName.substring(0, dot);
  }

  private boolean exists(String binaryName) {
    return elements.getTypeElement(binaryName.replace('$', '.')) != null;
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

  private ServiceRegistrations readServices(SourceSet sources, Optional<Path> outputDirectory)
      throws IOException {
    ServiceRegistrations services = new ServiceRegistrations();
    // Without AutoService on the class path no source class can carry it.
    sources
        .visibleType(elements, ServiceRegistrations.AUTO_SERVICE)
        .ifPresent(
            autoService -> services.readAutoService(sources.types().values(), autoService, naming));
    if (outputDirectory.isPresent()) {
      services.readServiceFiles(outputDirectory.get().resolve("META-INF").resolve("services"));
    }
    Iterator<TypeElement> anySource = sources.types().values().iterator();
    if (anySource.hasNext()) {
      ModuleElement module = elements.getModuleOf(anySource.next());
      if (module != null) {
        services.readModuleDescriptor(module, naming);
      }
    }
    return services;
  }

  /** The class output directory, from the probe {@code <classes>/META-INF/plumbline/wiring.json}. */
  private static Path classOutputDirectory(URI probe) {
    Path directory = Path.of(probe);
    for (int level = 0; level < 3; level++) {
      directory = Objects.requireNonNull(directory.getParent(),
          "the probe is not under <classes>/META-INF/plumbline: " + probe);
    }
    return directory;
  }

  /** A URI inside the class output, {@code <classes>/META-INF/plumbline/wiring.json}. */
  private URI classOutputProbe() throws IOException {
    return environment
        .getFiler()
        .getResource(StandardLocation.CLASS_OUTPUT, "", JsonReport.RESOURCE)
        .toUri();
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
