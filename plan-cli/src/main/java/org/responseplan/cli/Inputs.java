package org.responseplan.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Opening the files the commands read: a path, or {@code -} for standard input; a progress line for large files. */
final class Inputs {
  /** Files larger than this show progress on a terminal. */
  static final long PROGRESS_FROM_BYTES = 20L << 20;

  /** The file being read, for the one line that reports an unexpected failure. */
  private static volatile @Nullable String current;

  private Inputs() {}

  /** The file last opened, as {@link #label} names it, or null. */
  static @Nullable String current() {
    return current;
  }

  /** Records the file being read ({@link #label}), or null when none is. */
  static void reading(@Nullable String name) {
    current = name == null ? null : label(name);
  }

  /** What the name refers to in messages: the path as given, or "standard input". */
  static String label(String name) {
    return name.equals("-") ? "standard input" : name;
  }

  /**
   * Opens a file or standard input. Throws {@link IOException} with a message for people when it cannot be read.
   */
  // Java 17 to 21 give no console without a terminal; on 22 and later the progress may show when redirected.
  @SuppressWarnings("SystemConsoleNull")
  static InputStream open(String name, InputStream stdin, PrintStream err) throws IOException {
    reading(name);
    if (name.equals("-")) {
      return new NonClosing(stdin);
    }
    Path path = readable(name);
    InputStream in = Files.newInputStream(path);
    long size = Files.size(path);
    if (size >= PROGRESS_FROM_BYTES && System.console() != null) {
      return new Progress(in, size, name, err);
    }
    return in;
  }

  /**
   * A file that can be read, for commands that read it themselves. Throws {@link IOException} with a message for
   * people when it cannot be read.
   */
  static Path readable(String name) throws IOException {
    reading(name);
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new IOException(name + " is a directory, not a plan file");
    }
    if (!Files.isReadable(path)) {
      throw new IOException("cannot read " + name + (Files.exists(path) ? " (permission denied)" : " (no such file)"));
    }
    return path;
  }

  /** Counts bytes read and shows the share read on standard error, at most a few times a second. */
  static final class Progress extends FilterInputStream {
    private final long size;
    private final String name;
    private final PrintStream err;
    private long read;
    private long shownAt;
    private int shownPercent = -1;

    Progress(InputStream in, long size, String name, PrintStream err) {
      super(in);
      this.size = size;
      this.name = name;
      this.err = err;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(int n) {
      read += n;
      int percent = (int) (read * 100 / size);
      long now = System.nanoTime();
      if (percent != shownPercent && (now - shownAt > 200_000_000L || percent == 100)) {
        shownPercent = percent;
        shownAt = now;
        int bar = percent / 5;
        err.print(String.format(Locale.ROOT, "\rreading %s [%-20s] %3d%% of %,d MB", name, "#".repeat(bar),
            percent, size >> 20));
        if (percent == 100) {
          err.println();
        }
        err.flush();
      }
    }
  }

  /** Standard input stays open after one file is read. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
