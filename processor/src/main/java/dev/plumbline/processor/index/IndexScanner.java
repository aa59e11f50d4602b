// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/** Finds the index classes of every library on the class path by listing the index package. */
public final class IndexScanner {

  private final Elements elements;
  private final IndexCodec codec;

  /**
   * Creates a scanner.
   *
   * @param elements javac's element utilities
   * @param codec parses the stored text
   */
  public IndexScanner(Elements elements, IndexCodec codec) {
    this.elements = elements;
    this.codec = codec;
  }

  /** One index found on the class path, or the reason it could not be read. */
  public record Found(String className, @Nullable LibraryIndex index, String problem) {}

  /**
   * Reads every index class visible to the compilation.
   *
   * @return the indexes in class-name order; unreadable ones carry a problem instead
   */
  public List<Found> scan() {
    List<Found> found = new ArrayList<>();
    PackageElement pkg = elements.getPackageElement(IndexClassWriter.INDEX_PACKAGE);
    if (pkg == null) {
      return found;
    }
    List<TypeElement> classes = new ArrayList<>(ElementFilter.typesIn(pkg.getEnclosedElements()));
    classes.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
    for (TypeElement type : classes) {
      if (type.getSimpleName().toString().startsWith(IndexClassWriter.CLASS_PREFIX)) {
        found.add(read(type));
      }
    }
    return found;
  }

  private Found read(TypeElement type) {
    String className = type.getQualifiedName().toString();
    List<VariableElement> fields = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().toString().startsWith(IndexClassWriter.FIELD_PREFIX)) {
        fields.add(field);
      }
    }
    fields.sort(Comparator.comparingInt(IndexScanner::chunkNumber));
    StringBuilder json = new StringBuilder();
    for (VariableElement field : fields) {
      Object value = field.getConstantValue();
      if (!(value instanceof String chunk)) {
        return new Found(className, null, "field " + field.getSimpleName() + " is not a constant");
      }
      json.append(chunk);
    }
    try {
      return new Found(className, codec.fromJson(json.toString()), "");
    } catch (InvalidIndexException e) {
      return new Found(className, null, e.getMessage());
    }
  }

  private static int chunkNumber(VariableElement field) {
    String suffix = field.getSimpleName().toString().substring(IndexClassWriter.FIELD_PREFIX.length());
    try {
      return Integer.parseInt(suffix);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
