// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trainable fp32 arrays laid out back to back in one buffer: every array is a view of its slice,
 * matrices (two or more dimensions, the ones weight decay applies to) first, then vectors. An
 * optimizer then updates all of them with a few operations on the whole buffer instead of a dozen
 * per array, the layout PyTorch's fused AdamW and apex's flat master weights use. The views are
 * leaf arrays with gradients of their own; {@link #gatherGradients()} copies those into one
 * buffer of the same layout.
 */
public final class ContiguousParameters implements AutoCloseable {

  // Indexes a whole array: set(WHOLE, x) copies x into it in place.
  static final NDIndex WHOLE = new NDIndex("...");

  private final NDManager manager;
  private final NDArray buffer;
  private final Map<String, NDArray> views;
  private final long matrixElements;

  private ContiguousParameters(NDManager manager, NDArray buffer, Map<String, NDArray> views,
      long matrixElements) {
    this.manager = manager;
    this.buffer = buffer;
    this.views = views;
    this.matrixElements = matrixElements;
  }

  /**
   * Copies fp32 arrays into a new buffer and makes the views trainable. The arrays passed in are
   * left as they are; use {@link #arrays()} from now on.
   *
   * @param initial named fp32 arrays holding the starting values
   * @param parent the manager the buffer is created under (a sub-manager is made and owned)
   * @return the buffer with one view per name, in the order of {@link #layout(Map)}
   * @throws IllegalArgumentException when an array is not fp32
   */
  public static ContiguousParameters copyOf(Map<String, NDArray> initial, NDManager parent) {
    List<String> order = layout(initial);
    long total = 0;
    long matrices = 0;
    for (String name : order) {
      NDArray array = Objects.requireNonNull(initial.get(name), name);
      if (array.getDataType() != DataType.FLOAT32) {
        throw new IllegalArgumentException("parameter '" + name + "' is " + array.getDataType()
            + ": contiguous parameters hold fp32 master weights only");
      }
      total += array.size();
      matrices += isMatrix(array) ? array.size() : 0;
    }
    NDManager manager = parent.newSubManager();
    NDArray buffer = manager.zeros(new Shape(total), DataType.FLOAT32);
    Map<String, NDArray> views = new LinkedHashMap<>();
    List<NDArray> slices = split(buffer, order.stream().map(initial::get).toList());
    for (int i = 0; i < order.size(); i++) {
      NDArray view = slices.get(i);
      // An in-place copy: NDArray.set(ByteBuffer) would give the view storage of its own.
      view.set(WHOLE, initial.get(order.get(i)));
      view.setRequiresGradient(true);
      views.put(order.get(i), view);
    }
    return new ContiguousParameters(manager, buffer, views, matrices);
  }

  /**
   * The order of the arrays in the buffer: matrices first, then vectors, each group in the order
   * given.
   *
   * @param arrays named arrays
   * @return their names in buffer order
   */
  public static List<String> layout(Map<String, NDArray> arrays) {
    List<String> matrices = new ArrayList<>();
    List<String> vectors = new ArrayList<>();
    arrays.forEach((name, array) -> (isMatrix(array) ? matrices : vectors).add(name));
    matrices.addAll(vectors);
    return matrices;
  }

  /**
   * Views of {@code flat} shaped like {@code shapesOf}, back to back from its start.
   *
   * @param flat a one-dimensional array at least as long as the shapes together
   * @param shapesOf arrays whose shapes the views take, in buffer order
   * @return one view per array
   */
  static List<NDArray> split(NDArray flat, List<NDArray> shapesOf) {
    long[] ends = new long[shapesOf.size()];
    long offset = 0;
    for (int i = 0; i < ends.length; i++) {
      offset += shapesOf.get(i).size();
      ends[i] = offset;
    }
    // split() and reshape() of a contiguous array are views; the last part is the unused rest.
    NDList parts = flat.split(ends);
    List<NDArray> views = new ArrayList<>(ends.length);
    for (int i = 0; i < ends.length; i++) {
      views.add(parts.get(i).reshape(shapesOf.get(i).getShape()));
    }
    return views;
  }

  private static boolean isMatrix(NDArray array) {
    return array.getShape().dimension() >= 2;
  }

  /** The trainable views by name, in buffer order. */
  public Map<String, NDArray> arrays() {
    return Collections.unmodifiableMap(views);
  }

  /** The whole buffer, one-dimensional; writing to it writes to the views. */
  public NDArray buffer() {
    return buffer;
  }

  /** Elements of the matrices at the start of the buffer; vectors follow. */
  public long matrixElements() {
    return matrixElements;
  }

  /** The manager the buffer lives in; optimizer state of the same layout can be created there. */
  NDManager manager() {
    return manager;
  }

  /**
   * Copies every view's gradient into a new one-dimensional array laid out like the buffer (one
   * concatenation). The array belongs to the current NDScope, or to this object's manager.
   *
   * @return the gradients, flat
   * @throws IllegalStateException when a view has no gradient yet (no backward pass reached it)
   */
  public NDArray gatherGradients() {
    NDList flat = new NDList(views.size());
    for (NDArray view : views.values()) {
      flat.add(view.getGradient().reshape(-1));
    }
    return NDArrays.concat(flat, 0);
  }

  /**
   * Sets every gradient to exactly zero. DJL's {@code zeroGradients()} subtracts the gradient from
   * itself, which turns an inf left by an overflowed fp16 step into NaN forever; libtorch's
   * zero_() does not.
   */
  public void zeroGradients() {
    for (NDArray view : views.values()) {
      JniUtils.zeroGrad((PtNDArray) view);
    }
  }

  /**
   * Overwrites one view's values in place (it stays a view of the buffer), bit for bit.
   *
   * @param name the view
   * @param values an array of the view's shape
   */
  public void overwrite(String name, NDArray values) {
    NDArray view = views.get(name);
    if (view == null) {
      throw new IllegalArgumentException("no parameter is named '" + name + "'");
    }
    view.set(WHOLE, values);
  }

  @Override
  public void close() {
    manager.close();
  }
}
