package org.responseplan.io.json;

import java.io.Writer;

/** A string writer that refuses to grow beyond a limit, so that one huge extension cannot exhaust memory. */
final class BoundedWriter extends Writer {
  /** Thrown when the limit is reached. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super(null, null, false, false);
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final int limit;

  BoundedWriter(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] buf, int off, int len) {
    if (text.length() + len > limit) {
      throw new Full();
    }
    text.append(buf, off, len);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
