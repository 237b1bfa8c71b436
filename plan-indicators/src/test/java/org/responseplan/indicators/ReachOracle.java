package org.responseplan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The test oracle of {@link ReachAggregator}: the same 5W aggregation written plainly, with boxed maps and one
 * regrouping step per rule, slow and easy to check. Rows are checked by the one definition of the rules
 * ({@link ActivityReport#problems()}); the grouping is its own, so that a test comparing the two over every grouping
 * can fail.
 *
 * <p>Aggregates 5W {@link ActivityReport}s into people reached per sector, area, population group and month, and into
 * intersectoral figures, in one streaming pass. Memory grows with the number of groups, not rows.
 *
 * <p>The rules, each applied once:
 * <ul>
 *   <li>Reports of the same sector, area, group and month (different partners or activities) add up.
 *   <li>Across months: new beneficiaries add up ({@code reached}); total monthly beneficiaries are a stock and take
 *       the highest month ({@code total_monthly_beneficiaries}), never the sum.
 *   <li>Across sectors: the highest sector per area (country, admin-1, admin-2 as reported), group and month
 *       ({@link Intersectoral}).
 *   <li>Across areas and population groups: distinct ones add up.
 * </ul>
 *
 * <p>Partial aggregators over separate chunks {@link #merge merge} into exactly the result of one pass over all rows,
 * so the same rules can run in parallel or on a distributed engine. Rows with problems that keep them out (see
 * {@link ActivityReport#problems()}) are counted per rule in {@link #problems()}, never silently dropped.
 *
 * <p>Not thread-safe: use one aggregator per thread and merge them.
 */
final class ReachOracle {
  static final Set<Dimension> DIMENSIONS = ReachAggregator.DIMENSIONS;
  static final List<String> MEASURES = ReachAggregator.MEASURES;

  private static final int NEW = 0;
  private static final int NEW_SEEN = 1;
  private static final int TOTAL = 2;
  private static final int TOTAL_SEEN = 3;

  private final Dictionary sectors = new Dictionary("sectors", 1 << 12);
  private final Dictionary areas = new Dictionary("areas", 1 << 24);
  private final Dictionary groups = new Dictionary("population groups", 1 << 12);
  /** Packed (sector, area, group, month) to {new sum, new reports, total sum, total reports}. */
  private final Map<Long, long[]> cells = new HashMap<>();
  private final Map<FiveWProblem, Long> problems = new TreeMap<>();
  private long rows;
  private long accepted;

  private ReachOracle() {}

  static ReachOracle create() {
    return new ReachOracle();
  }

  /** Adds one report; a report with a problem that keeps it out is counted in {@link #problems()} instead. */
  public void add(ActivityReport r) {
    rows++;
    for (FiveWProblem p : r.problems()) {
      problems.merge(p, 1L, Long::sum);
    }
    if (r.isRejected()) {
      return;
    }
    accepted++;
    long key = key(sectors.id(r.sector()), areas.id(r.country() + '\u0000' + r.adm1() + '\u0000' + r.adm2()),
        groups.id(r.populationGroup()), month(r.month()));
    long[] cell = cells.computeIfAbsent(key, k -> new long[4]);
    if (r.newBeneficiaries() != null) {
      cell[NEW] = Math.addExact(cell[NEW], r.newBeneficiaries());
      cell[NEW_SEEN]++;
    }
    if (r.totalMonthlyBeneficiaries() != null) {
      cell[TOTAL] = Math.addExact(cell[TOTAL], r.totalMonthlyBeneficiaries());
      cell[TOTAL_SEEN]++;
    }
  }

  public void addAll(Iterable<ActivityReport> reports) {
    for (ActivityReport r : reports) {
      add(r);
    }
  }

  /** Adds everything {@code other} has aggregated to this aggregator, and returns this one. */
  public ReachOracle merge(ReachOracle other) {
    rows += other.rows;
    accepted += other.accepted;
    other.problems.forEach((k, v) -> problems.merge(k, v, Long::sum));
    for (Map.Entry<Long, long[]> e : other.cells.entrySet()) {
      long k = e.getKey();
      long key = key(sectors.id(other.sectors.name(sectorOf(k))), areas.id(other.areas.name(areaOf(k))),
          groups.id(other.groups.name(groupOf(k))), monthOf(k));
      long[] cell = cells.computeIfAbsent(key, x -> new long[4]);
      for (int i = 0; i < 4; i++) {
        cell[i] = Math.addExact(cell[i], e.getValue()[i]);
      }
    }
    return this;
  }

  /** Rows given to {@link #add}, accepted or not. */
  public long rows() {
    return rows;
  }

  /** Rows that were aggregated. */
  public long acceptedRows() {
    return accepted;
  }

  /** How many rows had each problem, in code order. */
  public Map<FiveWProblem, Long> problems() {
    Map<FiveWProblem, Long> m = new java.util.EnumMap<>(FiveWProblem.class);
    m.putAll(problems);
    return m;
  }

  /** The number of (sector, area, group, month) groups held: what the memory grows with. */
  public int groups() {
    return cells.size();
  }

  /** People reached over everything: the intersectoral total over all areas, groups and months. */
  public @Nullable Long intersectoralReached() {
    IndicatorTable t = result(EnumSet.noneOf(Dimension.class));
    return t.size() == 0 ? null : (Long) t.get(0, "reached");
  }

  public IndicatorTable result(Dimension... by) {
    return result(by.length == 0 ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(Arrays.asList(by)));
  }

  /**
   * The figures grouped by {@code by} (a subset of {@link #DIMENSIONS}); without {@code sector}, the figures are
   * intersectoral. Rows are in dimension order; a measure is null where no report gave it.
   */
  public IndicatorTable result(Set<Dimension> by) {
    EnumSet<Dimension> dims = by.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(by);
    if (!DIMENSIONS.containsAll(dims)) {
      throw new IllegalArgumentException("5W reports can be grouped by " + DIMENSIONS + ", not by " + dims);
    }
    boolean keepSector = dims.contains(Dimension.SECTOR);
    boolean keepMonth = dims.contains(Dimension.PERIOD);
    // New beneficiaries: months add up within (sector, area, group); then the highest sector; then areas add up.
    Map<Long, long[]> reached = regroup(cells, NEW, k -> key(sectorOf(k), areaOf(k), groupOf(k),
        keepMonth ? monthOf(k) : 0), Math::addExact);
    reached = regroup(reached, 0, k -> key(keepSector ? sectorOf(k) : 0, areaOf(k), groupOf(k), monthOf(k)),
        Math::max);
    // Total monthly beneficiaries, a stock: the highest sector in each month; areas add up within the month; only
    // then the highest month, so that peaks of different months are never added.
    Map<Long, long[]> stock = regroup(cells, TOTAL, k -> key(keepSector ? sectorOf(k) : 0, areaOf(k), groupOf(k),
        monthOf(k)), Math::max);
    Map<List<String>, long[]> rows = new TreeMap<>(ReachOracle::compareRows);
    for (Map.Entry<Long, long[]> e : reached.entrySet()) {
      long[] row = rows.computeIfAbsent(dimensionValues(dims, e.getKey()), x -> new long[4]);
      row[NEW] = Math.addExact(row[NEW], e.getValue()[0]);
      row[NEW_SEEN] += e.getValue()[1];
    }
    Map<List<String>, Map<Integer, long[]>> stockByMonth = new HashMap<>();
    for (Map.Entry<Long, long[]> e : stock.entrySet()) {
      List<String> rowKey = dimensionValues(dims, e.getKey());
      rows.computeIfAbsent(rowKey, x -> new long[4]);
      long[] month = stockByMonth.computeIfAbsent(rowKey, x -> new HashMap<>())
          .computeIfAbsent(monthOf(e.getKey()), x -> new long[2]);
      month[0] = Math.addExact(month[0], e.getValue()[0]);
      month[1] += e.getValue()[1];
    }
    stockByMonth.forEach((rowKey, months) -> {
      long[] row = rows.get(rowKey);
      for (long[] m : months.values()) {
        row[TOTAL] = Math.max(row[TOTAL], m[0]);
        row[TOTAL_SEEN] += m[1];
      }
    });
    List<List<@Nullable Object>> rowsOut = new ArrayList<>(rows.size());
    for (Map.Entry<List<String>, long[]> e : rows.entrySet()) {
      List<@Nullable Object> row = new ArrayList<>();
      for (String v : e.getKey()) {
        row.add(v.isEmpty() ? null : v);
      }
      long[] c = e.getValue();
      row.add(c[NEW_SEEN] > 0 ? c[NEW] : null);
      row.add(c[TOTAL_SEEN] > 0 ? c[TOTAL] : null);
      rowsOut.add(row);
    }
    return new IndicatorTable(dims.stream().map(Dimension::column).toList(), MEASURES, rowsOut);
  }

  /**
   * Groups {value, reports} pairs under new keys, combining values by {@code combine} (sum or max); {@code slot}
   * picks the pair out of the source arrays (0 for pairs already, {@link #NEW} or {@link #TOTAL} for cells).
   * Values of groups without reports do not count.
   */
  private static Map<Long, long[]> regroup(Map<Long, long[]> in, int slot, LongUnaryOperator rekey,
      LongBinaryOperator combine) {
    Map<Long, long[]> out = new HashMap<>();
    for (Map.Entry<Long, long[]> e : in.entrySet()) {
      long[] v = e.getValue();
      if (v[slot + 1] == 0) {
        continue;
      }
      long[] c = out.computeIfAbsent(rekey.applyAsLong(e.getKey()), x -> new long[2]);
      c[0] = c[1] == 0 ? v[slot] : combine.applyAsLong(c[0], v[slot]);
      c[1] += v[slot + 1];
    }
    return out;
  }

  private List<String> dimensionValues(Set<Dimension> dims, long key) {
    List<String> values = new ArrayList<>(dims.size());
    String[] area = areas.name(areaOf(key)).split("\u0000", -1);
    for (Dimension d : dims) {
      values.add(switch (d) {
        case SECTOR -> sectors.name(sectorOf(key));
        case COUNTRY -> area[0];
        case ADM1 -> area[1];
        case ADM2 -> area[2];
        case POPULATION_GROUP -> groups.name(groupOf(key));
        case PERIOD -> yearMonth(monthOf(key)).toString();
        default -> throw new IllegalArgumentException(d.column());
      });
    }
    return values;
  }

  private static int compareRows(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  // ---- packed keys: sector 12 bits, area 24 bits, group 12 bits, month 16 bits ----

  private static long key(int sector, int area, int group, int month) {
    return ((long) sector << 52) | ((long) area << 28) | ((long) group << 16) | month;
  }

  private static int sectorOf(long key) {
    return (int) (key >>> 52);
  }

  private static int areaOf(long key) {
    return (int) ((key >>> 28) & 0xFFFFFF);
  }

  private static int groupOf(long key) {
    return (int) ((key >>> 16) & 0xFFF);
  }

  private static int monthOf(long key) {
    return (int) (key & 0xFFFF);
  }

  /** Months counted from January of year 0, so that 0 never names a real month of a report. */
  private static int month(YearMonth m) {
    int n = m.getYear() * 12 + m.getMonthValue();
    if (!ActivityReport.isSupportedMonth(m)) {
      throw new IllegalArgumentException("report month " + m + " is outside 1900-01 to 5460-12");
    }
    return n;
  }

  private static YearMonth yearMonth(int n) {
    return YearMonth.of((n - 1) / 12, (n - 1) % 12 + 1);
  }

  /** Strings to dense ids, for packed keys. */
  private static final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final String what;
    private final int limit;

    Dictionary(String what, int limit) {
      this.what = what;
      this.limit = limit;
    }

    int id(String name) {
      Integer id = ids.get(name);
      if (id != null) {
        return id;
      }
      int next = names.size();
      if (next == limit) {
        throw new IllegalStateException("more than " + limit + " distinct " + what + " in one aggregator");
      }
      names.add(name);
      ids.put(name, next);
      return next;
    }

    String name(int id) {
      return names.get(id);
    }
  }
}
