package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class ConcreteInheritanceTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ConcreteInheritance.class, getClass());

  @Test
  void flagsClassesExtendingConcreteClasses() {
    helper
        .addSourceLines(
            "Shapes.java",
            "import java.util.ArrayList;",
            "import java.util.HashMap;",
            "class Shape { double area() { return 0; } }",
            "// BUG: Diagnostic contains: Square extends the concrete class Shape: hold a Shape",
            "class Square extends Shape {}",
            "// BUG: Diagnostic contains: Names extends the concrete class ArrayList: hold an"
                + " ArrayList in a field",
            "class Names<T> extends ArrayList<T> {}",
            "class Outer {",
            "  // BUG: Diagnostic contains: Inner extends the concrete class HashMap",
            "  static class Inner extends HashMap<String, Integer> {}",
            "  void run() {",
            "    // BUG: Diagnostic contains: Local extends the concrete class Shape",
            "    class Local extends Shape {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void acceptsAbstractBasesInterfacesFrameworkHierarchiesAndAnonymousClasses() {
    helper
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Clean.java",
            "import java.io.FilterInputStream;",
            "import java.io.InputStream;",
            "import java.lang.ref.WeakReference;",
            "import java.util.AbstractList;",
            "import javax.lang.model.util.SimpleElementVisitor9;",
            "import com.sun.source.util.TreePathScanner;",
            "abstract class Shape { abstract double area(); }",
            "class Square extends Shape { double area() { return 1; } }",
            "class Items extends AbstractList<String> {",
            "  public String get(int i) { return \"\"; }",
            "  public int size() { return 0; }",
            "}",
            "class Failure extends IllegalStateException {}",
            "class Checked extends Exception {}",
            "class Weak extends WeakReference<Object> { Weak() { super(null); } }",
            "class Counting extends FilterInputStream { Counting(InputStream in) { super(in); } }",
            "class Worker extends Thread {}",
            "class TracedLock extends java.util.concurrent.locks.ReentrantLock {}",
            "class Scanner extends TreePathScanner<Void, Void> {}",
            "class Visitor extends SimpleElementVisitor9<Void, Void> {}",
            "class Designed { protected Designed() {} }",
            "class Extension extends Designed {}",
            "interface Named { String name(); }",
            "interface Titled extends Named {}",
            "record Point(int x, int y) implements Named { public String name() { return \"\"; } }",
            "enum Mode { ON { @Override public String toString() { return \"on\"; } }, OFF }",
            "class Uses {",
            "  Object anonymous = new Object() { @Override public String toString() { return \"\"; } };",
            "  Runnable lambda = () -> {};",
            "  String block = \"\"\"",
            "      class A extends B {}\"\"\";",
            "}",
            "class Plain {}",
            "@lombok.Generated class Made extends Plain {}",
            "@SuppressWarnings(\"ConcreteInheritance\") class Legacy extends Plain {}")
        .doTest();
  }

  /** #14 point 4: JDK classes designed for subclassing, by list or by a protected hook. */
  @Test
  void acceptsSaxHandlersAndTheLruIdiomButNotAPlainMapSubclass() {
    helper
        .addSourceLines(
            "Lru.java",
            "import java.util.HashMap;",
            "import java.util.LinkedHashMap;",
            "import java.util.Map;",
            "class Lru<K, V> extends LinkedHashMap<K, V> {",
            "  @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {",
            "    return size() > 100;",
            "  }",
            "}",
            "class Handler extends org.xml.sax.helpers.DefaultHandler {",
            "  @Override public void startDocument() {}",
            "}",
            "// BUG: Diagnostic contains: Plain extends the concrete class LinkedHashMap",
            "class Plain extends LinkedHashMap<String, String> {",
            "  @Override public String get(Object key) { return super.get(key); }",
            "}",
            "// BUG: Diagnostic contains: Cache extends the concrete class HashMap",
            "class Cache extends HashMap<String, String> {}")
        .doTest();
  }

  @Test
  void allowsConfiguredBaseClassesAndTheirSubclasses() {
    helper
        .setArgs("-XepOpt:Plumbline:AllowedBaseClasses=app.Widget,app.Other")
        .addSourceLines(
            "app/Widget.java",
            "package app;",
            "public class Widget {}")
        .addSourceLines(
            "app/Panel.java",
            "package app;",
            "public class Panel extends Widget {}")
        .addSourceLines(
            "app/Dialog.java",
            "package app;",
            "public class Dialog extends Panel {}")
        .doTest();
  }
}
