package org.responseplan.imports.hxl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Scanning CSV bytes eight at a time: the next delimiter, and up to eight bytes as one {@code long}. */
final class ByteScan {
  private ByteScan() {}

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Up to 8 bytes of {@code b} from {@code s} as a little-endian long, bytes past {@code len} zero. */
  static long word(byte[] b, int s, int len) {
    if (len <= 0) {
      return 0;
    }
    if (s + 8 <= b.length) {
      long w = (long) LONGS.get(b, s);
      return len >= 8 ? w : w & ((1L << (len << 3)) - 1);
    }
    long w = 0;
    for (int i = Math.min(len, 8) - 1; i >= 0; i--) {
      w = w << 8 | (b[s + i] & 0xFF);
    }
    return w;
  }

  /** The bytes of {@code w} equal to the byte repeated in {@code pattern}: 0x80 in each such byte, else 0. */
  private static long equalBytes(long w, long pattern) {
    long x = w ^ pattern;
    long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
    return ~(t | x | 0x7F7F7F7F7F7F7F7FL);
  }

  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;
  private static final long QUOTES = 0x2222222222222222L;

  /** The offset of the next comma, line break or quote at or after {@code i} (before {@code n}), or {@code n}. */
  static int nextDelimiter(byte[] b, int i, int n) {
    while (i + 8 <= n) {
      long w = (long) LONGS.get(b, i);
      long m = equalBytes(w, COMMAS) | equalBytes(w, LFS) | equalBytes(w, CRS) | equalBytes(w, QUOTES);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
      i += 8;
    }
    while (i < n) {
      byte c = b[i];
      if (c == ',' || c == '\n' || c == '\r' || c == '"') {
        return i;
      }
      i++;
    }
    return n;
  }
}
