package org.responseplan.imports.hxl;

/** Long keys to int values by open addressing (areas by their raw ids); -1 when absent. */
final class LongInts {
  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  int get(long key) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  void put(long key, int value) {
    if (++size * 2 > keys.length) {
      long[] ok = keys;
      int[] ov = values;
      boolean[] ou = used;
      keys = new long[ok.length * 2];
      values = new int[ok.length * 2];
      used = new boolean[ok.length * 2];
      for (int j = 0; j < ok.length; j++) {
        if (ou[j]) {
          insert(ok[j], ov[j]);
        }
      }
    }
    insert(key, value);
  }

  private void insert(long key, int value) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (used[i]) {
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 41));
  }
}
