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
   * Adds one report; a report with a problem that keeps it out is counted in {@link #problems()} instead.
   *
   * @param r the report
   * @throws ArithmeticException when a sum overflows
   */
  public void add(ActivityReport r) {
    cells.add(r);
  }

  /**
   * Adds every report, in order.
   *
   * @param reports the reports
   * @throws ArithmeticException when a sum overflows
   */
  public void addAll(Iterable<ActivityReport> reports) {
    for (ActivityReport r : reports) {
      cells.add(r);
    }
  }

  /**
   * Adds everything {@code other} has aggregated to this aggregator; {@code other} is left as it was.
   *
   * @param other another aggregator
   * @return this one
   * @throws ArithmeticException when a sum overflows
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
   * @throws IllegalArgumentException when a dimension is not one of {@link #DIMENSIONS}
   * @throws ArithmeticException when a sum overflows
   */
  public IndicatorTable result(Set<Dimension> by) {
    EnumSet<Dimension> dims = by.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(by);
    if (!DIMENSIONS.containsAll(dims)) {
      throw new IllegalArgumentException("5W reports can be grouped by " + DIMENSIONS + ", not by " + dims);
    }
    return cells.result(dims);
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
