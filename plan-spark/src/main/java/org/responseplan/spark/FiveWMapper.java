package org.responseplan.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.imports.hxl.HxlTable;
import org.responseplan.imports.hxl.HxlTag;

/**
 * Runs the HXL reader's own 5W rules and mapping ({@link HxlReader#activityReportsOfRows}) on the rows of one
 * partition, a chunk of rows at a time, with the data frame's columns and tags. In the wide
 * layout a report is one row, so chunks can be cut anywhere; in the long layout the rows arrive sorted by a key that
 * keeps a report's rows together, and chunks are cut only where the key changes.
 */
final class FiveWMapper implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per chunk given to the mapping at once. */
  static final int CHUNK_ROWS = 10_000;

  /** Per table column: its position in the Spark row, its tag (or null: untagged) and header. */
  private final int[] positions;
  private final @Nullable String[] tags;
  private final String[] headers;
  /**
   * The position of an array column holding the cells of a row (an HXL file read line by line), or -1: the cells
   * are the Spark row's columns at {@link #positions}.
   */
  private final int cellsPosition;
  /** The position of the line number in the Spark row, or -1: rows are numbered within the partition. */
  private final int linePosition;
  /** The position of the long layout's key in the Spark row, or -1 (wide layout). */
  private final int keyPosition;
  private final @Nullable YearMonth defaultMonth;
  private final Locale locale;

  FiveWMapper(int[] positions, @Nullable String[] tags, String[] headers, int cellsPosition, int linePosition,
      int keyPosition, @Nullable YearMonth defaultMonth, Locale locale) {
    this.positions = positions.clone();
    this.cellsPosition = cellsPosition;
    this.tags = tags.clone();
    this.headers = headers.clone();
    this.linePosition = linePosition;
    this.keyPosition = keyPosition;
    this.defaultMonth = defaultMonth;
    this.locale = locale;
  }

  HxlReader reader() {
    return HxlReader.create().withLocale(locale).withDefaultMonth(defaultMonth);
  }

  /** The table's columns, as the HXL reader sees them. */
  List<HxlTable.Column> columns() {
    List<HxlTable.Column> columns = new ArrayList<>(tags.length);
    for (int i = 0; i < tags.length; i++) {
      String t = tags[i];
      columns.add(new HxlTable.Column(i, t == null ? null : HxlTag.parse(t), headers[i]));
    }
    return columns;
  }

  /** The mapping's result for one chunk, with the rows it read. */
  record Chunk(ImportResult<List<ActivityReport>> result, long rows) {}

  /** The chunks of a partition, mapped lazily one after the other. */
  Iterator<Chunk> chunks(Iterator<Row> rows) {
    List<HxlTable.Column> columns = columns();
    HxlReader reader = reader();
    return new Iterator<>() {
      long position;
      @Nullable Row pending;

      @Override
      public boolean hasNext() {
        return pending != null || rows.hasNext();
      }

      @Override
      public Chunk next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<HxlTable.Row> chunk = new ArrayList<>();
        Object key = null;
        long read = 0;
        while (pending != null || rows.hasNext()) {
          Row r = pending != null ? pending : rows.next();
          if (chunk.size() >= CHUNK_ROWS && (keyPosition < 0 || !Objects.equals(key, r.get(keyPosition)))) {
            pending = r;
            break;
          }
          pending = null;
          read++;
          position++;
          key = keyPosition < 0 ? null : r.get(keyPosition);
          long line = linePosition < 0 ? position : ((Number) r.get(linePosition)).longValue();
          List<String> cells = new ArrayList<>(positions.length);
          for (int i = 0; i < positions.length; i++) {
            cells.add(cell(r, i));
          }
          if (cellsPosition >= 0) {
            List<Object> all = r.getList(cellsPosition);
            for (int i = positions.length; i < all.size(); i++) {
              cells.add(cell(all.get(i)));
            }
          }
          chunk.add(new HxlTable.Row(line, cells));
        }
        // The reader's own rules: blank rows and cells past the last column are skipped and reported, as in a file.
        ImportResult<List<ActivityReport>> mapped = reader.activityReportsOfRows(columns, chunk);
        return new Chunk(mapped, read);
      }
    };
  }

  /** The text of table column {@code i} in a Spark row. */
  String cell(Row r, int i) {
    if (cellsPosition >= 0) {
      List<Object> all = r.getList(cellsPosition);
      return i < all.size() ? cell(all.get(i)) : "";
    }
    return cell(r.get(positions[i]));
  }

  /**
   * A Spark value as the text of an HXL cell: null is a blank cell; whole numbers of any numeric type are written
   * without a fraction ({@code 1200.0} as a double is {@code 1200}), other numbers in plain notation (a count with a
   * fraction is then an {@code invalid-value} finding, as in a file); dates as {@code YYYY-MM-DD}.
   */
  static String cell(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return v.toString();
    }
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p53) {
        return Long.toString((long) d);
      }
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).toPlainString() : Double.toString(d);
    }
    return v.toString();
  }
}
