package org.responseplan.indicators.reach;

import static org.responseplan.indicators.reach.CellKeys.areaOf;
import static org.responseplan.indicators.reach.CellKeys.groupOf;
import static org.responseplan.indicators.reach.CellKeys.key;
import static org.responseplan.indicators.reach.CellKeys.monthOf;
import static org.responseplan.indicators.reach.CellKeys.sectorOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;

/**
 * The cells of an aggregation grouped by some dimensions, by the rules of {@link FiveWRules}, over primitive arrays.
 * Each dimension value is replaced by its rank in string order, and a row's ranks are packed into one {@code long}
 * with the first dimension highest, so that sorting the packed keys sorts the rows in text order, column by column.
 * One instance per result.
 */
final class ResultTable {
  private final CellArrays cells;
  private final EnumSet<Dimension> dims;
  private final boolean keepSector;
  private final boolean keepMonth;
  private final RowKeys keys;
  // Rows: packed row key to a dense row number, through a direct table when the keys are few bits.
  private int[] rowTable = new int[0];
  private @Nullable LongIntMap rowMap;
  private long[] rowKeys = new long[16];
  private int rowCount;
  // Per row: reached (sum, reports) and total monthly beneficiaries (peak, reports).
  private long[] rowNew = new long[16];
  private long[] rowNewSeen = new long[16];
  private long[] rowTotal = new long[0];
  private long[] rowTotalSeen = new long[0];
  // Extents of the cells.
  private int monthMin = Integer.MAX_VALUE;
  private int nM;
  private final int nS;
  private final int nA;
  private final int nG;

  ResultTable(Names names, CellArrays cells, EnumSet<Dimension> dims) {
    this.cells = cells;
    this.dims = dims;
    keepSector = dims.contains(Dimension.SECTOR);
    keepMonth = dims.contains(Dimension.PERIOD);
    keys = new RowKeys(names, dims);
    nS = Math.max(1, names.sectors.size());
    nA = Math.max(1, names.areas());
    nG = Math.max(1, names.groups.size());
  }

  IndicatorTable table() {
    if (keys.bits <= 20) {
      rowTable = new int[1 << Math.max(keys.bits, 0)];
      Arrays.fill(rowTable, -1);
    } else {
      rowMap = new LongIntMap(1024);
    }
    int monthMax = 0;
    for (int i = 0; i < cells.count; i++) {
      monthMin = Math.min(monthMin, monthOf(cells.key[i]));
      monthMax = Math.max(monthMax, monthOf(cells.key[i]));
    }
    nM = cells.count == 0 ? 1 : monthMax - monthMin + 1;
    reached();
    stock();
    return rows();
  }

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

  private void addReached(long rowKey, long value, long reports) {
    int r = row(rowKey);
    rowNew = LongIntMap.grow(rowNew, r + 1);
    rowNewSeen = LongIntMap.grow(rowNewSeen, r + 1);
    rowNew[r] = FiveWRules.acrossAreas(rowNew[r], value);
    rowNewSeen[r] += reports;
  }

  /**
   * New beneficiaries, a flow: months add up within (sector, area, group) unless the month is kept, then the highest
   * sector unless the sector is kept, then areas and groups add up into the rows.
   */
  private void reached() {
    long[] key = cells.key;
    long[] seen = cells.seen;
    int c = cells.count;
    if (keepMonth && keepSector) {
      for (int i = 0; i < c; i++) {
        long ns = seen[i] >>> 32;
        if (ns != 0) {
          addReached(keys.of(key[i]), cells.nsum[i], ns);
        }
      }
      return;
    }
    Groups overMonths = Groups.over(nS, nA, nG, nM, monthMin, keepMonth, c);
    for (int i = 0; i < c; i++) {
      long ns = seen[i] >>> 32;
      if (ns != 0) {
        long k = key[i];
        overMonths.sum(keepMonth ? k : key(sectorOf(k), areaOf(k), groupOf(k), 0), cells.nsum[i], ns);
      }
    }
    overMonths.compact();
    Groups bySector = overMonths;
    if (!keepSector) {
      bySector = Groups.over(1, nA, nG, nM, monthMin, keepMonth, overMonths.size());
      for (int i = 0; i < overMonths.size(); i++) {
        long k = overMonths.keys[i];
        bySector.max(key(0, areaOf(k), groupOf(k), monthOf(k)), overMonths.values[i], overMonths.seen[i]);
      }
      bySector.compact();
    }
    for (int i = 0; i < bySector.size(); i++) {
      addReached(keys.of(bySector.keys[i]), bySector.values[i], bySector.seen[i]);
    }
  }

