package org.responseplan.indicators.reach;

/** The occupied cells of an aggregation: packed keys, sums, and report counts (new high, total low). */
final class CellArrays {
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
