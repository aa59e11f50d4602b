// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Describes a module's public API: its public types and their public methods and constructors.
 *
 * <p>Signatures read like {@code app.Store#save(java.lang.String): void}, the form project
 * memory and people compare across builds.
 */
final class PublicApi {

  private PublicApi() {}

  /**
   * The public API entries of one type, the type first.
   *
   * @param type a source type
   * @param binaryName its graph node name
   * @return empty when the type is not public
   */
  static List<String> of(TypeElement type, String binaryName) {
    List<String> entries = new ArrayList<>();
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      return entries;
    }
    entries.add(type.getKind().name().toLowerCase(Locale.ROOT) + " " + binaryName);
    for (Element member : type.getEnclosedElements()) {
      boolean callable =
          member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.CONSTRUCTOR;
      if (callable && member.getModifiers().contains(Modifier.PUBLIC)) {
        entries.add(signature(binaryName, (ExecutableElement) member));
      }
    }
    return entries;
  }

  private static String signature(String owner, ExecutableElement method) {
    StringBuilder signature = new StringBuilder(owner).append('#');
    signature.append(
        method.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : method.getSimpleName());
    signature.append('(');
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      signature.append(i == 0 ? "" : ", ").append(parameters.get(i).asType());
    }
    return signature.append("): ").append(method.getReturnType()).toString();
  }
}
