package org.responseplan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.reach.DenseCells;
import org.responseplan.indicators.reach.FiveWRules;
import org.responseplan.indicators.reach.Names;
import org.responseplan.indicators.reach.ReachCells;

/**
 * 5W activity reports loaded column by column for repeated aggregation, as a column store holds a table: sector,
 * area and population group as dictionary ids, the month as a number, the two figures as primitive longs. Loading
 * checks every row by the same rules as {@link ReachAggregator#add} (rejected rows are counted by
 * {@link FiveWProblem} and not kept), so that {@link #aggregate()} is the grouping alone.
 *
 * <pre>{@code
 * ActivityColumns columns = ActivityColumns.of(reports);
 * IndicatorTable bySectorAndCountry = columns.aggregate().result(Dimension.SECTOR, Dimension.COUNTRY);
 * }</pre>
 *
 * <p>{@link #aggregate} gives exactly what a {@link ReachAggregator} given the same reports gives. Instances are
 * not changed by aggregating, and may be aggregated from several threads at once once built.
 */
public final class ActivityColumns {
  /** Up to this many cell slots (24 bytes each) are aggregated in a dense array rather than a hash table. */
  private static final long DENSE_SLOTS = 1 << 22;

  private final Names names;
  private final int size;
  private final int[] sector;
  private final int[] area;
  private final int[] group;
  private final int[] month;
  private final long[] newBeneficiaries;
  private final long[] totalMonthly;
  private final long rows;
  private final long[] problemCounts;
  private final int monthMin;
  private final int monthMax;

  private ActivityColumns(Builder b) {
    names = b.names;
    size = b.size;
    sector = Arrays.copyOf(b.sector, size);
    area = Arrays.copyOf(b.area, size);
    group = Arrays.copyOf(b.group, size);
    month = Arrays.copyOf(b.month, size);
    newBeneficiaries = Arrays.copyOf(b.newBeneficiaries, size);
    totalMonthly = Arrays.copyOf(b.totalMonthly, size);
    rows = b.rows;
    problemCounts = b.problemCounts.clone();
    monthMin = b.monthMin;
    monthMax = b.monthMax;
  }

  /**
   * Loads every report, checking each.
   *
   * @param reports the reports
   * @return the columns of the reports kept
   */
  public static ActivityColumns of(Iterable<ActivityReport> reports) {
    Builder b = builder();
    for (ActivityReport r : reports) {
      b.add(r);
    }
    return b.build();
  }

  /**
   * An empty builder, to load reports one by one.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rows given when loading, accepted or not.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * Rows kept: those without a problem that keeps them out.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * How many rows had each problem, as {@link ReachAggregator#problems()}.
   *
   * @return the problems that occurred, in code order, with their counts
   */
  public Map<FiveWProblem, Long> problems() {
    ReachCells c = ReachCells.over(names, 16);
    c.countRows(rows, size, problemCounts);
    return Collections.unmodifiableMap(c.problems());
  }

  /**
   * The aggregation of every row, on the calling thread.
   *
   * @return a new aggregator, which can be merged with others and added to
   */
  public ReachAggregator aggregate() {
    DenseCells d = dense();
    ReachCells c;
    if (d != null) {
      fill(d, 0, size);
      d.count();
      c = ReachCells.ofDense(names, d);
    } else {
      c = range(0, size);
    }
    c.countRows(rows, size, problemCounts);
    return new ReachAggregator(c);
  }

