package org.responseplan.indicators;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.reach.ReachAccess;
import org.responseplan.indicators.reach.ReachCells;

/**
 * The 5W aggregation: {@link ActivityReport}s into people reached per sector, area, population group and month, and
 * into intersectoral figures, in one streaming pass. Memory grows with the number of (sector, area, group, month)
 * cells, not with the rows. Every way of aggregating 5W data uses it: reports added here, an
 * {@link ActivityColumns} store ({@link ActivityColumns#aggregate()}), the streaming HXL reader
 * ({@code HxlReader.aggregateActivityReports}), the command line and plan-spark.
 *
 * <p>The rules, each applied once:
 * <ul>
 *   <li>A row is checked first: a blank sector or country, a negative count, no figures or a month outside
 *       1900-01 to 5460-12 keep it out; a split that does not add up is a warning. Each is counted by
 *       {@link FiveWProblem} in {@link #problems()}, never silently dropped ({@link ActivityReport#problems()}).
 *   <li>Reports of the same sector, area, group and month (different partners or activities) add up.
 *   <li>Across months: new beneficiaries add up ({@code reached}, a flow); total monthly beneficiaries are a stock
 *       and take the highest month ({@code total_monthly_beneficiaries}), never the sum.
 *   <li>Across sectors: the highest sector per area (country, admin-1, admin-2 as reported), group and month
 *       ({@link Intersectoral}).
 *   <li>Across areas and population groups: distinct ones add up.
 * </ul>
 *
 * <p>Partial aggregators over separate chunks {@link #merge merge} into exactly the result of one pass over all rows,
 * so the same rules can run in parallel or on a distributed engine. Sums are exact: a sum that overflows a
 * {@code long} fails with an {@link ArithmeticException}, at the latest when results are read.
 *
 * <p><b>Memory follows the question.</b> {@link #create()} keeps every (sector, area, group, month) cell, so that any
 * table can be read from it. When the table is known in advance, {@link #forTable(Set)} keeps only what that table
 * needs: a table by sector (and country, admin levels, group or period) needs only the sums per sector, the places
 * and group it shows, and month, because within a sector every figure adds up across areas and groups; a file of
 * millions of distinct cells then aggregates by sector and country in a few thousand cells. A table without sector
 * (the intersectoral figures) takes the highest sector in every (country, admin-1, admin-2, group, month) cell and so
 * needs every cell, whichever way it is asked for. The figures are the same either way.
 *
 * <p><b>The limit.</b> An aggregator holds at most {@link #cellLimit()} cells (the maximum heap over
 * {@value org.responseplan.indicators.reach.ReachCells#BYTES_PER_CELL} bytes); the cell past it fails with an
 * {@link AggregationLimitException} as it is added, never with an {@code OutOfMemoryError} at the end. The HXL reader
 * reports it as an {@code aggregation-limit} finding.
 *
 * <p>Not thread-safe: use one aggregator per thread and merge them. Serializable, in a compact form that grows with
 * the cells: partial aggregates can travel between machines and be merged there.
 */
public final class ReachAggregator implements Serializable {
  /** The dimensions a 5W result can be grouped by. */
  public static final Set<Dimension> DIMENSIONS = Collections.unmodifiableSet(EnumSet.of(Dimension.SECTOR,
      Dimension.COUNTRY, Dimension.ADM1, Dimension.ADM2, Dimension.POPULATION_GROUP, Dimension.PERIOD));
  /** The measure columns of a result: {@code reached}, {@code total_monthly_beneficiaries}. */
  public static final List<String> MEASURES = List.of("reached", "total_monthly_beneficiaries");

  static {
    ReachAccess.install(ReachAggregator::new);
  }

  private static final long serialVersionUID = 1L;

  /** The engine; written in a compact form of its own (see {@link #writeObject}). */
  private transient ReachCells cells;

  ReachAggregator(ReachCells cells) {
    this.cells = cells;
  }

  /**
   * An empty aggregator.
   *
   * @return the aggregator
   */
  public static ReachAggregator create() {
    return new ReachAggregator(ReachCells.create());
  }

  /**
   * An empty aggregator that keeps only what {@link #result(Set) result(by)} needs (see the class comment): far
   * less than {@link #create()} for a table by sector, the same for a table without sector. Its {@link #result}
   * gives the tables {@link #gives} accepts; the figures, problems and counts are those of {@link #create()}.
   *
   * @param by the dimensions of the table that will be read, a subset of {@link #DIMENSIONS}
   * @return the aggregator
   * @throws IllegalArgumentException when a dimension is not one of {@link #DIMENSIONS}
   */
  public static ReachAggregator forTable(Set<Dimension> by) {
    return new ReachAggregator(ReachCells.create(checked(by), ReachCells.defaultCellLimit()));
  }

  /**
   * The most (sector, area, group, month) cells an aggregator holds in this process: the maximum heap over
   * {@value org.responseplan.indicators.reach.ReachCells#BYTES_PER_CELL} bytes (about a million in a 256 MB heap),
   * at least 65,536.
   *
   * @return the limit
   */
  public static long cellLimit() {
    return ReachCells.defaultCellLimit();
  }

