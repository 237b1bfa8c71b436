package org.responseplan.imports.hxl;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;

/**
 * What {@link ActivityStream} counts per column as the rows pass, in place of the report lines the mapping would
 * make one cell at a time: cells taken (mapped), blank cells with the first blank's line, and the non-blank cells of
 * columns no mapping reads with the first of them. {@link #report} turns them into the lines of the report.
 */
final class ColumnCounts {
  final long[] taken;
  final long[] blank;
  final long[] firstBlankLine;
  final long[] unusedNonBlank;
  final long[] firstUnusedLine;
  final String[] firstUnusedValue;

  ColumnCounts(int width) {
    taken = new long[width];
    blank = new long[width];
    firstBlankLine = new long[width];
    unusedNonBlank = new long[width];
    firstUnusedLine = new long[width];
    firstUnusedValue = new String[width];
  }

  /** A blank cell of a used column. */
  void blank(int c, long line) {
    if (blank[c]++ == 0) {
      firstBlankLine[c] = line;
    }
  }

  /** A non-blank cell of a column no mapping reads. */
  void unused(int c, long line, String value) {
    if (unusedNonBlank[c]++ == 0) {
      firstUnusedLine[c] = line;
      firstUnusedValue[c] = value;
    }
  }

  /** Adds the counts of a later part of the file, whose lines are relative to {@code base}. */
  void absorb(ColumnCounts o, long base) {
    for (int c = 0; c < taken.length; c++) {
      taken[c] += o.taken[c];
      if (o.blank[c] > 0 && blank[c] == 0) {
        firstBlankLine[c] = o.firstBlankLine[c] + base;
      }
      blank[c] += o.blank[c];
      if (o.unusedNonBlank[c] > 0 && unusedNonBlank[c] == 0) {
        firstUnusedLine[c] = o.firstUnusedLine[c] + base;
        firstUnusedValue[c] = o.firstUnusedValue[c];
      }
      unusedNonBlank[c] += o.unusedNonBlank[c];
    }
  }

  /**
   * Adds to {@code report} the lines of the fast rows, of the rows read by the mapping and of the columns no mapping
   * reads, merged line by line (counts added, the example of the earliest line kept), then the findings in file
   * order.
   */
  void report(ImportReport.Builder report, StreamLayout layout, SlowRows slow) {
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    Map<List<String>, String> examples = new HashMap<>();
    for (ImportReport.Line l : slow.rowLines()) {
      merge(counts, examples, key(l.action(), l.source(), l.target(), l.reason()), l.count(),
          l.example().isEmpty() ? null : l.example());
    }
    String blankReason = ActivityMapping.blankReason();
    ActivityMapping mapping = layout.mapping;
    for (int c = 0; c < taken.length; c++) {
      HxlTable.Column col = layout.table.columns().get(c);
      String label = mapping.label(col);
      if (!mapping.isUsed(col)) {
        String why = mapping.unusedReason(col);
        if (unusedNonBlank[c] == 0) {
          merge(counts, examples, key(ImportReport.Action.SKIPPED, label, "", why), 1, "the column is empty");
        } else {
          merge(counts, examples, key(ImportReport.Action.SKIPPED, label, "", why), unusedNonBlank[c],
              Problems.example(firstUnusedLine[c], firstUnusedValue[c]));
        }
        continue;
      }
      if (taken[c] > 0) {
        merge(counts, examples, key(ImportReport.Action.MAPPED, label, layout.target(c), ""), taken[c], null);
      }
      if (blank[c] > 0) {
        merge(counts, examples, key(ImportReport.Action.SKIPPED, label, "", blankReason), blank[c],
            Problems.example(firstBlankLine[c], null));
      }
    }
    counts.forEach((k, n) -> report.add(ImportReport.Action.valueOf(k.get(0)), k.get(1), k.get(2), k.get(3), n[0],
        examples.get(k)));
    slow.rowFindings().forEach(report::finding);
  }

  private static List<String> key(ImportReport.Action a, String source, String target, String reason) {
    return List.of(a.name(), source, target, reason);
  }

  private static void merge(Map<List<String>, long[]> counts, Map<List<String>, String> examples, List<String> k,
      long n, @Nullable String example) {
    counts.computeIfAbsent(k, x -> new long[1])[0] += n;
    if (example != null) {
      String old = examples.get(k);
      if (old == null || exampleLine(example) < exampleLine(old)) {
        examples.put(k, example);
      }
    }
  }

  /** The line of an example such as {@code line 4: Higiene}; examples without a line come last. */
  private static long exampleLine(String example) {
    if (!example.startsWith("line ")) {
      return Long.MAX_VALUE;
    }
    int end = 5;
    while (end < example.length() && Character.isDigit(example.charAt(end))) {
      end++;
    }
    return end == 5 ? Long.MAX_VALUE : Long.parseLong(example.substring(5, end));
  }
}
