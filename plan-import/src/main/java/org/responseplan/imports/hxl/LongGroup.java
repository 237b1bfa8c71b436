package org.responseplan.imports.hxl;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Money;

/** What the rows of one report in the long 5W layout gave so far ({@link ActivityMapping}). */
final class LongGroup {
  final long firstLine;
  long allLine;
  @Nullable Long newValue;
  @Nullable Long total;
  final @Nullable Long[] split = new Long[6];
  final long[] splitLine = new long[6];
  /** Total monthly beneficiaries of the split rows: line and value. */
  final List<long[]> splitTotals = new ArrayList<>();
  @Nullable Money cash;
  long cashLine;

  LongGroup(long firstLine) {
    this.firstLine = firstLine;
  }
}
