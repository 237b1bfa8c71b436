package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tidy table of indicator results: dimension columns (text) first, then measure columns (numbers), one row per
 * combination of dimension values. A cell is null when the figure is not reported or undefined; it is never 0 for
 * that reason.
 *
 * <p>Measure values are {@link Long} for people, {@link BigDecimal} for money and percentages, {@link String} for
 * the labels of figures a plan gives as text ({@code targeted_label}). {@link #toCsv()}
 * writes CSV (RFC 4180); {@link #toColumns()} gives the column-to-values map a notebook data frame is made from.
 */
public final class IndicatorTable {
  private final List<String> dimensions;
  private final List<String> measures;
  private final List<List<@Nullable Object>> rows;

  /**
   * A table of rows; the lists are copied.
   *
   * @param dimensions the dimension column names, in order
   * @param measures the measure column names, in order
   * @param rows the rows, each with one cell per column (dimensions then measures), null where not reported
   * @throws IllegalArgumentException when a row's length is not the number of columns
   */
  public IndicatorTable(List<String> dimensions, List<String> measures, List<List<@Nullable Object>> rows) {
    this.dimensions = List.copyOf(dimensions);
    this.measures = List.copyOf(measures);
    List<List<@Nullable Object>> copy = new ArrayList<>(rows.size());
    int width = dimensions.size() + measures.size();
    for (List<@Nullable Object> row : rows) {
      if (row.size() != width) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, the table " + width + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    this.rows = Collections.unmodifiableList(copy);
  }

  /**
   * The dimension column names, in order.
   *
   * @return the names, such as {@code sector}, {@code country}; empty for a plan-wide table
   */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * The measure column names, in order.
   *
   * @return the names, such as {@code requirements}, {@code funding_coverage_pct}
   */
  public List<String> measures() {
    return measures;
  }

  /**
   * All column names: dimensions, then measures.
   *
   * @return the names, dimensions first
   */
  public List<String> columns() {
    List<String> all = new ArrayList<>(dimensions);
    all.addAll(measures);
    return all;
  }

  /**
   * The rows; each has one cell per column, null where there is no figure.
   *
   * @return the rows (immutable), top to bottom; a cell is text, a {@code BigDecimal}, a {@code Long} or null for not
   *     reported
   */
  public List<List<@Nullable Object>> rows() {
    return rows;
  }

  /** {@return the number of rows} */
  public int size() {
    return rows.size();
  }

  /**
   * The values of one column, top to bottom.
   *
   * @param name a column name
   * @return one value per row, null where not reported
   * @throws IllegalArgumentException when the table has no such column
   */
  public List<@Nullable Object> column(String name) {
    int i = columns().indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + "; the columns are " + columns());
    }
    List<@Nullable Object> values = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      values.add(row.get(i));
    }
    return values;
  }

  /**
   * Column name to values, in column order: what {@code pandas.DataFrame(dict)} takes.
   *
   * @return the columns by name, in column order
   */
  public Map<String, List<@Nullable Object>> toColumns() {
    Map<String, List<@Nullable Object>> map = new LinkedHashMap<>();
    for (String c : columns()) {
      map.put(c, column(c));
    }
    return map;
  }

  /**
   * The cell at a row and column name.
   *
   * @param row 0-based row index
   * @param column a column name
   * @return the cell; null when not reported
   * @throws IllegalArgumentException when the table has no such column
   * @throws IndexOutOfBoundsException when the row does not exist
   */
  public @Nullable Object get(int row, String column) {
    int i = columns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + "; the columns are " + columns());
    }
    return rows.get(row).get(i);
  }

  /**
   * This table without those of {@code optional} columns that are null in every row (label columns, which most plans
   * do not need).
   *
   * @param optional names of measure columns that may be left out
   * @return this table when every one of them has a value somewhere (or is not a column), else a narrower copy
   */
  IndicatorTable withoutEmptyColumns(List<String> optional) {
    List<Integer> drop = new ArrayList<>();
    for (String name : optional) {
      int i = columns().indexOf(name);
      if (i >= dimensions.size() && column(name).stream().allMatch(Objects::isNull)) {
        drop.add(i);
      }
    }
    if (drop.isEmpty()) {
      return this;
    }
    List<String> keptMeasures = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      if (!drop.contains(dimensions.size() + i)) {
        keptMeasures.add(measures.get(i));
      }
    }
    List<List<@Nullable Object>> keptRows = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      List<@Nullable Object> kept = new ArrayList<>(keptMeasures.size() + dimensions.size());
      for (int i = 0; i < row.size(); i++) {
        if (!drop.contains(i)) {
          kept.add(row.get(i));
        }
      }
      keptRows.add(kept);
    }
    return new IndicatorTable(dimensions, keptMeasures, keptRows);
  }

  /**
   * CSV with a header row; empty cells for missing figures; numbers in plain notation; lines end with CRLF.
   *
   * @return the CSV text, RFC 4180
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder();
    csvRow(b, new ArrayList<>(columns()));
    for (List<@Nullable Object> row : rows) {
      csvRow(b, row);
    }
    return b.toString();
  }

  private static void csvRow(StringBuilder b, List<? extends @Nullable Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(csvCell(cells.get(i)));
    }
    b.append("\r\n");
  }

  /**
   * One CSV cell: plain numbers, quoted text where needed.
   *
   * @param value a cell; null for not reported
   * @return the CSV form: empty for null, plain notation for numbers, quoted when the text holds a comma, quote or line
   *     break
   */
  public static String csvCell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IndicatorTable t && dimensions.equals(t.dimensions) && measures.equals(t.measures)
        && rows.equals(t.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, measures, rows);
  }

  @Override
  public String toString() {
    return toCsv();
  }
}
