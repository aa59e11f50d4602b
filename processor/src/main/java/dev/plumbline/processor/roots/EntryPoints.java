// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import dev.plumbline.processor.graph.ClassNaming;
import dev.plumbline.processor.model.AnnotationLookup;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.RootKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the entry points: every source class annotated {@code @EntryPoint}, and every class named
 * by {@code -Aplumbline.entryPoint}. A program may have several (a server and its admin tool,
 * each with a main): each is a root.
 */
public final class EntryPoints {

  /**
   * The outcome.
   *
   * @param roots the entry points, annotated ones in source order, then configured ones
   * @param unmatchedOptionNames configured names that name no class this compilation can see
   * @param annotationTypes annotated classes that cannot start a program (annotation types)
   * @param withoutMain annotated classes that declare no {@code main} method
   */
  public record Found(
      List<Root> roots,
      List<String> unmatchedOptionNames,
      List<String> annotationTypes,
      List<String> withoutMain) {}

  private EntryPoints() {}

  /**
   * Finds the entry points.
   *
   * @param sourceTypes the source classes by binary name
   * @param configured the names given to {@code -Aplumbline.entryPoint}
   * @param elements javac's element utilities
   * @param naming how classes are named as graph nodes
   * @param annotations which elements carry Plumbline's annotations
   * @param startedByFramework classes a framework starts: an {@code @EntryPoint} there needs no
   *     main method
   * @return the entry points and what is wrong with the declarations
   */
  public static Found find(
      Map<String, TypeElement> sourceTypes,
      List<String> configured,
      Elements elements,
      ClassNaming naming,
      AnnotationLookup annotations,
      Set<String> startedByFramework) {
    Map<String, Root> roots = new LinkedHashMap<>();
    List<String> annotationTypes = new ArrayList<>();
    List<String> withoutMain = new ArrayList<>();
    sourceTypes.forEach(
        (name, type) -> {
          if (!annotations.isEntryPoint(type)) {
            return;
          }
          if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
            annotationTypes.add(name);
            return;
          }
          if (!hasMain(type) && !startedByFramework.contains(name)) {
            withoutMain.add(name);
          }
          roots.put(name, new Root(name, RootKind.ENTRY_POINT, "@EntryPoint"));
        });
    List<String> unmatched = new ArrayList<>();
    for (String name : configured) {
      TypeElement type = elements.getTypeElement(name.replace('$', '.'));
      if (type == null) {
        unmatched.add(name);
      } else {
        String nodeName = naming.nodeName(type);
        roots.putIfAbsent(
            nodeName, new Root(nodeName, RootKind.ENTRY_POINT, "-Aplumbline.entryPoint"));
      }
    }
    return new Found(List.copyOf(roots.values()), List.copyOf(unmatched),
        List.copyOf(annotationTypes), List.copyOf(withoutMain));
  }

  /**
   * Whether a class declares a {@code main} method a launcher can run: {@code main(String[])}, or
   * (JDK 25's instance main methods) {@code main()}, static or not, not private.
   *
   * @param type a class
   * @return true when it has one
   */
  public static boolean hasMain(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getSimpleName().contentEquals("main")
          || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      if (method.getParameters().isEmpty()) {
        return true;
      }
      if (method.getParameters().size() == 1
          && method.getParameters().get(0).asType() instanceof ArrayType array
          && array.getComponentType().getKind() == TypeKind.DECLARED
          && array.getComponentType().toString().equals("java.lang.String")) {
        return true;
      }
    }
    return false;
  }
}
