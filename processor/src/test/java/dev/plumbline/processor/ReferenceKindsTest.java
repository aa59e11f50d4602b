package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every kind of reference javac binds wires a module; an unused import does not. */
class ReferenceKindsTest {

  private static JavaFileObject target(String name, String body) {
    return source(
        "t." + name,
        "package t;",
        "",
        "@dev.plumbline.annotations.Module(name = \"" + name + "\")",
        body);
  }

  @Test
  void eachReferenceKindWiresItsTargetAndAnUnusedImportDoesNot() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(target("Called", "public class Called { public static void go() {} }"));
    sources.add(target("Constructed", "public class Constructed {}"));
    sources.add(target("FieldRead", "public class FieldRead { public static int VALUE = 1; }"));
    sources.add(target("SignatureType", "public class SignatureType {}"));
    sources.add(target("Annotation", "public @interface Annotation {}"));
    sources.add(target("LambdaTarget", "public interface LambdaTarget { void run(); }"));
    sources.add(target("MethodRef", "public class MethodRef { public static void m() {} }"));
    sources.add(target("Literal", "public class Literal {}"));
    sources.add(target("Parent", "public class Parent {}"));
    sources.add(target("GenericArg", "public class GenericArg {}"));
    sources.add(target("VarInferred", "public class VarInferred {"
        + " public static VarInferred make() { return null; } }"));
    sources.add(target("OnlyImported", "public class OnlyImported {}"));
    sources.add(
        source(
            "app.Main",
            "package app;",
            "",
            "import t.OnlyImported;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "@t.Annotation",
            "public class Main extends t.Parent {",
            "  static java.util.List<t.GenericArg> list;",
            "  static void take(t.SignatureType value) {}",
            "  public static void main(String[] args) {",
            "    t.Called.go();",
            "    new t.Constructed();",
            "    int v = t.FieldRead.VALUE;",
            "    t.LambdaTarget lambda = () -> {};",
            "    Runnable reference = t.MethodRef::m;",
            "    Class<?> literal = t.Literal.class;",
            "    var inferred = t.VarInferred.make();",
            "  }",
            "}"));

    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    for (String wired :
        List.of("Called", "Constructed", "FieldRead", "SignatureType", "Annotation",
            "LambdaTarget", "MethodRef", "Literal", "Parent", "GenericArg", "VarInferred")) {
      assertThat(module(compilation, wired).get("status").asText()).as(wired).isEqualTo("WIRED");
    }
    assertThat(module(compilation, "OnlyImported").get("status").asText()).isEqualTo("NOT_WIRED");
  }

  @Test
  void anInferredTypeWithoutAnyNameInTheSourceStillWires() {
    JavaFileObject hidden =
        source(
            "t.Hidden",
            "package t;",
            "",
            "@dev.plumbline.annotations.Module(name = \"hidden\")",
            "public class Hidden { public void touch() {} }");
    JavaFileObject factory =
        source(
            "t.Factory",
            "package t;",
            "",
            "public class Factory { public static Hidden make() { return new Hidden(); } }");
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "@dev.plumbline.annotations.Module(name = \"app\")",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    t.Factory.make().touch();",
            "  }",
            "}");

    Compilation compilation = compile(hidden, factory, main);

    assertThat(WiringCompiler.texts(module(compilation, "hidden").get("path")))
        .containsExactly("app.Main", "t.Hidden");
  }

  @Test
  void classesInsideAnonymousClassesFoldIntoTheNamedClassAndDoNotLookPartial() {
    JavaFileObject deep =
        source(
            "t.Deep",
            "package t;",
            "",
            "@dev.plumbline.annotations.Module(name = \"deep\")",
            "public class Deep {}");
    JavaFileObject main =
        source(
            "app.Main",
            "package app;",
            "",
            "@dev.plumbline.annotations.EntryPoint",
            "@dev.plumbline.annotations.Module(name = \"app\")",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    Object holder = new Object() {",
            "      class Entry { t.Deep deep; }",
            "    };",
            "    class Local { Object value = holder; }",
            "  }",
            "}");

    Compilation compilation = compile(deep, main);

    assertThat(WiringCompiler.wiringJson(compilation).get("partial").asBoolean()).isFalse();
    assertThat(WiringCompiler.texts(module(compilation, "deep").get("path")))
        .containsExactly("app.Main", "t.Deep");
    assertThat(WiringCompiler.texts(module(compilation, "app").get("classes")))
        .containsExactly("app.Main");
  }
}
