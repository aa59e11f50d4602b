package dev.plumbline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.processor.FileCompilation.Mode;
import dev.plumbline.processor.FileCompilation.Result;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applications compiled against the real framework jars from Maven Central (Spring Boot, Jakarta
 * CDI, JAX-RS and Servlet APIs, JUnit platform, Picocli): the modules a framework loads are WIRED,
 * and a class of the same kind that the framework does not load (outside the scanned packages,
 * not listed by the application) stays NOT WIRED. No module carries an annotation of Plumbline's:
 * every package is a module, as in a code base that adopts Plumbline as it is.
 */
class FrameworkRootsTest {

  @TempDir Path work;

  @Test
  void springComponentScanFromTheApplicationsPackageAndAutoConfigurationImports()
      throws IOException {
    Result result = new FileCompilation(work)
        .source("shop.ShopApplication", "package shop;", "",
            "import org.springframework.boot.SpringApplication;",
            "import org.springframework.boot.autoconfigure.SpringBootApplication;", "",
            "@SpringBootApplication",
            "public class ShopApplication {",
            "  public static void main(String[] args) {",
            "    SpringApplication.run(ShopApplication.class, args);",
            "  }",
            "}")
        .source("shop.orders.OrderService", "package shop.orders;", "",
            "@org.springframework.stereotype.Service",
            "public class OrderService {}")
        .source("shop.web.OrderController", "package shop.web;", "",
            "@org.springframework.stereotype.Controller",
            "public class OrderController {",
            "  OrderController(shop.orders.OrderService orders) {}",
            "}")
        .source("shop.config.PricingConfig", "package shop.config;", "",
            "import org.springframework.context.annotation.Bean;",
            "import org.springframework.context.annotation.Configuration;", "",
            "@Configuration",
            "public class PricingConfig {",
            "  @Bean shop.pricing.PriceCalculator calculator() {",
            "    return new shop.pricing.PriceCalculator();",
            "  }",
            "}")
        .source("shop.pricing.PriceCalculator", "package shop.pricing;", "",
            "public class PriceCalculator {}")
        .source("extras.ExtrasAutoConfiguration", "package extras;", "",
            "@org.springframework.boot.autoconfigure.AutoConfiguration",
            "public class ExtrasAutoConfiguration {}")
        .source("legacy.ReportService", "package legacy;", "",
            "@org.springframework.stereotype.Service",
            "public class ReportService {}")
        .resource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration"
            + ".imports", "# loaded by Spring Boot", "extras.ExtrasAutoConfiguration")
        .compile(Mode.PROCESSOR);

    assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
    // The Spring Boot application with a main method is the entry point: no option needed.
    assertThat(result.json().get("entryPoint").asText()).isEqualTo("shop.ShopApplication");
    assertThat(result.status("shop.orders")).isEqualTo("WIRED");
    assertThat(result.pathKinds("shop.orders")).containsExactly("entry point", "framework");
    assertThat(result.status("shop.web")).isEqualTo("WIRED");
    assertThat(result.status("shop.config")).isEqualTo("WIRED");
    assertThat(result.status("shop.pricing")).isEqualTo("WIRED");
    assertThat(result.pathKinds("shop.pricing"))
        .containsExactly("entry point", "framework", "code reference");
    assertThat(result.status("extras")).isEqualTo("WIRED");
    assertThat(result.pathKinds("extras")).containsExactly("framework root");
    // A service outside the scanned packages: Spring never sees it.
    assertThat(result.status("legacy")).isEqualTo("NOT_WIRED");
    assertThat(result.report("wiring.md"))
        .contains("| extras.ExtrasAutoConfiguration | framework root | Spring Boot"
            + " auto-configuration (META-INF/spring/org.springframework.boot.autoconfigure"
            + ".AutoConfiguration.imports) |")
        .contains("| shop.ShopApplication | entry point | @SpringBootApplication with a main"
            + " method |")
        .contains("| shop.orders | WIRED |  | source | shop.ShopApplication →[framework]"
            + " shop.orders.OrderService |")
        .contains("| extras | WIRED |  | source | [framework root]"
            + " extras.ExtrasAutoConfiguration |");
  }

  @Test
  void componentScanOfExplicitBasePackagesReachesOnlyThose() throws IOException {
    Result result = new FileCompilation(work)
        .source("app.Main", "package app;", "",
            "@org.springframework.context.annotation.Configuration",
            "@org.springframework.context.annotation.ComponentScan(basePackages = \"app.jobs\")",
            "public class Main { public static void main(String[] args) {} }")
        .source("app.jobs.Cleanup", "package app.jobs;", "",
            "@org.springframework.stereotype.Component public class Cleanup {}")
        .source("app.other.Unscanned", "package app.other;", "",
            "@org.springframework.stereotype.Component public class Unscanned {}")
        .options("-Aplumbline.entryPoint=app.Main")
        .compile(Mode.PROCESSOR);

    assertThat(result.status("app.jobs")).isEqualTo("WIRED");
    assertThat(result.status("app.other")).isEqualTo("NOT_WIRED");
  }

  @Test
  void cdiBeansAreDiscoveredAndAClassWithoutABeanDefiningAnnotationIsNot() throws IOException {
    Result result = new FileCompilation(work)
        .source("app.Main", "package app;", "",
            "public class Main { public static void main(String[] args) {} }")
        .source("app.beans.Greeter", "package app.beans;", "",
            "@jakarta.enterprise.context.ApplicationScoped",
            "public class Greeter { @jakarta.inject.Inject Clock clock; }")
        .source("app.beans.Clock", "package app.beans;", "",
            "@jakarta.enterprise.context.Dependent public class Clock {}")
        .source("app.audit.AuditTrail", "package app.audit;", "",
            "@jakarta.enterprise.context.RequestScoped public class AuditTrail {}")
        .source("app.unused.Helper", "package app.unused;", "", "public class Helper {}")
        .options("-Aplumbline.entryPoint=app.Main")
        .compile(Mode.PROCESSOR);

    assertThat(result.status("app.beans")).isEqualTo("WIRED");
    assertThat(result.pathKinds("app.beans")).containsExactly("framework root");
    assertThat(result.status("app.audit")).isEqualTo("WIRED");
    assertThat(result.status("app.unused")).isEqualTo("NOT_WIRED");
    assertThat(result.report("wiring.md"))
        .contains("| app.audit.AuditTrail | framework root | CDI bean (@RequestScoped) |");
  }

  @Test
  void jaxRsResourcesAndProvidersAreServedByTheContainer() throws IOException {
    Result result = new FileCompilation(work)
        .source("shop.RestApplication", "package shop;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "@jakarta.ws.rs.ApplicationPath(\"/api\")",
            "public class RestApplication extends jakarta.ws.rs.core.Application {}")
        .source("shop.resources.OrderResource", "package shop.resources;", "",
            "@jakarta.ws.rs.Path(\"/orders\")",
            "public class OrderResource {",
            "  @jakarta.ws.rs.GET public String list() { return \"[]\"; }",
            "}")
        .source("shop.providers.JsonProvider", "package shop.providers;", "",
            "@jakarta.ws.rs.ext.Provider public class JsonProvider {}")
        .source("shop.util.Unused", "package shop.util;", "", "public class Unused {}")
        .compile(Mode.PROCESSOR);

    // The application class has no main method, but the container starts it: no warning.
    assertThat(result.plumbline()).noneMatch(line -> line.contains("PL008"));
    assertThat(result.status("shop.resources")).isEqualTo("WIRED");
    assertThat(result.status("shop.providers")).isEqualTo("WIRED");
    assertThat(result.status("shop.util")).isEqualTo("NOT_WIRED");
  }

  @Test
  void anApplicationThatListsItsClassesServesOnlyThose() throws IOException {
    Result result = new FileCompilation(work)
        .source("shop.RestApplication", "package shop;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "@jakarta.ws.rs.ApplicationPath(\"/api\")",
            "public class RestApplication extends jakarta.ws.rs.core.Application {",
            "  @Override public java.util.Set<Class<?>> getClasses() {",
            "    return java.util.Set.of(shop.resources.OrderResource.class);",
            "  }",
            "}")
        .source("shop.resources.OrderResource", "package shop.resources;", "",
            "@jakarta.ws.rs.Path(\"/orders\") public class OrderResource {}")
        .source("shop.stale.StaleResource", "package shop.stale;", "",
            "@jakarta.ws.rs.Path(\"/stale\") public class StaleResource {}")
        .compile(Mode.PROCESSOR);

    assertThat(result.status("shop.resources")).isEqualTo("WIRED");
    assertThat(result.pathKinds("shop.resources"))
        .containsExactly("entry point", "code reference");
    assertThat(result.status("shop.stale")).isEqualTo("NOT_WIRED");
  }

  @Test
  void servletsFiltersAndListenersAreStartedByTheContainer() throws IOException {
    Result result = new FileCompilation(work)
        .source("web.HelloServlet", "package web;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "@jakarta.servlet.annotation.WebServlet(\"/hello\")",
            "public class HelloServlet extends jakarta.servlet.http.HttpServlet {}")
        .source("web.filters.AuthFilter", "package web.filters;", "",
            "@jakarta.servlet.annotation.WebFilter(\"/*\")",
            "public class AuthFilter implements jakarta.servlet.Filter {",
            "  public void doFilter(jakarta.servlet.ServletRequest request,",
            "      jakarta.servlet.ServletResponse response, jakarta.servlet.FilterChain chain) {}",
            "}")
        .source("web.listeners.Startup", "package web.listeners;", "",
            "@jakarta.servlet.annotation.WebListener",
            "public class Startup implements jakarta.servlet.ServletContextListener {}")
        .source("web.old.OldServlet", "package web.old;", "",
            "public class OldServlet extends jakarta.servlet.http.HttpServlet {}")
        .compile(Mode.PROCESSOR);

    assertThat(result.plumbline()).noneMatch(line -> line.contains("PL008"));
    assertThat(result.status("web.filters")).isEqualTo("WIRED");
    assertThat(result.status("web.listeners")).isEqualTo("WIRED");
    assertThat(result.status("web.old")).isEqualTo("NOT_WIRED");
  }

  @Test
  void junitPlatformEnginesAndListenersRegisteredAsServicesAreLoadedByTheLauncher()
      throws IOException {
    Result result = new FileCompilation(work)
        .source("tools.Cli", "package tools;", "",
            "public class Cli { public static void main(String[] args) {} }")
        .source("tools.engine.SpecEngine", "package tools.engine;", "",
            "import org.junit.platform.engine.*;", "",
            "public class SpecEngine implements TestEngine {",
            "  public String getId() { return \"spec\"; }",
            "  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId id) {",
            "    return null;",
            "  }",
            "  public void execute(ExecutionRequest request) {}",
            "}")
        .source("tools.listen.Timing", "package tools.listen;", "",
            "public class Timing implements org.junit.platform.launcher.TestExecutionListener {}")
        .source("tools.spare.Spare", "package tools.spare;", "",
            "public class Spare implements org.junit.platform.launcher.TestExecutionListener {}")
        .resource("META-INF/services/org.junit.platform.engine.TestEngine",
            "tools.engine.SpecEngine")
        .resource("META-INF/services/org.junit.platform.launcher.TestExecutionListener",
            "tools.listen.Timing")
        .options("-Aplumbline.entryPoint=tools.Cli")
        .compile(Mode.PROCESSOR);

    assertThat(result.status("tools.engine")).isEqualTo("WIRED");
    assertThat(result.status("tools.listen")).isEqualTo("WIRED");
    assertThat(result.status("tools.spare")).isEqualTo("NOT_WIRED");
    assertThat(result.report("wiring.md"))
        .contains("| tools.engine.SpecEngine | framework root | JUnit platform test engine,"
            + " registered as a service of org.junit.platform.engine.TestEngine |");
  }

  @Test
  void picocliSubcommandsAreReachedThroughTheirCommand() throws IOException {
    Result result = new FileCompilation(work)
        .source("cli.Main", "package cli;", "",
            "import picocli.CommandLine;", "",
            "@CommandLine.Command(name = \"todo\",",
            "    subcommands = {cli.commands.Add.class, cli.commands.Done.class})",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    System.exit(new CommandLine(new Main()).execute(args));",
            "  }",
            "}")
        .source("cli.commands.Add", "package cli.commands;", "",
            "@picocli.CommandLine.Command(name = \"add\") public class Add {}")
        .source("cli.commands.Done", "package cli.commands;", "",
            "@picocli.CommandLine.Command(name = \"done\") public class Done {}")
        .source("cli.drafts.Archive", "package cli.drafts;", "",
            "@picocli.CommandLine.Command(name = \"archive\") public class Archive {}")
        .options("-Aplumbline.entryPoint=cli.Main")
        .compile(Mode.PROCESSOR);

    assertThat(result.status("cli.commands")).isEqualTo("WIRED");
    assertThat(result.status("cli.drafts")).isEqualTo("NOT_WIRED");
  }

  @Test
  void withFrameworksOffOnlyCodeReferencesCount() throws IOException {
    Result result = new FileCompilation(work)
        .source("app.Main", "package app;", "",
            "public class Main { public static void main(String[] args) {} }")
        .source("app.beans.Greeter", "package app.beans;", "",
            "@jakarta.enterprise.context.ApplicationScoped public class Greeter {}")
        .options("-Aplumbline.entryPoint=app.Main", "-Aplumbline.frameworks=false")
        .compile(Mode.PROCESSOR);

    assertThat(result.status("app.beans")).isEqualTo("NOT_WIRED");
  }
}
