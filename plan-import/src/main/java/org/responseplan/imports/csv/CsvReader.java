package org.responseplan.imports.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.CsvLimits;

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) record by record, as a
 * stream. Files are read as UTF-8 (a byte-order mark is skipped) unless their first megabyte is not valid UTF-8, in
 * which case they are read as Latin-1 (ISO 8859-1); {@link #charset()} says which.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(Path.of("data.csv"))) {
 *   for (List<String> row = csv.next(); row != null; row = csv.next()) { ... csv.line() ... }
 * }
 * }</pre>
 *
 * <p>Rows are bounded by {@link CsvLimits} (cells in a row, characters in a cell and in a row): a row beyond one
 * makes {@link #next()} throw {@link LimitExceeded} before it is held, and the reading cannot go on.
 */
public final class CsvReader implements Closeable {
  private static final int SNIFF_BYTES = 1 << 20;

  /**
   * A row beyond a {@link CsvLimits} bound: the reading ends there. The message names the limit and the line, for a
   * {@code csv-limit} finding.
   */
  public static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    /**
     * A limit hit.
     *
     * @param message what was too large and the limit's name, such as "a row of more than 10000 cells
     *     (CsvLimits.maxCellsPerRow)"; the line is the finding's place
     * @param line the 1-based line of the row, or 0
     */
    public LimitExceeded(String message, long line) {
      super(message, null, false, false);
      this.line = line;
    }

    /** The 1-based line of the row that hit the limit, or 0 when not known. */
    public long line() {
      return line;
    }
  }

  private final Reader in;
  private final Charset charset;
  private final CsvLimits limits;
  private long line = 1;
  private long recordLine;
  private int pending = -2;

  private CsvReader(Reader in, Charset charset, CsvLimits limits) {
    this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    this.charset = charset;
    this.limits = limits;
  }

  /** Opens a file, choosing UTF-8 or Latin-1 as described above, with the default limits. */
  public static CsvReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return open(raw, CsvLimits.DEFAULT);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Reads a stream, choosing UTF-8 or Latin-1 from its first megabyte, with the default limits. */
  public static CsvReader open(InputStream stream) throws IOException {
    return open(stream, CsvLimits.DEFAULT);
  }

  /**
   * Reads a stream, choosing UTF-8 or Latin-1 from its first megabyte.
   *
   * @param stream the bytes
   * @param limits the bounds on each row
   * @return the reader
   * @throws IOException when the stream cannot be read
   */
  public static CsvReader open(InputStream stream, CsvLimits limits) throws IOException {
    java.io.BufferedInputStream in = new java.io.BufferedInputStream(stream, SNIFF_BYTES + 4);
    in.mark(SNIFF_BYTES + 4);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF;
    if (bom) {
      in.skipNBytes(3);
    }
    Charset cs = isUtf8(head, bom ? 3 : 0) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    return new CsvReader(new InputStreamReader(in, cs), cs, limits);
  }

  /** Reads text that is already decoded. */
  public static CsvReader of(Reader reader) {
    return new CsvReader(reader, StandardCharsets.UTF_16, CsvLimits.DEFAULT);
  }

  public static CsvReader of(String text) {
    return of(new java.io.StringReader(text));
  }

  /** The bytes as UTF-8, a multi-byte sequence cut off at the end of the sample excepted. */
  private static boolean isUtf8(byte[] head, int from) {
    int end = head.length;
    // do not judge a sequence cut off by the sample's end
    int back = 0;
    while (back < 3 && end - back - 1 >= from && (head[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    if (end - back - 1 >= from && (head[end - back - 1] & 0xC0) == 0xC0) {
      end = end - back - 1;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, from, end - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The character set the source is read with (UTF-16 for text given as a string). */
  public Charset charset() {
    return charset;
  }

  /** The 1-based line on which the last record returned by {@link #next()} started. */
  public long line() {
    return recordLine;
  }

  /**
   * The next record's fields, or null at the end. An empty line is a record with one empty field.
   *
   * @throws UncheckedIOException when the stream fails or a quoted field is not closed
   * @throws LimitExceeded when the record is beyond a {@link CsvLimits} bound
   */
  public @Nullable List<String> next() {
    try {
      int c = read();
      if (c < 0) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean fieldStart = true;
      long length = 0;
      while (true) {
        if (++length > limits.maxRowLength()) {
          throw limit("a row longer than " + limits.maxRowLength() + " characters (CsvLimits.maxRowLength)");
        }
        if (quoted) {
          if (c < 0) {
            throw new IOException("a quoted field that starts on line " + recordLine + " is not closed");
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              append(field, '"');
            } else {
              quoted = false;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            append(field, (char) c);
          }
        } else if (c == '"' && fieldStart) {
          quoted = true;
          fieldStart = false;
        } else if (c == ',') {
          if (fields.size() + 1 >= limits.maxCellsPerRow()) {
            throw limit("a row of more than " + limits.maxCellsPerRow() + " cells (CsvLimits.maxCellsPerRow)");
          }
          fields.add(field.toString());
          field.setLength(0);
          fieldStart = true;
        } else if (c == '\n' || c == '\r' || c < 0) {
          if (c == '\r') {
            int d = read();
            if (d != '\n') {
              unread(d);
            }
          }
          if (c >= 0) {
            line++;
          }
          fields.add(field.toString());
          return fields;
        } else {
          append(field, (char) c);
          fieldStart = false;
        }
        c = read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private void append(StringBuilder field, char c) {
    if (field.length() >= limits.maxCellLength()) {
      throw limit("a cell longer than " + limits.maxCellLength() + " characters (CsvLimits.maxCellLength)");
    }
    field.append(c);
  }

  private LimitExceeded limit(String what) {
    return new LimitExceeded(what, recordLine);
  }

  private int read() throws IOException {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pending = c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** For tests and small inputs: every record of some bytes. */
  public static List<List<String>> readAll(byte[] bytes) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader r = open(new ByteArrayInputStream(bytes))) {
      for (List<String> row = r.next(); row != null; row = r.next()) {
        rows.add(row);
      }
    }
    return rows;
  }
}