  /**
   * Total monthly beneficiaries, a stock: the highest sector in each month unless the sector is kept; areas add up
   * within the month; then the peak month, so that peaks of different months are never added.
   */
  private void stock() {
    long[] dKey;
    long[] dValue;
    long[] dSeen;
    int dn;
    int c = cells.count;
    if (keepSector) {
      dKey = cells.key;
      dValue = cells.tsum;
      dSeen = new long[c];
      for (int i = 0; i < c; i++) {
        dSeen[i] = cells.seen[i] & 0xFFFFFFFFL;
      }
      dn = c;
    } else {
      Groups d = Groups.over(1, nA, nG, nM, monthMin, true, c);
      for (int i = 0; i < c; i++) {
        long ts = cells.seen[i] & 0xFFFFFFFFL;
        if (ts != 0) {
          long k = cells.key[i];
          d.max(key(0, areaOf(k), groupOf(k), monthOf(k)), cells.tsum[i], ts);
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
      dRow[i] = dSeen[i] == 0 ? -1 : row(keys.of(dKey[i]));
    }
    rowTotal = new long[rowCount];
    rowTotalSeen = new long[rowCount];
    if ((long) rowCount * nM <= Groups.DENSE_LIMIT) {
      peakOfDenseMonths(dKey, dValue, dSeen, dRow);
    } else {
      peakOfSparseMonths(dKey, dValue, dSeen, dRow);
    }
  }

  private void peakOfDenseMonths(long[] dKey, long[] dValue, long[] dSeen, int[] dRow) {
    long[] monthTotal = new long[rowCount * nM];
    long[] monthSeen = new long[rowCount * nM];
    for (int i = 0; i < dRow.length; i++) {
      if (dRow[i] >= 0) {
        int at = dRow[i] * nM + monthOf(dKey[i]) - monthMin;
        monthTotal[at] = FiveWRules.acrossAreas(monthTotal[at], dValue[i]);
        monthSeen[at] += dSeen[i];
      }
    }
    for (int r = 0; r < rowCount; r++) {
      for (int m = 0; m < nM; m++) {
        int at = r * nM + m;
        if (monthSeen[at] != 0) {
          rowTotal[r] = FiveWRules.stockOverMonths(rowTotal[r], monthTotal[at]);
          rowTotalSeen[r] += monthSeen[at];
        }
      }
    }
  }

  private void peakOfSparseMonths(long[] dKey, long[] dValue, long[] dSeen, int[] dRow) {
    Groups e = new Groups(Math.max(16, dRow.length));
    for (int i = 0; i < dRow.length; i++) {
      if (dRow[i] >= 0) {
        e.sum(((long) dRow[i] << 16) | monthOf(dKey[i]), dValue[i], dSeen[i]);
      }
    }
    for (int i = 0; i < e.size(); i++) {
      int r = (int) (e.keys[i] >>> 16);
      rowTotal[r] = FiveWRules.stockOverMonths(rowTotal[r], e.values[i]);
      rowTotalSeen[r] += e.seen[i];
    }
  }

  /** The rows in order of their packed ranks; a measure without reports is null. */
  private IndicatorTable rows() {
    int rows = rowCount;
    rowNew = LongIntMap.grow(rowNew, rows);
    rowNewSeen = LongIntMap.grow(rowNewSeen, rows);
    long[] order = Arrays.copyOf(rowKeys, rows);
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
        String str = keys.value(dim, rk);
        cellsOut.add(str.isEmpty() ? null : str);
      }
      cellsOut.add(rowNewSeen[row] > 0 ? (Long) rowNew[row] : null);
      cellsOut.add(rowTotalSeen[row] > 0 ? (Long) rowTotal[row] : null);
      out.add(cellsOut);
    }
    return new IndicatorTable(dims.stream().map(Dimension::column).toList(), ReachAggregator.MEASURES, out);
  }

