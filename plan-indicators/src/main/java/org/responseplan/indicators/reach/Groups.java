package org.responseplan.indicators.reach;

import static org.responseplan.indicators.reach.CellKeys.areaOf;
import static org.responseplan.indicators.reach.CellKeys.groupOf;
import static org.responseplan.indicators.reach.CellKeys.key;
import static org.responseplan.indicators.reach.CellKeys.monthOf;
import static org.responseplan.indicators.reach.CellKeys.sectorOf;

import org.jspecify.annotations.Nullable;

/** Keys to {value, reports}, combined by sum or max; values of groups without reports do not count. */
final class Groups {
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
    LongIntMap index = this.index;
    if (index == null) {
      return slot(key);
    }
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
