package org.responseplan.imports.hxl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.hxl.Values.Parsed;
import org.responseplan.model.validation.Rule;

/**
 * Aggregation of an HXL table, like libhxl's {@code count} with an aggregate column: group the rows by the values of
 * some columns and sum another.
 *
 * <pre>{@code
 * HxlTable in = HxlReader.create().readTable(file).value();
 * HxlTable out = HxlAggregate.sum(in, List.of(HxlTag.parse("#org"), HxlTag.parse("#adm1")),
 *     HxlTag.parse("#targeted")).value();
 * String csv = HxlWriter.toHxl(out);
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 *   <li>Columns are found by {@linkplain HxlTag#matches exact matching}; when several match a query, the first is
 *       used and the others are reported as skipped.
 *   <li>The result has one header row and one hashtag row: the group columns keep their headers and tags; the sum
 *       column is headed {@code Total <hashtag>} and tagged with the query plus {@code +total}
 *       ({@code #targeted} gives {@code #targeted+total}).
 *   <li>One row per distinct combination of group values (surrounding whitespace ignored), sorted by those values
 *       in Unicode code-point order, column by column.
 *   <li>The sum is exact (decimal) and written in plain notation ({@code 200}, {@code 12.5}). A group whose values
 *       are all blank has a blank sum, not 0. A value that is not a number is a finding and is left out of the sum.
 * </ul>
 */
public final class HxlAggregate {
  private HxlAggregate() {}

  /**
   * Groups {@code table} by {@code groupBy} and sums {@code measure}, with findings in English.
   *
   * @param table the table to aggregate, as read by {@link HxlReader#readTable(java.nio.file.Path)}
   * @param groupBy the queries of the group columns, in the order of the output columns; empty gives a single
   *     group of all rows
   * @param measure the query of the column to sum
   * @return the aggregated table and its import report; an empty table when a group column or the summed column is
   *     missing, with a {@code required-field} finding naming the query
   */
  public static ImportResult<HxlTable> sum(HxlTable table, List<HxlTag> groupBy, HxlTag measure) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    Problems p = new Problems(report, Locale.ENGLISH);
    Columns cols = new Columns(table);
    List<HxlTable.Column> keys = new ArrayList<>();
    boolean missing = false;
    for (HxlTag q : groupBy) {
      HxlTable.Column c = cols.pick("/group/" + q, List.of(q));
      if (c == null) {
        missing = true;
        p.add(Rule.REQUIRED_FIELD, null, table.hashtagLine(), -1, q.toString(), "no column matches " + q);
      } else {
        keys.add(c);
      }
    }
    HxlTable.Column sumColumn = cols.pick("/sum", List.of(measure));
    if (sumColumn == null) {
      missing = true;
      p.add(Rule.REQUIRED_FIELD, null, table.hashtagLine(), -1, measure.toString(), "no column matches " + measure);
    }
    if (missing || sumColumn == null) {
      cols.reportUnused(p, c -> "the aggregation cannot run: a column is missing");
      return new ImportResult<>(HxlTable.empty(), report.build());
    }
    Map<List<String>, BigDecimal[]> groups = new TreeMap<>(HxlAggregate::compare);
    for (HxlTable.Row r : table.rows()) {
      List<String> key = new ArrayList<>(keys.size());
      for (HxlTable.Column c : keys) {
        String v = r.get(c).strip();
        key.add(v);
        if (!v.isEmpty()) {
          p.report.mapped(cols.label(c), "/group/" + c.tag());
        }
      }
      BigDecimal[] acc = groups.computeIfAbsent(key, k -> new BigDecimal[1]);
      String raw = r.get(sumColumn);
      Parsed<BigDecimal> v = Values.decimal(raw);
      String label = cols.label(sumColumn);
      String problem = v.problem();
      if (problem != null) {
        p.add(Rule.INVALID_VALUE, null, r.line(), sumColumn.index(), label, raw.strip(), problem);
        p.report.skipped(label, "not a number: left out of the sum", Problems.example(r.line(), raw));
      } else if (v.value() == null) {
        p.report.skipped(label, "blank: not reported, adds nothing (a group of blanks has a blank sum)",
            Problems.example(r.line(), null));
      } else {
        acc[0] = acc[0] == null ? v.value() : acc[0].add(v.value());
        p.report.mapped(label, "/sum");
      }
    }
    cols.reportUnused(p, c -> "neither a group column nor the summed column");
    List<HxlTable.Column> outColumns = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    for (HxlTable.Column c : keys) {
      outColumns.add(new HxlTable.Column(outColumns.size(), c.tag(), c.header()));
      headers.add(c.header());
    }
    String sumHeader = "Total " + measure.hashtag();
    outColumns.add(new HxlTable.Column(outColumns.size(), measure.with("total"), sumHeader));
    headers.add(sumHeader);
    List<HxlTable.Row> rows = new ArrayList<>(groups.size());
    groups.forEach((key, acc) -> {
      List<String> values = new ArrayList<>(key);
      values.add(acc[0] == null ? "" : acc[0].toPlainString());
      rows.add(new HxlTable.Row(0, values));
    });
    return new ImportResult<>(new HxlTable(List.of(headers), outColumns, rows, 0), report.build());
  }

  /** Lists of strings, element by element, in Unicode code-point order. */
  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
