package org.responseplan.indicators.reach;

import java.time.YearMonth;

/**
 * A (sector, area, population group, month) cell packed into one {@code long}: sector 12 bits, area 24 bits, group
 * 12 bits, month 16 bits (counted from January of year 0, so that 0 is never a real month and a key is never 0).
 */
final class CellKeys {
  private CellKeys() {}

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

  /** The month number of a cell key: January of year 0 is 1. */
  static int month(int year, int month) {
    return year * 12 + month;
  }

  static YearMonth yearMonth(int n) {
    return YearMonth.of((n - 1) / 12, (n - 1) % 12 + 1);
  }

  /** Report counts packed in one long: new beneficiaries high, total low, each saturating at 2^31 - 1. */
  static long addSeen(long seen, boolean hasNew, boolean hasTotal) {
    long s = seen;
    if (hasNew && (s >>> 32) < 0x7FFFFFFFL) {
      s += 1L << 32;
    }
    if (hasTotal && (s & 0xFFFFFFFFL) < 0x7FFFFFFFL) {
      s += 1;
    }
    return s;
  }

  /** Two packed report counts added, each saturating. */
  static long mergeSeen(long a, long b) {
    long hi = Math.min(0x7FFFFFFFL, (a >>> 32) + (b >>> 32));
    long lo = Math.min(0x7FFFFFFFL, (a & 0xFFFFFFFFL) + (b & 0xFFFFFFFFL));
    return hi << 32 | lo;
  }
}
