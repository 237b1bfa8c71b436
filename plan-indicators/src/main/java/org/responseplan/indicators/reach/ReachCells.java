package org.responseplan.indicators.reach;

import static org.responseplan.indicators.reach.CellKeys.areaOf;
import static org.responseplan.indicators.reach.CellKeys.groupOf;
import static org.responseplan.indicators.reach.CellKeys.key;
import static org.responseplan.indicators.reach.CellKeys.monthOf;
import static org.responseplan.indicators.reach.CellKeys.sectorOf;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.AggregationLimitException;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.FiveWProblem;
import org.responseplan.indicators.IndicatorTable;

/**
 * The 5W aggregation engine: dictionary-encoded sectors, areas and population groups, and one open-addressing table
 * of (sector, area, group, month) cells keyed by a packed {@code long}, with the sums and report counts inline. No
 * object per row or per cell, so that tens of millions of rows aggregate in a fraction of a second and in a small
 * heap. Rows are checked by {@link FiveWRules}; results are grouped by {@link ResultTable}.
 *
 * <p>Rows come as {@link ActivityReport}s, already encoded by a reader that keeps its own dictionary of raw cells
 * ({@link #sectorId}, {@link #areaId}, {@link #groupId}, then {@link #add(int, int, int, int, int, long, long,
 * long[])}), or as dense cells filled by a column store ({@link #ofDense}). Rows are put into their cells in
 * batches: a sum that overflows a {@code long} fails with an {@link ArithmeticException}, at the latest when results
 * are read. Not thread-safe: use one per thread and {@link #merge merge} them.
 *
 * <p>An aggregation made {@linkplain #create(Set, long) for one table} keeps only what that table needs (for a table
 * by sector, the admin levels and the group it does not show are dropped as rows come in), and every aggregation
 * stops at its limit of cells with an {@link AggregationLimitException} instead of running out of heap.
 */
public final class ReachCells {
  /** Slots of the cell table: key, new-beneficiaries sum, total sum, report counts (new high, total low). */
  private static final int STRIDE = 4;
  private static final long EMPTY = 0; // never a cell key: a cell's month is at least 1900-01
  private static final int PENDING = 2048;
  private static final int KINDS = FiveWProblem.values().length;
  /**
   * Heap one held cell may need at the worst moment of a streaming aggregation: its slot in a table growing from
   * 70% full (32 bytes a slot), the same cell in the other thread's table, and its row in the arrays a result is
   * grouped from. The default {@linkplain #cellLimit limit} is the maximum heap divided by this.
   */
  public static final long BYTES_PER_CELL = 256;
  /** A scope that keeps every cell: any table can be read. */
  private static final int FULL = -1;
  private static final int KEEP_ADM1 = 1;
  private static final int KEEP_ADM2 = 2;
  private static final int KEEP_GROUP = 4;

  private final Names names;
  /** What is kept of each row: {@link #FULL}, or (for tables by sector) which of adm1, adm2 and group. */
  private final int scope;
  private final long cellLimit;
  private long[] table;
  private int mask;
  private int cells;
  private long rows;
  private long accepted;
  private final long[] problemCounts = new long[KINDS];
  // Rows waiting for their cells; grown up to PENDING, so that a small aggregation stays small.
  private long[] pendingKey = new long[0];
  private long[] pendingNew = new long[0];
  private long[] pendingTotal = new long[0];
  private int pending;
  /** Cells held densely (from a column store) until something is added; null otherwise. */
  private @Nullable DenseCells dense;
  /** The cells as arrays, kept until a cell changes (results are often read several times). */
  private transient @Nullable CellArrays cached;

  private ReachCells(Names names, int expectedCells, int scope, long cellLimit) {
    this.names = names;
    this.scope = scope;
    this.cellLimit = cellLimit;
    int cap = Integer.highestOneBit(Math.max(16, expectedCells / 7 * 10) - 1) << 1;
    table = new long[cap * STRIDE];
    mask = cap - 1;
  }

