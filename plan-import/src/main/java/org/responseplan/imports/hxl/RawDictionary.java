package org.responseplan.imports.hxl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Raw cell bytes to a value (an id, or -1 for "read the slow way"), by open addressing. Keys of up to 16 bytes are
 * compared as two longs; longer ones also byte by byte.
 */
final class RawDictionary {
  private long[] k0 = new long[32];
  private long[] k1 = new long[32];
  private int[] lens = new int[32];
  private byte[][] longKeys = new byte[32][];
  private int[] slots = new int[64];
  int[] value = new int[32];
  private int size;
  /** For text columns: the decoded text of each raw id. */
  final List<String> names = new ArrayList<>();
  /** For countries: the distinct codes, by value. */
  final List<String> byValue = new ArrayList<>();

  int find(byte[] b, int s, int e) {
    int len = e - s;
    long w0 = ByteScan.word(b, s, len);
    long w1 = len > 8 ? ByteScan.word(b, s + 8, len - 8) : 0;
    int mask = slots.length - 1;
    int i = hash(w0, w1, len) & mask;
    while (true) {
      int slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      int id = slot - 1;
      if (k0[id] == w0 && k1[id] == w1 && lens[id] == len
          && (len <= 16 || Arrays.equals(longKeys[id], 0, len, b, s, e))) {
        return id;
      }
      i = (i + 1) & mask;
    }
  }

  int add(byte[] b, int s, int e, int v) {
    if (size == k0.length) {
      k0 = Arrays.copyOf(k0, size * 2);
      k1 = Arrays.copyOf(k1, size * 2);
      lens = Arrays.copyOf(lens, size * 2);
      longKeys = Arrays.copyOf(longKeys, size * 2);
      value = Arrays.copyOf(value, size * 2);
    }
    int len = e - s;
    k0[size] = ByteScan.word(b, s, len);
    k1[size] = len > 8 ? ByteScan.word(b, s + 8, len - 8) : 0;
    lens[size] = len;
    longKeys[size] = len > 16 ? Arrays.copyOfRange(b, s, e) : null;
    value[size] = v;
    size++;
    if (size * 2 > slots.length) {
      slots = new int[slots.length * 2];
      for (int k = 0; k < size; k++) {
        place(k);
      }
    } else {
      place(size - 1);
    }
    return size - 1;
  }

  private void place(int k) {
    int mask = slots.length - 1;
    int i = hash(k0[k], k1[k], lens[k]) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = k + 1;
  }

  private static int hash(long w0, long w1, int len) {
    long h = (w0 * 0x9E3779B97F4A7C15L + w1) * 0xC2B2AE3D27D4EB4FL + len;
    return (int) (h ^ (h >>> 32) ^ (h >>> 47));
  }
}
