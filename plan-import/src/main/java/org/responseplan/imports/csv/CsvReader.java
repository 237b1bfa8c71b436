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
 */
public final class CsvReader implements Closeable {
  private static final int SNIFF_BYTES = 1 << 20;

  private final Reader in;
  private final Charset charset;
  private long line = 1;
  private long recordLine;
  private int pending = -2;

  private CsvReader(Reader in, Charset charset) {
    this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    this.charset = charset;
  }

  /** Opens a file, choosing UTF-8 or Latin-1 as described above. */
  public static CsvReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return open(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Reads a stream, choosing UTF-8 or Latin-1 from its first megabyte. */
  public static CsvReader open(InputStream stream) throws IOException {
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
    return new CsvReader(new InputStreamReader(in, cs), cs);
  }

  /** Reads text that is already decoded. */
  public static CsvReader of(Reader reader) {
    return new CsvReader(reader, StandardCharsets.UTF_16);
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

  /** The next record's fields, or null at the end. An empty line is a record with one empty field. */
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
      while (true) {
        if (quoted) {
          if (c < 0) {
            throw new IOException("a quoted field that starts on line " + recordLine + " is not closed");
          }
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && fieldStart) {
          quoted = true;
          fieldStart = false;
        } else if (c == ',') {
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
          field.append((char) c);
          fieldStart = false;
        }
        c = read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
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
