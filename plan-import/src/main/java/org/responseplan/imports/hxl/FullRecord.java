package org.responseplan.imports.hxl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.CsvLimits;
import org.responseplan.imports.csv.CsvReader;

/** One record parsed as {@link CsvReader} parses it (quotes, doubled quotes, line breaks in quotes). */
final class FullRecord {
  final List<String> cells;
  final int end;
  final long nextLine;
  final boolean unclosed;

  private FullRecord(List<String> cells, int end, long nextLine, boolean unclosed) {
    this.cells = cells;
    this.end = end;
    this.nextLine = nextLine;
    this.unclosed = unclosed;
  }

  /**
   * The record at {@code pos}, or null when the buffer ends inside it and more may come.
   *
   * @throws CsvReader.LimitExceeded when the record has more cells, or a longer cell or row, than {@code limits}
   *     allow (lengths in bytes here)
   */
  static @Nullable FullRecord parse(byte[] b, int pos, int limit, boolean eof, long line, CsvLimits limits) {
    List<String> cells = new ArrayList<>();
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    boolean quoted = false;
    boolean fieldStart = true;
    int i = pos;
    long ln = line;
    if (i >= limit) {
      return null;
    }
    while (true) {
      if (i >= limit && !eof) {
        return null;
      }
      if (i - pos > limits.maxRowLength() || field.size() > limits.maxCellLength()) {
        throw new CsvReader.LimitExceeded("a " + (i - pos > limits.maxRowLength() ? "row longer than "
            + limits.maxRowLength() + " bytes (CsvLimits.maxRowLength)" : "cell longer than "
            + limits.maxCellLength() + " bytes (CsvLimits.maxCellLength)"), line);
      }
      int c = i < limit ? b[i] & 0xFF : -1;
      if (quoted) {
        if (c < 0) {
          return new FullRecord(cells, i, ln, true);
        }
        if (c == '"') {
          if (i + 1 >= limit && !eof) {
            return null;
          }
          if (i + 1 < limit && b[i + 1] == '"') {
            field.write('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        if (c == '\n') {
          ln++;
        }
        field.write(c);
        i++;
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        i++;
      } else if (c == ',') {
        if (cells.size() + 1 >= limits.maxCellsPerRow()) {
          throw new CsvReader.LimitExceeded("a row of more than " + limits.maxCellsPerRow()
              + " cells (CsvLimits.maxCellsPerRow)", line);
        }
        cells.add(field.toString(StandardCharsets.UTF_8));
        field.reset();
        fieldStart = true;
        i++;
      } else if (c == '\n' || c == '\r' || c < 0) {
        int end = i;
        if (c == '\r') {
          if (i + 1 >= limit && !eof) {
            return null;
          }
          end = i + 1 < limit && b[i + 1] == '\n' ? i + 2 : i + 1;
        } else if (c == '\n') {
          end = i + 1;
        }
        if (c >= 0) {
          ln++;
        }
        cells.add(field.toString(StandardCharsets.UTF_8));
        return new FullRecord(cells, end, ln, false);
      } else {
        field.write(c);
        fieldStart = false;
        i++;
      }
    }
  }
}