  /**
   * The aggregation of every row, on {@code threads} threads (each a contiguous part of the rows, merged at the
   * end); the result does not depend on the number of threads.
   *
   * @param threads how many threads, at least 1
   * @return a new aggregator
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public ReachAggregator aggregate(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (threads == 1 || size < 100_000) {
      return aggregate();
    }
    List<Thread> started = new ArrayList<>();
    ReachCells[] parts = new ReachCells[threads];
    DenseCells[] denseParts = new DenseCells[threads];
    boolean useDense = dense() != null;
    RuntimeException[] failure = new RuntimeException[1];
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) size * t / threads);
      int to = (int) ((long) size * (t + 1) / threads);
      int slot = t;
      Thread th = new Thread(() -> {
        try {
          if (useDense) {
            denseParts[slot] = dense();
            fill(denseParts[slot], from, to);
          } else {
            parts[slot] = range(from, to);
          }
        } catch (RuntimeException e) {
          synchronized (failure) {
            failure[0] = e;
          }
        }
      }, "5w-aggregate-" + t);
      th.start();
      started.add(th);
    }
    for (Thread th : started) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while aggregating", e);
      }
    }
    synchronized (failure) {
      if (failure[0] != null) {
        throw failure[0];
      }
    }
    ReachCells all;
    if (useDense) {
      for (int t = 1; t < threads; t++) {
        denseParts[0].merge(denseParts[t]);
      }
      denseParts[0].count();
      all = ReachCells.ofDense(names, denseParts[0]);
    } else {
      all = parts[0];
      for (int t = 1; t < threads; t++) {
        all.merge(parts[t]);
      }
    }
    all.countRows(rows, size, problemCounts);
    return new ReachAggregator(all);
  }

  /** Dense cells when every (sector, area, group, month) slot fits in a small array; else null. */
  private @Nullable DenseCells dense() {
    if (size == 0) {
      return null;
    }
    int nS = names.sectors();
    int nA = names.areas();
    int nG = names.groups();
    int nM = monthMax - monthMin + 1;
    long slots = DenseCells.slots(nS, nA, nG, nM);
    return slots <= DENSE_SLOTS && slots <= 2L * size + 65_536 ? new DenseCells(nS, nA, nG, nM, monthMin) : null;
  }

  private void fill(DenseCells d, int from, int to) {
    for (int i = from; i < to; i++) {
      d.add(d.slot(sector[i], area[i], group[i], month[i]), newBeneficiaries[i], totalMonthly[i]);
    }
  }

  private ReachCells range(int from, int to) {
    ReachCells c = ReachCells.over(names, Math.min(to - from, 1 << 19));
    for (int i = from; i < to; i++) {
      c.addAccepted(sector[i], area[i], group[i], month[i], newBeneficiaries[i], totalMonthly[i]);
    }
    return c;
  }

  /** Loads rows one by one; not thread-safe. */
  public static final class Builder {
    private final Names names = new Names();
    private int size;
    private int[] sector = new int[1024];
    private int[] area = new int[1024];
    private int[] group = new int[1024];
    private int[] month = new int[1024];
    private long[] newBeneficiaries = new long[1024];
    private long[] totalMonthly = new long[1024];
    private long rows;
    private final long[] problemCounts = new long[FiveWProblem.values().length];
    private int monthMin = Integer.MAX_VALUE;
    private int monthMax = Integer.MIN_VALUE;

    private Builder() {}

    /**
     * Checks and keeps one report; a report with a problem that keeps it out is only counted.
     *
     * @param r the report
     * @return this builder
     * @throws IllegalStateException past about 2^31 kept rows
     */
    public Builder add(ActivityReport r) {
      rows++;
      int problems = FiveWRules.problems(r);
      for (FiveWProblem p : FiveWProblem.values()) {
        if ((problems & FiveWRules.bit(p)) != 0) {
          problemCounts[p.ordinal()]++;
        }
      }
      if (FiveWRules.rejects(problems)) {
        return this;
      }
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than " + size + " rows in one ActivityColumns");
      }
      if (size == sector.length) {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8L, sector.length * 2L);
        sector = Arrays.copyOf(sector, cap);
        area = Arrays.copyOf(area, cap);
        group = Arrays.copyOf(group, cap);
        month = Arrays.copyOf(month, cap);
        newBeneficiaries = Arrays.copyOf(newBeneficiaries, cap);
        totalMonthly = Arrays.copyOf(totalMonthly, cap);
      }
      YearMonth m = r.month();
      Long n = r.newBeneficiaries();
      Long t = r.totalMonthlyBeneficiaries();
      sector[size] = names.sector(r.sector());
      area[size] = names.area(r.country(), r.adm1(), r.adm2());
      group[size] = names.group(r.populationGroup());
      month[size] = m.getYear() * 12 + m.getMonthValue();
      monthMin = Math.min(monthMin, month[size]);
      monthMax = Math.max(monthMax, month[size]);
      newBeneficiaries[size] = FiveWRules.orNotReported(n);
      totalMonthly[size] = FiveWRules.orNotReported(t);
      size++;
      return this;
    }

    /**
     * The columns loaded so far; the builder can go on loading.
     *
     * @return the columns
     */
    public ActivityColumns build() {
      return new ActivityColumns(this);
    }
  }

  @Override
  public String toString() {
    Map<String, Integer> cardinality = new TreeMap<>();
    cardinality.put("sectors", names.sectors());
    cardinality.put("areas", names.areas());
    cardinality.put("populationGroups", names.groups());
    return "ActivityColumns[rows=" + rows + ", kept=" + size + ", " + cardinality + "]";
  }
}