  /** Row keys: each dimension's rank in string order, packed with the first dimension in the highest bits. */
  private static final class RowKeys {
    private final List<String> sectorValues = new ArrayList<>();
    private final List<String> groupValues = new ArrayList<>();
    private final List<String> countryValues = new ArrayList<>();
    private final List<String> adm1Values = new ArrayList<>();
    private final List<String> adm2Values = new ArrayList<>();
    /** Bit position and width of each dimension in a row key, by ordinal. */
    private final int[] shift = new int[Dimension.values().length];
    private final int[] width = new int[Dimension.values().length];
    // Parts of a row key by id, so that a cell's row key is four lookups.
    private final long[] sectorPart;
    private final long[] areaPart;
    private final long[] groupPart;
    private int monthShift = -1;
    final int bits;

    RowKeys(Names names, EnumSet<Dimension> dims) {
      int[] sectorRank = ranks(names.sectors, sectorValues);
      int[] groupRank = ranks(names.groups, groupValues);
      int[] countryRank = ranks(names.countries, countryValues);
      int[] adm1Rank = ranks(names.adm1s, adm1Values);
      int[] adm2Rank = ranks(names.adm2s, adm2Values);
      int b = 0;
      Dimension[] order = dims.toArray(new Dimension[0]);
      for (int i = order.length - 1; i >= 0; i--) {
        Dimension d = order[i];
        int count = d == Dimension.PERIOD ? 1 << 16 : values(d).size(); // months as counted, below 2^16
        width[d.ordinal()] = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
        shift[d.ordinal()] = b;
        b += width[d.ordinal()];
      }
      if (b > 63) {
        throw new IllegalStateException("too many distinct values to pack a row key: " + b + " bits");
      }
      bits = b;
      sectorPart = new long[names.sectors.size()];
      groupPart = new long[names.groups.size()];
      areaPart = new long[names.areas()];
      for (Dimension d : dims) {
        int sh = shift[d.ordinal()];
        switch (d) {
          case SECTOR -> or(sectorPart, sectorRank, sh);
          case POPULATION_GROUP -> or(groupPart, groupRank, sh);
          case COUNTRY -> or(areaPart, countryRank, sh);
          case ADM1 -> or(areaPart, adm1Rank, sh);
          case ADM2 -> or(areaPart, adm2Rank, sh);
          default -> monthShift = sh;
        }
      }
    }

    private static void or(long[] part, int[] rank, int shift) {
      for (int i = 0; i < part.length; i++) {
        part[i] |= (long) rank[i] << shift;
      }
    }

    private List<String> values(Dimension d) {
      return switch (d) {
        case SECTOR -> sectorValues;
        case COUNTRY -> countryValues;
        case ADM1 -> adm1Values;
        case ADM2 -> adm2Values;
        default -> groupValues;
      };
    }

    /** Rank of each id's name in string order; the distinct names in that order go to {@code values}. */
    private static int[] ranks(List<String> byId, List<String> values) {
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

    long of(long cellKey) {
      long k = sectorPart[sectorOf(cellKey)] | areaPart[areaOf(cellKey)] | groupPart[groupOf(cellKey)];
      return monthShift < 0 ? k : k | (long) monthOf(cellKey) << monthShift;
    }

    /** The text of dimension {@code d} in a row key. */
    String value(Dimension d, long rowKey) {
      int v = (int) ((rowKey >>> shift[d.ordinal()]) & ((1L << width[d.ordinal()]) - 1));
      return d == Dimension.PERIOD ? CellKeys.yearMonth(v).toString() : values(d).get(v);
    }
  }
}
