package org.responseplan.indicators.reach;

/**
 * Cells as one array, three longs per (sector, area, group, month) slot: new-beneficiaries sum, total sum, report
 * counts (new high, total low, each saturating at 2^31 - 1). For dictionaries small enough that every slot fits; a
 * column store fills it in a tight loop and hands it to {@link ReachCells#ofDense}. Not thread-safe: one per thread,
 * then {@link #merge}.
 */
public final class DenseCells {
  final int nS;
  final int nA;
  final int nG;
  final int nM;
  final int monthMin;
  final long[] data;
  int cells;

  /**
   * Empty cells for every combination of the given extents.
   *
   * @param nS sectors
   * @param nA areas
   * @param nG population groups
   * @param nM months, from {@code monthMin}
   * @param monthMin the first month, counted from January of year 0 (which is 1)
   * @throws ArithmeticException when the slots do not fit in an array
   */
  public DenseCells(int nS, int nA, int nG, int nM, int monthMin) {
    this.nS = nS;
    this.nA = nA;
    this.nG = nG;
    this.nM = nM;
    this.monthMin = monthMin;
    this.data = new long[Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(nS, nA), nG * nM), 3)];
  }

  /**
   * How many slots cells of these extents take.
   *
   * @param nS sectors
   * @param nA areas
   * @param nG population groups
   * @param nM months
   * @return the product
   */
  public static long slots(int nS, int nA, int nG, int nM) {
    return (long) nS * nA * nG * nM;
  }

  /**
   * The slot of a cell.
   *
   * @param s sector id
   * @param a area id
   * @param g group id
   * @param month month, counted as in the constructor
   * @return the slot
   */
  public int slot(int s, int a, int g, int month) {
    return ((s * nA + a) * nG + g) * nM + month - monthMin;
  }

  long key(int slot) {
    int m = slot % nM + monthMin;
    int rest = slot / nM;
    int g = rest % nG;
    rest /= nG;
    return CellKeys.key(rest / nA, rest % nA, g, m);
  }

  /**
   * Adds an accepted row's figures to its slot.
   *
   * @param slot from {@link #slot}
   * @param n new beneficiaries, or {@link FiveWRules#NOT_REPORTED}
   * @param t total monthly beneficiaries, or {@link FiveWRules#NOT_REPORTED}
   * @throws ArithmeticException when a sum overflows
   */
  public void add(int slot, long n, long t) {
    int at = slot * 3;
    boolean hasNew = n != FiveWRules.NOT_REPORTED;
    boolean hasTotal = t != FiveWRules.NOT_REPORTED;
    if (hasNew) {
      data[at] = FiveWRules.withinCell(data[at], n);
    }
    if (hasTotal) {
      data[at + 1] = FiveWRules.withinCell(data[at + 1], t);
    }
    data[at + 2] = CellKeys.addSeen(data[at + 2], hasNew, hasTotal);
  }

  /**
   * Adds another part's cells, slot by slot.
   *
   * @param o cells of the same extents
   * @throws ArithmeticException when a sum overflows
   */
  public void merge(DenseCells o) {
    for (int i = 0; i < data.length; i += 3) {
      long os = o.data[i + 2];
      if (os == 0) {
        continue;
      }
      data[i] = FiveWRules.withinCell(data[i], o.data[i]);
      data[i + 1] = FiveWRules.withinCell(data[i + 1], o.data[i + 1]);
      data[i + 2] = CellKeys.mergeSeen(data[i + 2], os);
    }
  }

  /** Counts the occupied slots; call once filled. */
  public void count() {
    int n = 0;
    for (int i = 2; i < data.length; i += 3) {
      if (data[i] != 0) {
        n++;
      }
    }
    cells = n;
  }
}
