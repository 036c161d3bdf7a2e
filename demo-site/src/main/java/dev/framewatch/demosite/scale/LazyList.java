package dev.framewatch.demosite.scale;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A list whose element {@code i} is made on request by a function of {@code i} alone and never kept: how a scaled demo site
 * serves millions of records without holding them. Immutable; equal to any list with the same elements (as
 * {@link AbstractList} defines), so a lazy and a materialised corpus compare equal.
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<T> element;

  public LazyList(int size, IntFunction<T> element) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, got " + size);
    }
    this.size = size;
    this.element = Objects.requireNonNull(element, "element");
  }

  @Override
  public T get(int index) {
    Objects.checkIndex(index, size);
    return element.apply(index);
  }

  @Override
  public int size() {
    return size;
  }

  /** {@code list} back to front, as a view (nothing copied). */
  public static <T> List<T> reversed(List<T> list) {
    return new LazyList<>(list.size(), i -> list.get(list.size() - 1 - i));
  }

  /** Whether {@code list} is lazy, i.e. must not be copied: a copy would materialise every element. */
  public static boolean isLazy(List<?> list) {
    return list instanceof LazyList<?>;
  }
}
