package org.responseplan.indicators.reach;

import java.util.Arrays;

/**
 * Long keys to dense int indexes (0, 1, 2, ... in order of first insertion), by open addressing: no boxing, no entry
 * objects. For the grouping steps of {@link ReachCells}.
 */
final class LongIntMap {
  private long[] keys;
  /** Index + 1; 0 marks an empty slot. */
  private int[] slots;
  private int mask;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    keys = new long[cap];
    slots = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The index of {@code key}, adding it with the next index when absent. */
  int indexOf(long key) {
    int i = hash(key) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        keys[i] = key;
        slots[i] = ++size;
        if (size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      if (keys[i] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The index of {@code key}, or -1. */
  int get(long key) {
    int i = hash(key) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      if (keys[i] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The keys by index. */
  long[] keysByIndex() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (slots[i] != 0) {
        out[slots[i] - 1] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldSlots[j] != 0) {
        int i = hash(oldKeys[j]) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 41));
  }

  static long[] grow(long[] a, int min) {
    return a.length >= min ? a : Arrays.copyOf(a, Math.max(min, a.length * 2));
  }
}
