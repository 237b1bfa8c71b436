package org.responseplan.model.validation;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer that is spelled out only when a finding needs it: a link to its parent and the text (and index) it
 * adds. Walking a plan makes one small node per list element instead of a string per node visited; the string is
 * built by {@link #toString()}, which a check calls only when it reports.
 */
final class Pointer {
  /** The whole document: {@code ""}. */
  static final Pointer ROOT = new Pointer(null, "", -1);

  private final @Nullable Pointer parent;
  private final String suffix;
  private final int index;

  private Pointer(@Nullable Pointer parent, String suffix, int index) {
    this.parent = parent;
    this.suffix = suffix;
    this.index = index;
  }

  /** This pointer followed by {@code suffix}, such as {@code "/people"} (one or more tokens, already escaped). */
  Pointer plus(String suffix) {
    return new Pointer(this, suffix, -1);
  }

  /** This pointer followed by {@code suffix} and an index: {@code plus("/objectives/", 2)}. */
  Pointer plus(String suffix, int index) {
    return new Pointer(this, suffix, index);
  }

  /** The pointer followed by {@code suffix}, as text. */
  String with(String suffix) {
    return toString() + suffix;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(48);
    append(b);
    return b.toString();
  }

  private void append(StringBuilder b) {
    if (parent != null) {
      parent.append(b);
    }
    b.append(suffix);
    if (index >= 0) {
      b.append(index);
    }
  }
}