  /**
   * An empty aggregation with dictionaries of its own.
   *
   * @return the aggregation
   */
  public static ReachCells create() {
    return new ReachCells(new Names(), 16, FULL, defaultCellLimit());
  }

  /**
   * An empty aggregation that keeps only what the tables by {@code forTable} need (see {@link #scopeOf}).
   *
   * @param forTable the dimensions of the table that will be read
   * @param cellLimit how many cells it may hold before it throws {@link AggregationLimitException}
   * @return the aggregation
   */
  public static ReachCells create(Set<Dimension> forTable, long cellLimit) {
    return new ReachCells(new Names(), 16, scopeOf(forTable), cellLimit);
  }

  /**
   * The default limit of cells: the maximum heap over {@link #BYTES_PER_CELL}, at least 65,536.
   *
   * @return the limit
   */
  public static long defaultCellLimit() {
    return Math.max(1 << 16, Runtime.getRuntime().maxMemory() / BYTES_PER_CELL);
  }

  /**
   * What a table by {@code by} needs kept of each row. A table by sector needs only the (sector, kept place, kept
   * group, month) sums: within a sector every rule adds up across areas and groups, and the peak month of total
   * monthly beneficiaries is taken after areas and groups are added within the month, so admin levels and the group
   * can be dropped when the table does not show them (the country and the month are always kept: the first checks
   * every row, the second gives the peak). A table without sector takes the highest sector per (country, admin-1,
   * admin-2, group, month) cell, so it needs every cell.
   */
  private static int scopeOf(Set<Dimension> by) {
    if (!by.contains(Dimension.SECTOR)) {
      return FULL;
    }
    return (by.contains(Dimension.ADM1) ? KEEP_ADM1 : 0) | (by.contains(Dimension.ADM2) ? KEEP_ADM2 : 0)
        | (by.contains(Dimension.POPULATION_GROUP) ? KEEP_GROUP : 0);
  }

  /**
   * True when the table by {@code by} can be read from what this aggregation keeps.
   *
   * @param by the dimensions of a table
   * @return whether {@link #result} gives it
   */
  public boolean gives(Set<Dimension> by) {
    return scope == FULL || by.contains(Dimension.SECTOR) && (scopeOf(by) & ~scope) == 0;
  }

  /** True when this aggregation keeps at least what {@code other} keeps (so other can take this one's cells). */
  private boolean covers(ReachCells other) {
    return scope == FULL || other.scope != FULL && (other.scope & ~scope) == 0;
  }

  /**
   * An empty aggregation into the dictionaries of {@code names} (shared, read-only while aggregating).
   *
   * @param names the dictionaries
   * @param expectedCells how many cells to make room for
   * @return the aggregation
   */
  public static ReachCells over(Names names, int expectedCells) {
    return new ReachCells(names, expectedCells, FULL, Long.MAX_VALUE);
  }

  /**
   * An aggregation whose cells are held densely, as a column store filled them.
   *
   * @param names the dictionaries the cells' ids are from
   * @param d the filled cells, {@linkplain DenseCells#count() counted}
   * @return the aggregation; {@code d} is then owned by it
   */
  public static ReachCells ofDense(Names names, DenseCells d) {
    ReachCells c = new ReachCells(names, 16, FULL, Long.MAX_VALUE);
    c.dense = d;
    return c;
  }

  // ---- adding rows ----

  /**
   * Checks one report by {@link FiveWRules}, counts its problems, and aggregates it unless it is rejected.
   *
   * @param r the report
   */
  public void add(ActivityReport r) {
    rows++;
    int p = FiveWRules.problems(r);
    if (count(p)) {
      return;
    }
    accepted++;
    YearMonth m = r.month();
    cell(names.sector(r.sector()), areaId(r.country(), r.adm1(), r.adm2()), groupId(r.populationGroup()),
        CellKeys.month(m.getYear(), m.getMonthValue()), FiveWRules.orNotReported(r.newBeneficiaries()),
        FiveWRules.orNotReported(r.totalMonthlyBeneficiaries()));
  }

