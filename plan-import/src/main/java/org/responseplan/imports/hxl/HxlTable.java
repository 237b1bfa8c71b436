package org.responseplan.imports.hxl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An HXL table as read from a file: the header rows above the hashtag row, one {@link Column} per cell of the hashtag
 * row (tagged, or untagged where the cell is empty or not a valid hashtag), and the data rows with their line
 * numbers. Values are kept exactly as read (not trimmed); a row shorter than the table reads as empty cells.
 *
 * <p>Columns are found by {@link HxlTag#matches exact matching}: {@code columns(HxlTag.parse("#targeted+f"))} gives
 * every {@code #targeted+f} column (more than one when the file repeats a tag) and never a {@code #targeted+m} one.
 */
public final class HxlTable {
  /**
   * One column.
   *
   * @param index the 0-based position in the file
   * @param tag the column's hashtag, or null for an untagged column
   * @param header the text of the header row just above the hashtag row, or {@code ""}
   */
  public record Column(int index, @Nullable HxlTag tag, String header) {
    /**
     * Checks the header.
     *
     * @param index the 0-based position in the file
     * @param tag the column's hashtag, or null for an untagged column
     * @param header the text of the header row just above the hashtag row, or {@code ""}; never null
     * @throws NullPointerException when {@code header} is null
     */
    public Column {
      Objects.requireNonNull(header, "header");
    }

    /**
     * Whether the column has a hashtag.
     *
     * @return true when {@link #tag()} is not null
     */
    public boolean isTagged() {
      return tag != null;
    }
  }

  /**
   * One data row.
   *
   * @param line the 1-based line of the file the row starts on (0 for rows built in code)
   * @param values the cells as read
   */
  public record Row(long line, List<String> values) {
    /**
     * Copies the cells.
     *
     * @param line the 1-based line of the file the row starts on (0 for rows built in code)
     * @param values the cells as read; copied, and no cell may be null
     * @throws NullPointerException when {@code values} or one of its cells is null
     */
    public Row {
      values = List.copyOf(values);
    }

    /**
     * The cell in the column at a position.
     *
     * @param index the 0-based column position
     * @return the cell as read, or {@code ""} past the end of the row
     */
    public String get(int index) {
      return index < values.size() ? values.get(index) : "";
    }

    /**
     * The cell of a column.
     *
     * @param column a column of the table this row belongs to
     * @return the cell as read, or {@code ""} past the end of the row
     */
    public String get(Column column) {
      return get(column.index());
    }
  }

  private final List<List<String>> headerRows;
  private final List<Column> columns;
  private final List<Row> rows;
  private final long hashtagLine;
  private final List<String> labels;

  /**
   * A table.
   *
   * @param headerRows the rows above the hashtag row, top to bottom, as read
   * @param columns the columns, their {@code index} being their position in this list
   * @param rows the data rows
   * @param hashtagLine the line of the hashtag row in the source, or 0
   */
  public HxlTable(List<List<String>> headerRows, List<Column> columns, List<Row> rows, long hashtagLine) {
    List<List<String>> h = new ArrayList<>();
    for (List<String> r : headerRows) {
      h.add(List.copyOf(r));
    }
    this.headerRows = Collections.unmodifiableList(h);
    this.columns = List.copyOf(columns);
    for (int i = 0; i < this.columns.size(); i++) {
      if (this.columns.get(i).index() != i) {
        throw new IllegalArgumentException("column " + i + " has index " + this.columns.get(i).index());
      }
    }
    this.rows = List.copyOf(rows);
    this.hashtagLine = hashtagLine;
    this.labels = labels(this.columns);
  }

  /** A table with no columns and no rows: what a file without a hashtag row reads as. */
  static HxlTable empty() {
    return new HxlTable(List.of(), List.of(), List.of(), 0);
  }

  private static List<String> labels(List<Column> columns) {
    Map<HxlTag, Integer> seen = new HashMap<>();
    List<String> labels = new ArrayList<>(columns.size());
    for (Column c : columns) {
      int number = c.index() + 1;
      if (c.tag() == null) {
        labels.add("column " + number + (c.header().isBlank() ? "" : " \"" + c.header().strip() + "\""));
      } else {
        boolean repeated = seen.merge(c.tag(), 1, Integer::sum) > 1;
        labels.add(c.tag() + (repeated ? " (column " + number + ")" : ""));
      }
    }
    return Collections.unmodifiableList(labels);
  }

  /**
   * The header rows.
   *
   * @return the rows above the hashtag row, top to bottom, as read; empty when there are none; unmodifiable
   */
  public List<List<String>> headerRows() {
    return headerRows;
  }

  /**
   * The columns.
   *
   * @return every column, tagged or not, left to right; empty for a file without a hashtag row; unmodifiable
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The data rows.
   *
   * @return the rows as given; for a table read from a file, the rows below the hashtag row in the order of the
   *     file, rows whose cells are all blank left out; unmodifiable
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Where the hashtag row was.
   *
   * @return the 1-based line of the hashtag row in the source; 0 for a table built in code or one without hashtags
   */
  public long hashtagLine() {
    return hashtagLine;
  }

  /**
   * The columns a query selects.
   *
   * @param query the tag to look for, matched {@linkplain HxlTag#matches exactly}
   * @return every column that {@code query} matches, left to right; empty when none does
   */
  public List<Column> columns(HxlTag query) {
    List<Column> found = new ArrayList<>();
    for (Column c : columns) {
      if (c.tag() != null && query.matches(c.tag())) {
        found.add(c);
      }
    }
    return found;
  }

  /**
   * The first column a query selects.
   *
   * @param query the tag to look for, matched {@linkplain HxlTag#matches exactly}
   * @return the leftmost column that {@code query} matches, or empty when none does
   */
  public Optional<Column> column(HxlTag query) {
    List<Column> found = columns(query);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * How a column is named in import reports and findings: its tag ({@code #targeted+f}), with its 1-based number when
   * an earlier column has the same tag ({@code #targeted+f (column 6)}), or {@code column 1 "Registro"} when
   * untagged.
   *
   * @param column a column of this table
   * @return the label
   * @throws IndexOutOfBoundsException when the column's index is not one of this table's
   */
  public String label(Column column) {
    return labels.get(column.index());
  }

  /**
   * A short description for debugging.
   *
   * @return the column labels and the number of rows
   */
  @Override
  public String toString() {
    return "HxlTable" + columns.stream().map(this::label).toList() + " with " + rows.size() + " rows";
  }
}
