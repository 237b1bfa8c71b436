package org.responseplan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The 5W aggregation of {@link ReachAggregator} (same rules, same results, same problem counts) held in primitive
 * arrays: dictionary-encoded sectors, areas and population groups, and one open-addressing table of (sector, area,
 * group, month) cells keyed by a packed {@code long}, with the sums and report counts inline. No object per row or
 * per cell, so that tens of millions of rows aggregate in a fraction of a second and in a small heap.
 *
 * <p>Rows come as {@link ActivityReport}s ({@link #add(ActivityReport)}), or already encoded by a reader that keeps
 * its own dictionary of raw cells ({@link #sectorId}, {@link #areaId}, {@link #groupId}, then
 * {@link #add(int, int, int, int, int, long, long, long[])}), or column by column from {@link ActivityColumns}.
 * {@link #result(Set)} gives exactly the table {@link ReachAggregator#result(Set)} gives for the same rows.
 *
 * <p>Rows are put into their cells in batches: a sum that overflows a {@code long} fails with an
 * {@link ArithmeticException} (as in ReachAggregator), at the latest when results are read.
 *
 * <p>Not thread-safe: use one per thread and {@link #merge merge} them.
 */
public final class ReachCells {
  /** A count that was not reported, in the encoded {@link #add(int, int, int, int, int, long, long, long[]) add}. */
  public static final long NOT_REPORTED = Long.MIN_VALUE;

  private static final String[] PROBLEMS = {ActivityReport.INVALID_MONTH, ActivityReport.NEGATIVE_COUNT,
      ActivityReport.NO_FIGURES, ActivityReport.REQUIRED_FIELD, ActivityReport.SPLIT_DOES_NOT_SUM};
  private static final int P_MONTH = 0;
  private static final int P_NEGATIVE = 1;
  private static final int P_NO_FIGURES = 2;
  private static final int P_REQUIRED = 3;
  private static final int P_SPLIT = 4;

  /** Slots of the cell table: key, new-beneficiaries sum, total sum, report counts (new high, total low). */
  private static final int STRIDE = 4;
  private static final long EMPTY = 0; // never a cell key: a cell's month is at least 1900-01

  private final Names names;
  private long[] table;
  private int mask;
  private int cells;
  private long rows;
  private long accepted;
  private final long[] problemCounts = new long[PROBLEMS.length];
  private static final int PENDING = 2048;
  private final long[] pendingKey = new long[PENDING];
  private final long[] pendingNew = new long[PENDING];
  private final long[] pendingTotal = new long[PENDING];
  private int pending;
  /** Cells held densely (from {@link ActivityColumns}) until something is added; null otherwise. */
  private @Nullable Dense dense;
  /** The cells as arrays, kept until a cell changes (results are often read several times). */
  private @Nullable CellArrays cached;

  private ReachCells(Names names, int expectedCells) {
    this.names = names;
    int cap = Integer.highestOneBit(Math.max(64, expectedCells / 7 * 10) - 1) << 1;
    table = new long[cap * STRIDE];
    mask = cap - 1;
  }

  public static ReachCells create() {
    return new ReachCells(new Names(), 1 << 10);
  }

  /** Aggregates into the dictionaries of {@code names} (shared, read-only during the aggregation). */
  static ReachCells over(Names names, int expectedCells) {
    return new ReachCells(names, expectedCells);
  }

  // ---- adding rows ----

  /** Adds one report, exactly as {@link ReachAggregator#add} does. */
  public void add(ActivityReport r) {
    rows++;
    if (rejected(r, problemCounts)) {
      return;
    }
    accepted++;
    Long n = r.newBeneficiaries();
    Long t = r.totalMonthlyBeneficiaries();
    YearMonth m = r.month();
    cell(names.sector(r.sector()), names.area(r.country(), r.adm1(), r.adm2()), names.group(r.populationGroup()),
        m.getYear() * 12 + m.getMonthValue(), n == null ? NOT_REPORTED : n, t == null ? NOT_REPORTED : t);
  }

  /**
   * Counts the problems of a report into {@code counts} (by index of PROBLEMS), as {@link ActivityReport#problems()}
   * finds them, without building the list; true when the report is kept out.
   */
  static boolean rejected(ActivityReport r, long[] counts) {
    Long n = r.newBeneficiaries();
    Long t = r.totalMonthlyBeneficiaries();
    boolean negative = n != null && n < 0 || t != null && t < 0;
    long splitSum = 0;
    boolean anySplit = false;
    for (int i = 0; i < 6; i++) {
      Long v = switch (i) {
        case 0 -> r.girls();
        case 1 -> r.boys();
        case 2 -> r.otherUnder18();
        case 3 -> r.women();
        case 4 -> r.men();
        default -> r.otherAdults();
      };
      if (v != null) {
        negative |= v < 0;
        anySplit = true;
        splitSum += Math.max(0, v);
      }
    }
    boolean required = r.sector().isBlank() || r.country().isBlank();
    return problems(counts, required, negative, n == null && t == null, !ActivityReport.isSupportedMonth(r.month()),
        !negative && anySplit && n != null && splitSum != n);
  }

  public void addAll(Iterable<ActivityReport> reports) {
    for (ActivityReport r : reports) {
      add(r);
    }
  }

  /** The id of a sector for the encoded {@code add}; "" or blank makes the row a {@code required-field} problem. */
  public int sectorId(String sector) {
    return names.sector(sector);
  }

  /** The id of an area (country, admin-1, admin-2 as reported; "" where a level is not reported). */
  public int areaId(String country, String adm1, String adm2) {
    return names.area(country, adm1, adm2);
  }

  public int groupId(String populationGroup) {
    return names.group(populationGroup);
  }

  /**
   * Adds one report given by ids (from {@link #sectorId}, {@link #areaId}, {@link #groupId}), with the same checks
   * and problem counts as {@link #add(ActivityReport)}.
   *
   * @param year the report's year, {@code month} its month (1 to 12)
   * @param newBeneficiaries or {@link #NOT_REPORTED}; likewise {@code totalMonthlyBeneficiaries}
   * @param split the six split counts in {@link ActivityReport#split()} order ({@link #NOT_REPORTED} where not
   *     reported), or null when none is; read, not kept
   */
  public void add(int sector, int area, int group, int year, int month, long newBeneficiaries,
      long totalMonthlyBeneficiaries, long @Nullable [] split) {
    rows++;
    boolean hasNew = newBeneficiaries != NOT_REPORTED;
    boolean hasTotal = totalMonthlyBeneficiaries != NOT_REPORTED;
    boolean negative = hasNew && newBeneficiaries < 0 || hasTotal && totalMonthlyBeneficiaries < 0;
    long splitSum = 0;
    boolean anySplit = false;
    if (split != null) {
      for (int i = 0; i < 6; i++) {
        long v = split[i];
        if (v != NOT_REPORTED) {
          negative |= v < 0;
          anySplit = true;
          splitSum += Math.max(0, v);
        }
      }
    }
    boolean required = names.sectors.get(sector).isBlank() || names.countries.get(area).isBlank();
    if (problems(problemCounts, required, negative, !hasNew && !hasTotal, year < 1900 || year > 5460,
        !negative && anySplit && hasNew && splitSum != newBeneficiaries)) {
      return;
    }
    accepted++;
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not 1 to 12");
    }
    cell(sector, area, group, year * 12 + month, newBeneficiaries, totalMonthlyBeneficiaries);
  }

  /** Counts the problems of a row; true when it is rejected. Counted as {@link ActivityReport#problems()} lists them. */
  private static boolean problems(long[] problemCounts, boolean required, boolean negative, boolean noFigures,
      boolean badMonth, boolean splitWarning) {
    if (required) {
      problemCounts[P_REQUIRED]++;
    }
    if (negative) {
      problemCounts[P_NEGATIVE]++;
    }
    if (noFigures) {
      problemCounts[P_NO_FIGURES]++;
    }
    if (badMonth) {
      problemCounts[P_MONTH]++;
    }
    if (splitWarning) {
      problemCounts[P_SPLIT]++;
    }
    return required || negative || noFigures || badMonth;
  }

  /** Counts a row that was checked elsewhere ({@link ActivityColumns}); {@code problems} by index of PROBLEMS. */
  void countRows(long allRows, long acceptedRows, long[] problems) {
    rows += allRows;
    accepted += acceptedRows;
    for (int i = 0; i < PROBLEMS.length; i++) {
      problemCounts[i] += problems[i];
    }
  }

  static int problemIndex(String code) {
    return Arrays.asList(PROBLEMS).indexOf(code);
  }

  static int problemKinds() {
    return PROBLEMS.length;
  }

  /** Adds an accepted row's figures to its cell; {@code month} counted from January of year 0. */
  void cell(int sector, int area, int group, int month, long newBeneficiaries, long totalMonthlyBeneficiaries) {
    int p = pending;
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
    long seen = t[at + 3];
    if (n != NOT_REPORTED) {
      t[at + 1] = Math.addExact(t[at + 1], n);
      seen = (seen >>> 32) < 0x7FFFFFFFL ? seen + (1L << 32) : seen;
    }
    if (total != NOT_REPORTED) {
      t[at + 2] = Math.addExact(t[at + 2], total);
      seen = (seen & 0xFFFFFFFFL) < 0x7FFFFFFFL ? seen + 1 : seen;
    }
    t[at + 3] = seen;
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

  /** Adds everything {@code other} has aggregated to this one, and returns this one. */
  public ReachCells merge(ReachCells other) {
    flush();
    other.flush();
    if (dense != null) {
      undense();
    }
    rows += other.rows;
    accepted += other.accepted;
    for (int i = 0; i < PROBLEMS.length; i++) {
      problemCounts[i] += other.problemCounts[i];
    }
    Names on = other.names;
    boolean same = on == names;
    int[] sectorMap = new int[same ? 0 : on.sectors.size()];
    int[] areaMap = new int[same ? 0 : on.areas()];
    int[] groupMap = new int[same ? 0 : on.groups.size()];
    if (!same) {
      for (int i = 0; i < sectorMap.length; i++) {
        sectorMap[i] = names.sector(on.sectors.get(i));
      }
      for (int i = 0; i < areaMap.length; i++) {
        areaMap[i] = names.area(on.countries.get(i), on.adm1s.get(i), on.adm2s.get(i));
      }
      for (int i = 0; i < groupMap.length; i++) {
        groupMap[i] = names.group(on.groups.get(i));
      }
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
        table[at + 1] = Math.addExact(table[at + 1], n);
        table[at + 2] = Math.addExact(table[at + 2], total);
        long s = table[at + 3];
        long hi = Math.min(0x7FFFFFFFL, (s >>> 32) + (seen >>> 32));
        long lo = Math.min(0x7FFFFFFFL, (s & 0xFFFFFFFFL) + (seen & 0xFFFFFFFFL));
        table[at + 3] = hi << 32 | lo;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  // ---- what was aggregated ----

  /** Rows given to {@code add}, accepted or not. */
  public long rows() {
    return rows;
  }

  public long acceptedRows() {
    return accepted;
  }

  /** How many rows had each problem (rule code to count), as {@link ReachAggregator#problems()}. */
  public Map<String, Long> problems() {
    Map<String, Long> m = new TreeMap<>();
    for (int i = 0; i < PROBLEMS.length; i++) {
      if (problemCounts[i] > 0) {
        m.put(PROBLEMS[i], problemCounts[i]);
      }
    }
    return Map.copyOf(m);
  }

  /** The number of (sector, area, group, month) cells held. */
  public int groups() {
    flush();
    return dense != null ? dense.cells : cells;
  }

  /** People reached over everything: the intersectoral total over all areas, groups and months. */
  public @Nullable Long intersectoralReached() {
    IndicatorTable t = result(EnumSet.noneOf(Dimension.class));
    return t.size() == 0 ? null : (Long) t.get(0, "reached");
  }

  public IndicatorTable result(Dimension... by) {
    return result(by.length == 0 ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(Arrays.asList(by)));
  }

  /** The figures grouped by {@code by}, exactly as {@link ReachAggregator#result(Set)}. */
  public IndicatorTable result(Set<Dimension> by) {
    flush();
    EnumSet<Dimension> dims = by.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(by);
    if (!ReachAggregator.DIMENSIONS.containsAll(dims)) {
      throw new IllegalArgumentException("5W reports can be grouped by " + ReachAggregator.DIMENSIONS + ", not by "
          + dims);
    }
    return new Result(dims).table();
  }

  // ---- packed keys: sector 12 bits, area 24 bits, group 12 bits, month 16 bits (as ReachAggregator) ----

  static long key(int sector, int area, int group, int month) {
    return ((long) sector << 52) | ((long) area << 28) | ((long) group << 16) | month;
  }

  static int sectorOf(long key) {
    return (int) (key >>> 52);
  }

  static int areaOf(long key) {
    return (int) ((key >>> 28) & 0xFFFFFF);
  }

  static int groupOf(long key) {
    return (int) ((key >>> 16) & 0xFFF);
  }

  static int monthOf(long key) {
    return (int) (key & 0xFFFF);
  }

  private static YearMonth yearMonth(int n) {
    return YearMonth.of((n - 1) / 12, (n - 1) % 12 + 1);
  }

  /**
   * The grouping of {@link ReachAggregator#result(Set)}, over primitive arrays. Each dimension value is replaced by
   * its rank in string order, and a row's ranks are packed into one {@code long} with the first dimension highest,
   * so that sorting the packed keys sorts the rows as ReachAggregator does (text order, column by column).
   */
  private final class Result {
    private final EnumSet<Dimension> dims;
    private final boolean keepSector;
    private final boolean keepMonth;
    private final int[] sectorRank;
    private final int[] groupRank;
    private final int[] countryRank;
    private final int[] adm1Rank;
    private final int[] adm2Rank;
    private final List<String> sectorValues = new ArrayList<>();
    private final List<String> groupValues = new ArrayList<>();
    private final List<String> countryValues = new ArrayList<>();
    private final List<String> adm1Values = new ArrayList<>();
    private final List<String> adm2Values = new ArrayList<>();
    /** Bit position and width of each dimension in a row key, by ordinal. */
    private final int[] shift = new int[Dimension.values().length];
    private final int[] width = new int[Dimension.values().length];

    Result(EnumSet<Dimension> dims) {
      this.dims = dims;
      keepSector = dims.contains(Dimension.SECTOR);
      keepMonth = dims.contains(Dimension.PERIOD);
      sectorRank = ranks(names.sectors, sectorValues);
      groupRank = ranks(names.groups, groupValues);
      countryRank = ranks(names.countries, countryValues);
      adm1Rank = ranks(names.adm1s, adm1Values);
      adm2Rank = ranks(names.adm2s, adm2Values);
      int bits = 0;
      Dimension[] order = dims.toArray(new Dimension[0]);
      for (int i = order.length - 1; i >= 0; i--) {
        Dimension d = order[i];
        int count = switch (d) {
          case SECTOR -> sectorValues.size();
          case COUNTRY -> countryValues.size();
          case ADM1 -> adm1Values.size();
          case ADM2 -> adm2Values.size();
          case POPULATION_GROUP -> groupValues.size();
          default -> 1 << 16; // months as counted, below 2^16
        };
        width[d.ordinal()] = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
        shift[d.ordinal()] = bits;
        bits += width[d.ordinal()];
      }
      if (bits > 63) {
        throw new IllegalStateException("too many distinct values to pack a row key: " + bits + " bits");
      }
    }

    /** Rank of each id's name in string order; the distinct names in that order go to {@code values}. */
    private int[] ranks(List<String> byId, List<String> values) {
      Integer[] ids = new Integer[byId.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i;
      }
      Arrays.sort(ids, Comparator.comparing(byId::get));
      int[] rank = new int[ids.length];
      String last = null;
      for (Integer id : ids) {
        String name = byId.get(id);
        if (!name.equals(last)) {
          values.add(name);
          last = name;
        }
        rank[id] = values.size() - 1;
      }
      return rank;
    }

    // Parts of a row key by id, so that a cell's row key is four lookups.
    private long[] sectorPart = new long[0];
    private long[] areaPart = new long[0];
    private long[] groupPart = new long[0];
    private int monthShift = -1;
    private int bits;

    private void keyParts() {
      sectorPart = new long[names.sectors.size()];
      groupPart = new long[names.groups.size()];
      areaPart = new long[names.areas()];
      for (Dimension d : dims) {
        int sh = shift[d.ordinal()];
        bits = Math.max(bits, sh + width[d.ordinal()]);
        switch (d) {
          case SECTOR -> {
            for (int i = 0; i < sectorPart.length; i++) {
              sectorPart[i] |= (long) sectorRank[i] << sh;
            }
          }
          case POPULATION_GROUP -> {
            for (int i = 0; i < groupPart.length; i++) {
              groupPart[i] |= (long) groupRank[i] << sh;
            }
          }
          case COUNTRY, ADM1, ADM2 -> {
            int[] rank = d == Dimension.COUNTRY ? countryRank : d == Dimension.ADM1 ? adm1Rank : adm2Rank;
            for (int i = 0; i < areaPart.length; i++) {
              areaPart[i] |= (long) rank[i] << sh;
            }
          }
          default -> monthShift = sh;
        }
      }
    }

    private long rowKey(long cellKey) {
      long k = sectorPart[sectorOf(cellKey)] | areaPart[areaOf(cellKey)] | groupPart[groupOf(cellKey)];
      return monthShift < 0 ? k : k | (long) monthOf(cellKey) << monthShift;
    }

    // Rows: packed row key to a dense row number, through a direct table when the keys are few bits.
    private int[] rowTable = new int[0];
    private @Nullable LongIntMap rowMap;
    private long[] rowKeys = new long[16];
    private int rowCount;

    private int row(long rowKey) {
      int r;
      if (rowMap == null) {
        r = rowTable[(int) rowKey];
        if (r >= 0) {
          return r;
        }
        r = rowCount;
        rowTable[(int) rowKey] = r;
      } else {
        r = rowMap.indexOf(rowKey);
        if (r < rowCount) {
          return r;
        }
      }
      rowKeys = LongIntMap.grow(rowKeys, r + 1);
      rowKeys[r] = rowKey;
      rowCount = r + 1;
      return r;
    }

    IndicatorTable table() {
      keyParts();
      if (bits <= 20) {
        rowTable = new int[1 << Math.max(bits, 0)];
        Arrays.fill(rowTable, -1);
      } else {
        rowMap = new LongIntMap(1024);
      }
      CellArrays all = cellArrays();
      long[] key = all.key;
      long[] nsum = all.nsum;
      long[] tsum = all.tsum;
      long[] seen = all.seen;
      int c = all.count;
      int monthMin = Integer.MAX_VALUE;
      int monthMax = 0;
      for (int i = 0; i < c; i++) {
        monthMin = Math.min(monthMin, monthOf(key[i]));
        monthMax = Math.max(monthMax, monthOf(key[i]));
      }
      int nM = c == 0 ? 1 : monthMax - monthMin + 1;
      int nS = Math.max(1, names.sectors.size());
      int nA = Math.max(1, names.areas());
      int nG = Math.max(1, names.groups.size());
      long[] rowNew = new long[16];
      long[] rowNewSeen = new long[16];
      // Reached: months add up within (sector, area, group) unless kept, then the highest sector unless kept.
      if (keepMonth && keepSector) {
        for (int i = 0; i < c; i++) {
          long ns = seen[i] >>> 32;
          if (ns != 0) {
            int r = row(rowKey(key[i]));
            rowNew = LongIntMap.grow(rowNew, r + 1);
            rowNewSeen = LongIntMap.grow(rowNewSeen, r + 1);
            rowNew[r] = Math.addExact(rowNew[r], nsum[i]);
            rowNewSeen[r] += ns;
          }
        }
      } else {
        Groups a = Groups.over(nS, nA, nG, nM, monthMin, keepMonth, c);
        for (int i = 0; i < c; i++) {
          long ns = seen[i] >>> 32;
          if (ns != 0) {
            long k = key[i];
            a.sum(keepMonth ? k : key(sectorOf(k), areaOf(k), groupOf(k), 0), nsum[i], ns);
          }
        }
        a.compact();
        Groups b = a;
        if (!keepSector) {
          b = Groups.over(1, nA, nG, nM, monthMin, keepMonth, a.size());
          for (int i = 0; i < a.size(); i++) {
            long k = a.keys[i];
            b.max(key(0, areaOf(k), groupOf(k), monthOf(k)), a.values[i], a.seen[i]);
          }
          b.compact();
        }
        for (int i = 0; i < b.size(); i++) {
          int r = row(rowKey(b.keys[i]));
          rowNew = LongIntMap.grow(rowNew, r + 1);
          rowNewSeen = LongIntMap.grow(rowNewSeen, r + 1);
          rowNew[r] = Math.addExact(rowNew[r], b.values[i]);
          rowNewSeen[r] += b.seen[i];
        }
      }
      // Total monthly beneficiaries: the highest sector in each month; areas add up within the month; then the
      // highest month.
      long[] dKey;
      long[] dValue;
      long[] dSeen;
      int dn;
      if (keepSector) {
        dKey = key;
        dValue = tsum;
        dSeen = new long[c];
        for (int i = 0; i < c; i++) {
          dSeen[i] = seen[i] & 0xFFFFFFFFL;
        }
        dn = c;
      } else {
        Groups d = Groups.over(1, nA, nG, nM, monthMin, true, c);
        for (int i = 0; i < c; i++) {
          long ts = seen[i] & 0xFFFFFFFFL;
          if (ts != 0) {
            long k = key[i];
            d.max(key(0, areaOf(k), groupOf(k), monthOf(k)), tsum[i], ts);
          }
        }
        d.compact();
        dKey = d.keys;
        dValue = d.values;
        dSeen = d.seen;
        dn = d.size();
      }
      int[] dRow = new int[dn];
      for (int i = 0; i < dn; i++) {
        dRow[i] = dSeen[i] == 0 ? -1 : row(rowKey(dKey[i]));
      }
      int rows = rowCount;
      long[] monthTotal;
      long[] monthSeen;
      Groups e = null;
      if ((long) rows * nM <= Groups.DENSE_LIMIT) {
        monthTotal = new long[rows * nM];
        monthSeen = new long[rows * nM];
        for (int i = 0; i < dn; i++) {
          if (dRow[i] >= 0) {
            int at = dRow[i] * nM + monthOf(dKey[i]) - monthMin;
            monthTotal[at] = Math.addExact(monthTotal[at], dValue[i]);
            monthSeen[at] += dSeen[i];
          }
        }
      } else {
        e = new Groups(Math.max(16, dn));
        for (int i = 0; i < dn; i++) {
          if (dRow[i] >= 0) {
            e.sum(((long) dRow[i] << 16) | monthOf(dKey[i]), dValue[i], dSeen[i]);
          }
        }
        monthTotal = new long[0];
        monthSeen = new long[0];
      }
      long[] rowTotal = new long[rows];
      long[] rowTotalSeen = new long[rows];
      if (e == null) {
        for (int r = 0; r < rows; r++) {
          for (int m = 0; m < nM; m++) {
            int at = r * nM + m;
            if (monthSeen[at] != 0) {
              rowTotal[r] = Math.max(rowTotal[r], monthTotal[at]);
              rowTotalSeen[r] += monthSeen[at];
            }
          }
        }
      } else {
        for (int i = 0; i < e.size(); i++) {
          int r = (int) (e.keys[i] >>> 16);
          rowTotal[r] = Math.max(rowTotal[r], e.values[i]);
          rowTotalSeen[r] += e.seen[i];
        }
      }
      rowNew = LongIntMap.grow(rowNew, rows);
      rowNewSeen = LongIntMap.grow(rowNewSeen, rows);
      // Rows in order of their packed ranks.
      long[] order = new long[rows];
      for (int r = 0; r < rows; r++) {
        order[r] = rowKeys[r];
      }
      Arrays.sort(order);
      LongIntMap byKey = new LongIntMap(rows);
      for (int r = 0; r < rows; r++) {
        byKey.indexOf(rowKeys[r]);
      }
      List<List<@Nullable Object>> out = new ArrayList<>(rows);
      for (long rk : order) {
        int row = byKey.get(rk);
        List<@Nullable Object> cellsOut = new ArrayList<>(dims.size() + 2);
        for (Dimension dim : dims) {
          int v = (int) ((rk >>> shift[dim.ordinal()]) & ((1L << width[dim.ordinal()]) - 1));
          String str = switch (dim) {
            case SECTOR -> sectorValues.get(v);
            case COUNTRY -> countryValues.get(v);
            case ADM1 -> adm1Values.get(v);
            case ADM2 -> adm2Values.get(v);
            case POPULATION_GROUP -> groupValues.get(v);
            default -> yearMonth(v).toString();
          };
          cellsOut.add(str.isEmpty() ? null : str);
        }
        cellsOut.add(rowNewSeen[row] > 0 ? (Long) rowNew[row] : null);
        cellsOut.add(rowTotalSeen[row] > 0 ? (Long) rowTotal[row] : null);
        out.add(cellsOut);
      }
      return new IndicatorTable(dims.stream().map(Dimension::column).toList(), ReachAggregator.MEASURES, out);
    }
  }

  /** Keys to {value, reports}, combined by sum or max; values of groups without reports do not count. */
  private static final class Groups {
    static final long DENSE_LIMIT = 1 << 22;
    final @Nullable LongIntMap index;
    long[] keys;
    long[] values;
    long[] seen;
    private int size;
    // Dense mode: a slot per (sector, area, group, month) combination of the given extents.
    private final int dA;
    private final int dG;
    private final int dM;
    private final int monthMin;
    private final boolean withMonth;

    Groups(int expected) {
      index = new LongIntMap(expected);
      keys = new long[Math.max(16, expected)];
      values = new long[keys.length];
      seen = new long[keys.length];
      dA = 0;
      dG = 0;
      dM = 0;
      monthMin = 0;
      withMonth = false;
    }

    private Groups(int slots, int dA, int dG, int dM, int monthMin, boolean withMonth) {
      index = null;
      keys = new long[0];
      values = new long[slots];
      seen = new long[slots];
      this.dA = dA;
      this.dG = dG;
      this.dM = dM;
      this.monthMin = monthMin;
      this.withMonth = withMonth;
    }

    /**
     * Groups over keys whose sector is below {@code dS} (1: always 0) and month in {@code monthMin} to {@code
     * monthMin + dM - 1} (1: always 0): dense arrays when they are small enough, else a hash table.
     */
    static Groups over(int dS, int dA, int dG, int dM, int monthMin, boolean withMonth, int expected) {
      long slots = (long) dS * dA * dG * (withMonth ? dM : 1);
      return slots <= DENSE_LIMIT && slots <= 8L * Math.max(1024, expected)
          ? new Groups((int) slots, dA, dG, withMonth ? dM : 1, monthMin, withMonth) : new Groups(expected);
    }

    int size() {
      return size;
    }

    private int slot(long key) {
      int m = monthOf(key);
      return ((sectorOf(key) * dA + areaOf(key)) * dG + groupOf(key)) * dM + (withMonth ? m - monthMin : 0);
    }

    /** The index of {@code key}, added with no reports when absent (hash mode). */
    int touch(long key) {
      int i = index.indexOf(key);
      if (i == keys.length) {
        keys = LongIntMap.grow(keys, i + 1);
        values = LongIntMap.grow(values, i + 1);
        seen = LongIntMap.grow(seen, i + 1);
      }
      keys[i] = key;
      size = index.size();
      return i;
    }

    int sum(long key, long value, long reports) {
      int i = index == null ? slot(key) : touch(key);
      values[i] = seen[i] == 0 ? value : Math.addExact(values[i], value);
      seen[i] += reports;
      return i;
    }

    void max(long key, long value, long reports) {
      int i = index == null ? slot(key) : touch(key);
      values[i] = seen[i] == 0 ? value : Math.max(values[i], value);
      seen[i] += reports;
    }

    /** In dense mode, packs the groups with reports to the front, with their keys; then read like hash mode. */
    Groups compact() {
      if (index != null) {
        return this;
      }
      int n = 0;
      for (int i = 0; i < seen.length; i++) {
        if (seen[i] != 0) {
          n++;
        }
      }
      keys = new long[n];
      int k = 0;
      for (int i = 0; i < seen.length; i++) {
        if (seen[i] != 0) {
          int m = withMonth ? i % dM + monthMin : 0;
          int rest = i / dM;
          int g = rest % dG;
          rest /= dG;
          keys[k] = key(rest / dA, rest % dA, g, m);
          values[k] = values[i];
          seen[k] = seen[i];
          k++;
        }
      }
      size = n;
      return this;
    }
  }

  // ---- cells as arrays ----

  /** The occupied cells: packed keys, sums, and report counts (new high, total low). */
  static final class CellArrays {
    final long[] key;
    final long[] nsum;
    final long[] tsum;
    final long[] seen;
    final int count;

    CellArrays(int n) {
      key = new long[n];
      nsum = new long[n];
      tsum = new long[n];
      seen = new long[n];
      count = n;
    }
  }

  private CellArrays cellArrays() {
    flush();
    if (cached != null) {
      return cached;
    }
    cached = cellArraysNow();
    return cached;
  }

  private CellArrays cellArraysNow() {
    if (dense != null) {
      Dense d = dense;
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

  /** Moves densely held cells into the table, before anything is added. */
  private void undense() {
    Dense d = dense;
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

  /** An aggregation whose cells are held densely: {@link ActivityColumns} fills them in a tight loop. */
  static ReachCells ofDense(Names names, Dense d) {
    ReachCells c = new ReachCells(names, 64);
    c.dense = d;
    return c;
  }

  /**
   * Cells as one array, three longs per (sector, area, group, month) slot: new-beneficiaries sum, total sum, report
   * counts (new high, total low, each saturating at 2^31 - 1). For dictionaries small enough that every slot fits.
   */
  static final class Dense {
    final int nS;
    final int nA;
    final int nG;
    final int nM;
    final int monthMin;
    final long[] data;
    int cells;

    Dense(int nS, int nA, int nG, int nM, int monthMin) {
      this.nS = nS;
      this.nA = nA;
      this.nG = nG;
      this.nM = nM;
      this.monthMin = monthMin;
      this.data = new long[Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(nS, nA), nG * nM), 3)];
    }

    static long slots(int nS, int nA, int nG, int nM) {
      return (long) nS * nA * nG * nM;
    }

    int slot(int s, int a, int g, int month) {
      return ((s * nA + a) * nG + g) * nM + month - monthMin;
    }

    long key(int slot) {
      int m = slot % nM + monthMin;
      int rest = slot / nM;
      int g = rest % nG;
      rest /= nG;
      return ReachCells.key(rest / nA, rest % nA, g, m);
    }

    void add(int slot, long n, long t) {
      int at = slot * 3;
      long seen = data[at + 2];
      if (n != NOT_REPORTED) {
        data[at] = Math.addExact(data[at], n);
        seen = (seen >>> 32) < 0x7FFFFFFFL ? seen + (1L << 32) : seen;
      }
      if (t != NOT_REPORTED) {
        data[at + 1] = Math.addExact(data[at + 1], t);
        seen = (seen & 0xFFFFFFFFL) < 0x7FFFFFFFL ? seen + 1 : seen;
      }
      data[at + 2] = seen;
    }

    /** Adds another part's cells, slot by slot. */
    void merge(Dense o) {
      for (int i = 0; i < data.length; i += 3) {
        long os = o.data[i + 2];
        if (os == 0) {
          continue;
        }
        data[i] = Math.addExact(data[i], o.data[i]);
        data[i + 1] = Math.addExact(data[i + 1], o.data[i + 1]);
        long s = data[i + 2];
        long hi = Math.min(0x7FFFFFFFL, (s >>> 32) + (os >>> 32));
        long lo = Math.min(0x7FFFFFFFL, (s & 0xFFFFFFFFL) + (os & 0xFFFFFFFFL));
        data[i + 2] = hi << 32 | lo;
      }
    }

    /** Counts the occupied slots. */
    void count() {
      int n = 0;
      for (int i = 2; i < data.length; i += 3) {
        if (data[i] != 0) {
          n++;
        }
      }
      cells = n;
    }
  }
}