  /**
   * The id of a sector for the encoded {@code add}; a blank sector makes the row a {@code required-field} problem.
   *
   * @param sector the sector as reported
   * @return its id
   */
  public int sectorId(String sector) {
    return names.sector(sector);
  }

  /**
   * The id of an area for the encoded {@code add}.
   *
   * @param country the country as reported
   * @param adm1 admin-1, "" when not reported
   * @param adm2 admin-2, "" when not reported
   * @return its id
   */
  public int areaId(String country, String adm1, String adm2) {
    if (scope == FULL) {
      return names.area(country, adm1, adm2);
    }
    return names.area(country, (scope & KEEP_ADM1) != 0 ? adm1 : "", (scope & KEEP_ADM2) != 0 ? adm2 : "");
  }

  /**
   * The id of a population group for the encoded {@code add}.
   *
   * @param populationGroup the group, "" when not reported
   * @return its id
   */
  public int groupId(String populationGroup) {
    return names.group(scope == FULL || (scope & KEEP_GROUP) != 0 ? populationGroup : "");
  }

  /**
   * Adds one row given by ids, with the same checks and problem counts as {@link #add(ActivityReport)}.
   *
   * @param sector from {@link #sectorId}
   * @param area from {@link #areaId}
   * @param group from {@link #groupId}
   * @param year the row's year
   * @param month its month, 1 to 12
   * @param newBeneficiaries or {@link FiveWRules#NOT_REPORTED}
   * @param totalMonthlyBeneficiaries or {@link FiveWRules#NOT_REPORTED}
   * @param split the six split counts ({@link FiveWRules#NOT_REPORTED} where not reported), or null when none is;
   *     read, not kept
   * @throws IllegalArgumentException when an accepted row's month is not 1 to 12
   */
  public void add(int sector, int area, int group, int year, int month, long newBeneficiaries,
      long totalMonthlyBeneficiaries, long @Nullable [] split) {
    rows++;
    int p = FiveWRules.problems(names.sectors.get(sector).isBlank(), names.countries.get(area).isBlank(),
        newBeneficiaries, totalMonthlyBeneficiaries, split, year);
    if (count(p)) {
      return;
    }
    accepted++;
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not 1 to 12");
    }
    cell(sector, area, group, CellKeys.month(year, month), newBeneficiaries, totalMonthlyBeneficiaries);
  }

  /** Counts the problems of a row; true when it is rejected. */
  private boolean count(int problems) {
    if (problems != 0) {
      for (int i = 0; i < KINDS; i++) {
        if ((problems & 1 << i) != 0) {
          problemCounts[i]++;
        }
      }
    }
    return FiveWRules.rejects(problems);
  }

  /**
   * Counts rows that were checked elsewhere (by a column store).
   *
   * @param allRows rows given, accepted or not
   * @param acceptedRows rows accepted
   * @param problems counts by {@link FiveWProblem} ordinal
   */
  public void countRows(long allRows, long acceptedRows, long[] problems) {
    rows += allRows;
    accepted += acceptedRows;
    for (int i = 0; i < KINDS; i++) {
      problemCounts[i] += problems[i];
    }
  }

  /**
   * Adds the figures of a row that was checked and accepted elsewhere (by a column store, which counts its rows with
   * {@link #countRows}).
   *
   * @param sector a sector id of this aggregation's dictionaries
   * @param area an area id
   * @param group a group id
   * @param month the month, counted from January of year 0 (which is 1)
   * @param newBeneficiaries or {@link FiveWRules#NOT_REPORTED}
   * @param totalMonthlyBeneficiaries or {@link FiveWRules#NOT_REPORTED}
   */
  public void addAccepted(int sector, int area, int group, int month, long newBeneficiaries,
      long totalMonthlyBeneficiaries) {
    cell(sector, area, group, month, newBeneficiaries, totalMonthlyBeneficiaries);
  }

  /** Adds an accepted row's figures to its cell; {@code month} counted from January of year 0. */
  private void cell(int sector, int area, int group, int month, long newBeneficiaries, long totalMonthlyBeneficiaries) {
    int p = pending;
    if (p == pendingKey.length) {
      int cap = Math.max(16, p * 2);
      pendingKey = Arrays.copyOf(pendingKey, cap);
      pendingNew = Arrays.copyOf(pendingNew, cap);
      pendingTotal = Arrays.copyOf(pendingTotal, cap);
    }
    pendingKey[p] = key(sector, area, group, month);
    pendingNew[p] = newBeneficiaries;
    pendingTotal[p] = totalMonthlyBeneficiaries;
    pending = p + 1;
    if (pending == PENDING) {
      flush();
    }
  }

  /**
   * Puts the pending rows into their cells. Rows are buffered so that the table lookups of many rows run in one
   * tight loop, where the processor overlaps their cache misses instead of waiting for each in turn.
   */
  private void flush() {
    if (pending == 0) {
      return;
    }
    cached = null;
    if (dense != null) {
      undense();
    }
    long[] keys = pendingKey;
    long[] ns = pendingNew;
    long[] ts = pendingTotal;
    for (int p = 0; p < pending; p++) {
      long key = keys[p];
      long[] t = table;
      int i = LongIntMap.hash(key) & mask;
      while (true) {
        int at = i * STRIDE;
        long k = t[at];
        if (k == key) {
          accumulate(t, at, ns[p], ts[p]);
          break;
        }
        if (k == EMPTY) {
          if (cells == cellLimit) {
            pending = 0;
            throw new AggregationLimitException(cellLimit);
          }
          t[at] = key;
          accumulate(t, at, ns[p], ts[p]);
          if (++cells > (mask + 1) / 10 * 7) {
            grow();
          }
          break;
        }
        i = (i + 1) & mask;
      }
    }
    pending = 0;
  }

  private static void accumulate(long[] t, int at, long n, long total) {
    boolean hasNew = n != FiveWRules.NOT_REPORTED;
    boolean hasTotal = total != FiveWRules.NOT_REPORTED;
    if (hasNew) {
      t[at + 1] = FiveWRules.withinCell(t[at + 1], n);
    }
    if (hasTotal) {
      t[at + 2] = FiveWRules.withinCell(t[at + 2], total);
    }
    t[at + 3] = CellKeys.addSeen(t[at + 3], hasNew, hasTotal);
  }

  private void grow() {
    long[] old = table;
    int cap = (mask + 1) * 2;
    table = new long[cap * STRIDE];
    mask = cap - 1;
    for (int at = 0; at < old.length; at += STRIDE) {
      if (old[at] != EMPTY) {
        int i = LongIntMap.hash(old[at]) & mask;
        while (table[i * STRIDE] != EMPTY) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, at, table, i * STRIDE, STRIDE);
      }
    }
  }

  /**
   * Adds everything {@code other} has aggregated to this one.
   *
   * @param other another aggregation (its dictionaries may differ) that keeps at least what this one keeps
   * @return this one
   * @throws ArithmeticException when a sum overflows
   * @throws AggregationLimitException when the cells of both pass this one's limit
   * @throws IllegalArgumentException when {@code other} was made for a table that keeps fewer cells
   */
  public ReachCells merge(ReachCells other) {
    if (!other.covers(this)) {
      throw new IllegalArgumentException("the other aggregation was made for a table that keeps fewer cells");
    }
    flush();
    other.flush();
    if (dense != null) {
      undense();
    }
    rows += other.rows;
    accepted += other.accepted;
    for (int i = 0; i < KINDS; i++) {
      problemCounts[i] += other.problemCounts[i];
    }
    Names on = other.names;
    boolean same = on == names && scope == other.scope;
    int[] sectorMap = new int[same ? 0 : on.sectors.size()];
    int[] areaMap = new int[same ? 0 : on.areas()];
    int[] groupMap = new int[same ? 0 : on.groups.size()];
    for (int i = 0; i < sectorMap.length; i++) {
      sectorMap[i] = sectorId(on.sectors.get(i));
    }
    for (int i = 0; i < areaMap.length; i++) {
      areaMap[i] = areaId(on.countries.get(i), on.adm1s.get(i), on.adm2s.get(i));
    }
    for (int i = 0; i < groupMap.length; i++) {
      groupMap[i] = groupId(on.groups.get(i));
    }
    CellArrays oc = other.cellArrays();
    for (int i = 0; i < oc.count; i++) {
      long k = oc.key[i];
      long key = same ? k : key(sectorMap[sectorOf(k)], areaMap[areaOf(k)], groupMap[groupOf(k)], monthOf(k));
      mergeCell(key, oc.nsum[i], oc.tsum[i], oc.seen[i]);
    }
    return this;
  }

  private void mergeCell(long key, long n, long total, long seen) {
    cached = null;
    int i = LongIntMap.hash(key) & mask;
    while (true) {
      int at = i * STRIDE;
      long k = table[at];
      if (k == EMPTY) {
        if (cells == cellLimit) {
          throw new AggregationLimitException(cellLimit);
        }
        table[at] = key;
        table[at + 1] = n;
        table[at + 2] = total;
        table[at + 3] = seen;
        if (++cells > (mask + 1) / 10 * 7) {
          grow();
        }
        return;
      }
      if (k == key) {
        table[at + 1] = FiveWRules.withinCell(table[at + 1], n);
        table[at + 2] = FiveWRules.withinCell(table[at + 2], total);
        table[at + 3] = CellKeys.mergeSeen(table[at + 3], seen);
        return;
      }
      i = (i + 1) & mask;
    }
  }

  // ---- what was aggregated ----

  /**
   * Rows given, accepted or not.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * Rows aggregated.
   *
   * @return the count
   */
  public long acceptedRows() {
    return accepted;
  }

  /**
   * How many rows had each problem.
   *
   * @return the problems that occurred, in code order, with their counts
   */
  public Map<FiveWProblem, Long> problems() {
    Map<FiveWProblem, Long> m = new EnumMap<>(FiveWProblem.class);
    for (FiveWProblem p : FiveWProblem.values()) {
      if (problemCounts[p.ordinal()] > 0) {
        m.put(p, problemCounts[p.ordinal()]);
      }
    }
    return m;
  }

  /**
   * The number of (sector, area, group, month) cells held.
   *
   * @return the count
   */
  public int groups() {
    flush();
    return dense != null ? dense.cells : cells;
  }

  /**
   * The figures grouped by {@code by}.
   *
   * @param by dimensions among sector, country, adm1, adm2, population group and period
   * @return the table
   * @throws ArithmeticException when a sum overflows
   * @throws IllegalArgumentException when this aggregation was made for a table that does not keep what
   *     {@code by} needs ({@link #gives})
   */
  public IndicatorTable result(Set<Dimension> by) {
    if (!gives(by)) {
      throw new IllegalArgumentException("this 5W aggregation keeps only what a table by sector"
          + keptWords() + " needs; it cannot give the table by " + by);
    }
    flush();
    EnumSet<Dimension> dims = by.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(by);
    return new ResultTable(names, cellArrays(), dims).table();
  }

  private String keptWords() {
    return ((scope & KEEP_ADM1) != 0 ? ", adm1" : "") + ((scope & KEEP_ADM2) != 0 ? ", adm2" : "")
        + ((scope & KEEP_GROUP) != 0 ? ", population_group" : "") + " (and country, period)";
  }

  // ---- a compact form, to move between machines ----

  /**
   * Writes everything aggregated: the counts, the dictionaries and the occupied cells (no empty slot, nothing
   * pending), so that {@link #readFrom} gives an aggregation with the same results.
   *
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public void writeTo(DataOutput out) throws IOException {
    CellArrays c = cellArrays();
    out.writeLong(rows);
    out.writeLong(accepted);
    out.writeInt(KINDS);
    for (long n : problemCounts) {
      out.writeLong(n);
    }
    out.writeInt(scope);
    writeStrings(out, names.sectors);
    writeStrings(out, names.groups);
    writeStrings(out, names.countries);
    writeStrings(out, names.adm1s);
    writeStrings(out, names.adm2s);
    out.writeInt(c.count);
    for (int i = 0; i < c.count; i++) {
      out.writeLong(c.key[i]);
      out.writeLong(c.nsum[i]);
      out.writeLong(c.tsum[i]);
      out.writeLong(c.seen[i]);
    }
  }

  /**
   * Reads what {@link #writeTo} wrote.
   *
   * @param in where to read
   * @return the aggregation
   * @throws IOException when {@code in} fails or does not hold an aggregation
   */
  public static ReachCells readFrom(DataInput in) throws IOException {
    long rows = in.readLong();
    long accepted = in.readLong();
    if (in.readInt() != KINDS) {
      throw new IOException("not a 5W aggregation of this version");
    }
    long[] problems = new long[KINDS];
    for (int i = 0; i < KINDS; i++) {
      problems[i] = in.readLong();
    }
    int scope = in.readInt();
    Names names = new Names();
    for (String s : readStrings(in)) {
      names.sector(s);
    }
    for (String g : readStrings(in)) {
      names.group(g);
    }
    List<String> countries = readStrings(in);
    List<String> adm1s = readStrings(in);
    List<String> adm2s = readStrings(in);
    for (int i = 0; i < countries.size(); i++) {
      names.area(countries.get(i), adm1s.get(i), adm2s.get(i));
    }
    int count = in.readInt();
    ReachCells c = new ReachCells(names, count, scope, Math.max(count, defaultCellLimit()));
    for (int i = 0; i < count; i++) {
      c.mergeCell(in.readLong(), in.readLong(), in.readLong(), in.readLong());
    }
    c.countRows(rows, accepted, problems);
    return c;
  }

  private static void writeStrings(DataOutput out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  private static List<String> readStrings(DataInput in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[in.readInt()];
      in.readFully(b);
      out.add(new String(b, StandardCharsets.UTF_8));
    }
    return out;
  }

  // ---- cells as arrays ----

  private CellArrays cellArrays() {
    flush();
    if (cached == null) {
      cached = dense != null ? denseArrays(dense) : tableArrays();
    }
    return cached;
  }

  private CellArrays tableArrays() {
    CellArrays out = new CellArrays(cells);
    int c = 0;
    for (int at = 0; at < table.length; at += STRIDE) {
      if (table[at] != EMPTY) {
        out.key[c] = table[at];
        out.nsum[c] = table[at + 1];
        out.tsum[c] = table[at + 2];
        out.seen[c] = table[at + 3];
        c++;
      }
    }
    return out;
  }

  private static CellArrays denseArrays(DenseCells d) {
    CellArrays out = new CellArrays(d.cells);
    int c = 0;
    for (int i = 0, slot = 0; i < d.data.length; i += 3, slot++) {
      if (d.data[i + 2] != 0) {
        out.key[c] = d.key(slot);
        out.nsum[c] = d.data[i];
        out.tsum[c] = d.data[i + 1];
        out.seen[c] = d.data[i + 2];
        c++;
      }
    }
    return out;
  }

  /** Moves densely held cells into the table, before anything is added. */
  private void undense() {
    DenseCells d = dense;
    dense = null;
    if (d == null) {
      return;
    }
    for (int i = 0, slot = 0; i < d.data.length; i += 3, slot++) {
      if (d.data[i + 2] != 0) {
        mergeCell(d.key(slot), d.data[i], d.data[i + 1], d.data[i + 2]);
      }
    }
  }
}