  /**
   * True when {@link #result(Set) result(by)} can be read from this aggregator: always for one made by
   * {@link #create()}; for one made {@link #forTable(Set) forTable(t)}, when {@code by} has the sector and shows no
   * admin level or group that {@code t} did not (country and period are always kept).
   *
   * @param by the dimensions of a table
   * @return whether the table can be read
   */
  public boolean gives(Set<Dimension> by) {
    return cells.gives(by);
  }

  /**
   * Adds one report; a report with a problem that keeps it out is counted in {@link #problems()} instead.
   *
   * @param r the report
   * @throws ArithmeticException when a sum overflows
   * @throws AggregationLimitException when the report's cell would pass {@link #cellLimit()}
   */
  public void add(ActivityReport r) {
    cells.add(r);
  }

  /**
   * Adds every report, in order.
   *
   * @param reports the reports
   * @throws ArithmeticException when a sum overflows
   * @throws AggregationLimitException when a report's cell would pass {@link #cellLimit()}
   */
  public void addAll(Iterable<ActivityReport> reports) {
    for (ActivityReport r : reports) {
      cells.add(r);
    }
  }

  /**
   * Adds everything {@code other} has aggregated to this aggregator; {@code other} is left as it was.
   *
   * @param other another aggregator, made for the same table as this one or by {@link #create()}
   * @return this one
   * @throws ArithmeticException when a sum overflows
   * @throws AggregationLimitException when the cells of both would pass {@link #cellLimit()}
   * @throws IllegalArgumentException when {@code other} keeps less than this one needs ({@link #forTable})
   */
  public ReachAggregator merge(ReachAggregator other) {
    cells.merge(other.cells);
    return this;
  }

  /**
   * Rows given, accepted or not.
   *
   * @return the count
   */
  public long rows() {
    return cells.rows();
  }

  /**
   * Rows that were aggregated.
   *
   * @return the count
   */
  public long acceptedRows() {
    return cells.acceptedRows();
  }

  /**
   * How many rows had each problem.
   *
   * @return an unmodifiable map of the problems that occurred, in code order ({@link FiveWProblem} order)
   */
  public Map<FiveWProblem, Long> problems() {
    return Collections.unmodifiableMap(cells.problems());
  }

  /**
   * The number of (sector, area, group, month) cells held: what the memory grows with.
   *
   * @return the count
   */
  public int groups() {
    return cells.groups();
  }

  /**
   * People reached over everything: the intersectoral total over all areas, groups and months.
   *
   * @return the figure, or null when no accepted row reports new beneficiaries (never 0 for "not reported")
   * @throws ArithmeticException when a sum overflows
   * @throws IllegalArgumentException when this aggregator was made {@link #forTable for a table by sector}
   */
  public @Nullable Long intersectoralReached() {
    IndicatorTable t = result(EnumSet.noneOf(Dimension.class));
    return t.size() == 0 ? null : (Long) t.get(0, "reached");
  }

  /**
   * The figures grouped by {@code by}; see {@link #result(Set)}.
   *
   * @param by the dimensions, none for the intersectoral total
   * @return the table
   * @throws IllegalArgumentException when a dimension is not one of {@link #DIMENSIONS}
   * @throws ArithmeticException when a sum overflows
   */
  public IndicatorTable result(Dimension... by) {
    return result(by.length == 0 ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(Arrays.asList(by)));
  }

  /**
   * The figures grouped by {@code by} (a subset of {@link #DIMENSIONS}); without {@code sector}, the figures are
   * intersectoral. Columns: the dimensions in {@link Dimension} order, then {@link #MEASURES}. Rows are in text
   * order of the dimension values, column by column; a dimension value not reported and a measure no report gave
   * are null.
   *
   * @param by the dimensions, empty for the intersectoral total
   * @return the table
   * @throws IllegalArgumentException when a dimension is not one of {@link #DIMENSIONS}, or when this aggregator
   *     was made {@link #forTable for another table} that does not keep what {@code by} needs ({@link #gives})
   * @throws ArithmeticException when a sum overflows
   */
  public IndicatorTable result(Set<Dimension> by) {
    return cells.result(checked(by));
  }

  private static EnumSet<Dimension> checked(Set<Dimension> by) {
    EnumSet<Dimension> dims = by.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(by);
    if (!DIMENSIONS.containsAll(dims)) {
      throw new IllegalArgumentException("5W reports can be grouped by " + DIMENSIONS + ", not by " + dims);
    }
    return dims;
  }

  /**
   * Serialized as the counts, the dictionaries and the occupied cells, so that a partial aggregate moves between
   * machines (as plan-spark's buffers do) in a size that grows with its cells.
   *
   * @param out the stream
   * @throws IOException when the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    cells.writeTo(out);
  }

  /**
   * Reads what {@code writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException when the stream fails or holds no valid cells
   * @throws ClassNotFoundException when a class of the fields is missing
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    cells = ReachCells.readFrom(in);
  }

  @Override
  public String toString() {
    return "ReachAggregator[rows=" + rows() + ", accepted=" + acceptedRows() + ", cells=" + groups() + "]";
  }
}
