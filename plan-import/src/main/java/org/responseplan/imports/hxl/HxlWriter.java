package org.responseplan.imports.hxl;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.IndicatorTable;

/**
 * Writes HXL-tagged CSV: an {@link IndicatorTable} with a header row (the tidy column names) and a hashtag row, or
 * an {@link HxlTable} as it is. CSV as in RFC 4180: UTF-8 without a byte-order mark, lines ending in CRLF, a cell
 * quoted only when it holds a comma, a quote or a line break, numbers in plain notation, empty cells for missing
 * figures (never 0).
 *
 * <p>Indicator-table columns and their hashtags ({@link HxlReader#readIndicatorTable} reads them back, with the same
 * names and value types):
 *
 * <table>
 *   <caption>Columns and hashtags</caption>
 *   <tr><th>column</th><th>hashtag</th><th>read back as</th></tr>
 *   <tr><td>plan</td><td>{@code #activity+appeal+id}</td><td>text</td></tr>
 *   <tr><td>objective, objective_title</td><td>{@code #meta+objective}, {@code #meta+objective+name}</td>
 *       <td>text</td></tr>
 *   <tr><td>sector, sector_name</td><td>{@code #sector}, {@code #sector+name}</td><td>text</td></tr>
 *   <tr><td>country, country_name</td><td>{@code #country+code}, {@code #country+name}</td><td>text</td></tr>
 *   <tr><td>adm1, adm1_name, adm2, adm2_name</td><td>{@code #adm1+code}, {@code #adm1+name}, {@code #adm2+code},
 *       {@code #adm2+name}</td><td>text</td></tr>
 *   <tr><td>population_group, population_group_name</td><td>{@code #population+group},
 *       {@code #population+group+name}</td><td>text</td></tr>
 *   <tr><td>sex, age</td><td>{@code #x_sex}, {@code #x_age}</td><td>text</td></tr>
 *   <tr><td>subset, subset_name</td><td>{@code #x_subset}, {@code #x_subset+name}</td><td>text</td></tr>
 *   <tr><td>period</td><td>{@code #date+period}</td><td>text</td></tr>
 *   <tr><td>level, name</td><td>{@code #meta+level}, {@code #meta+name}</td><td>text</td></tr>
 *   <tr><td>requirements, funding</td><td>{@code #value+funding+required}, {@code #value+funding+total}</td>
 *       <td>decimal</td></tr>
 *   <tr><td>funding_coverage_pct</td><td>{@code #value+funding+pct}</td><td>decimal</td></tr>
 *   <tr><td>funding_gap, over_funding</td><td>{@code #value+funding+gap}, {@code #value+funding+over}</td>
 *       <td>decimal</td></tr>
 *   <tr><td>in_need, targeted, reached</td><td>{@code #inneed}, {@code #targeted}, {@code #reached}</td>
 *       <td>whole number</td></tr>
 *   <tr><td>total_monthly_beneficiaries</td><td>{@code #reached+total}</td><td>whole number</td></tr>
 *   <tr><td>need_coverage_pct, reach_coverage_pct</td>
 *       <td>{@code #indicator+need_coverage+pct}, {@code #indicator+reach_coverage+pct}</td><td>decimal</td></tr>
 *   <tr><td>cost_per_person_targeted</td><td>{@code #indicator+cost_per_person_targeted}</td><td>decimal</td></tr>
 *   <tr><td>currency</td><td>{@code #currency}</td><td>text</td></tr>
 *   <tr><td>total_population, affected, expected_reach</td><td>{@code #population}, {@code #affected},
 *       {@code #indicator+expected_reach}</td><td>whole number</td></tr>
 *   <tr><td>any other dimension / measure</td><td>{@code #meta+NAME} / {@code #indicator+NAME}</td>
 *       <td>text / inferred</td></tr>
 * </table>
 */
public final class HxlWriter {
  private HxlWriter() {}

  /**
   * The hashtag an indicator-table column is written with (see the table above).
   *
   * @param column the tidy column name, such as {@code need_coverage_pct}
   * @param measure true for a measure column, false for a dimension: a name not in the table becomes
   *     {@code #indicator+NAME} as a measure and {@code #meta+NAME} as a dimension, {@code NAME} being the name in
   *     lower case with every character other than a letter, digit or {@code _} replaced by {@code _}
   * @return the hashtag
   */
  public static HxlTag hashtag(String column, boolean measure) {
    return IndicatorTags.tag(column, measure);
  }

  /**
   * An indicator table as HXL CSV text.
   *
   * @param table the table
   * @return the header row, the hashtag row and one line per row, each ending in CRLF
   */
  public static String toHxl(IndicatorTable table) {
    StringBuilder b = new StringBuilder();
    try {
      write(table, b);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringBuilder does not fail
    }
    return b.toString();
  }

  /**
   * Writes an indicator table as HXL CSV to a file, as {@link #toHxl(IndicatorTable)} gives it.
   *
   * @param table the table
   * @param file the file, created or overwritten
   * @throws IOException when the file cannot be written
   */
  public static void write(IndicatorTable table, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(table, w);
    }
  }

  /**
   * Writes an indicator table as HXL CSV, as {@link #toHxl(IndicatorTable)} gives it.
   *
   * @param table the table
   * @param out where to write; not flushed or closed
   * @throws IOException when {@code out} fails
   */
  public static void write(IndicatorTable table, Appendable out) throws IOException {
    row(out, new ArrayList<>(table.columns()));
    List<String> tags = new ArrayList<>();
    for (String d : table.dimensions()) {
      tags.add(hashtag(d, false).toString());
    }
    for (String m : table.measures()) {
      tags.add(hashtag(m, true).toString());
    }
    row(out, tags);
    for (List<@Nullable Object> r : table.rows()) {
      row(out, r);
    }
  }

  /**
   * An HXL table as text: its header rows as read, its hashtag row (normalised tags, an empty cell for an untagged
   * column), its rows as read.
   *
   * @param table the table
   * @return the CSV text, each line ending in CRLF
   */
  public static String toHxl(HxlTable table) {
    StringBuilder b = new StringBuilder();
    try {
      write(table, b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return b.toString();
  }

  /**
   * Writes an HXL table to a file, as {@link #toHxl(HxlTable)} gives it.
   *
   * @param table the table
   * @param file the file, created or overwritten
   * @throws IOException when the file cannot be written
   */
  public static void write(HxlTable table, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(table, w);
    }
  }

  /**
   * Writes an HXL table, as {@link #toHxl(HxlTable)} gives it.
   *
   * @param table the table
   * @param out where to write; not flushed or closed
   * @throws IOException when {@code out} fails
   */
  public static void write(HxlTable table, Appendable out) throws IOException {
    for (List<String> h : table.headerRows()) {
      row(out, h);
    }
    List<String> tags = new ArrayList<>();
    for (HxlTable.Column c : table.columns()) {
      tags.add(c.tag() == null ? "" : c.tag().toString());
    }
    row(out, tags);
    for (HxlTable.Row r : table.rows()) {
      row(out, r.values());
    }
  }

  /** The columns of {@link #writeActivityReports}: header, hashtag. */
  private static final String[][] REPORT_COLUMNS = {
      {"reporting_organisation", "#org+reporting"}, {"implementing_organisation", "#org+impl"},
      {"sector", "#sector+code"}, {"activity", "#activity"}, {"country", "#country+code"},
      {"adm1", "#adm1+code"}, {"adm2", "#adm2+code"}, {"month", "#date+month"},
      {"population_group", "#population+group"}, {"modality", "#modality"},
      {"new_beneficiaries", "#reached+new"}, {"total_monthly_beneficiaries", "#reached+total"},
      {"girls", "#reached+f+children"}, {"boys", "#reached+m+children"}, {"other_under_18", "#reached+i+children"},
      {"women", "#reached+f+adults"}, {"men", "#reached+m+adults"}, {"other_adults", "#reached+i+adults"},
      {"cash_transferred", "#value+cash"}, {"currency", "#currency"}};

  /**
   * 5W activity reports as HXL CSV, one row per report, in the hashtags {@link HxlReader#readActivityReports} reads
   * first (wide layout): {@code #org+reporting}, {@code #org+impl}, {@code #sector+code}, {@code #activity},
   * {@code #country+code}, {@code #adm1+code}, {@code #adm2+code}, {@code #date+month}, {@code #population+group},
   * {@code #modality}, {@code #reached+new}, {@code #reached+total}, the split {@code #reached+f|m|i+children|adults},
   * {@code #value+cash}, {@code #currency}. Reading the output gives the same reports.
   *
   * @param reports the reports, written in this order; none gives the two head rows only
   * @param out where to write; not flushed or closed
   * @throws IOException when {@code out} fails
   */
  public static void writeActivityReports(List<ActivityReport> reports, Appendable out) throws IOException {
    writeActivityReportHeader(out);
    for (ActivityReport r : reports) {
      writeActivityReport(r, out);
    }
  }

  /**
   * The two head rows of {@link #writeActivityReports}: the column names and the hashtag row. With
   * {@link #writeActivityReport} for each report, the same text as writeActivityReports, one report at a time.
   *
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void writeActivityReportHeader(Appendable out) throws IOException {
    List<String> headers = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String[] c : REPORT_COLUMNS) {
      headers.add(c[0]);
      tags.add(c[1]);
    }
    row(out, headers);
    row(out, tags);
  }

  /**
   * One report as a row of {@link #writeActivityReports}, after {@link #writeActivityReportHeader}.
   *
   * @param r the report
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void writeActivityReport(ActivityReport r, Appendable out) throws IOException {
    List<@Nullable Object> cells = new ArrayList<>(REPORT_COLUMNS.length);
    cells.add(r.reportingOrganisation());
    cells.add(r.implementingOrganisation());
    cells.add(r.sector());
    cells.add(r.activity());
    cells.add(r.country());
    cells.add(r.adm1());
    cells.add(r.adm2());
    cells.add(r.month().toString());
    cells.add(r.populationGroup());
    cells.add(r.modality() == null ? null : r.modality().jsonName());
    cells.add(r.newBeneficiaries());
    cells.add(r.totalMonthlyBeneficiaries());
    cells.addAll(r.split());
    cells.add(r.cashTransferred() == null ? null : r.cashTransferred().amount());
    cells.add(r.cashTransferred() == null ? null : r.cashTransferred().currency());
    row(out, cells);
  }

  /**
   * {@link #writeActivityReports(List, Appendable)} as text.
   *
   * @param reports the reports, written in this order
   * @return the CSV text, each line ending in CRLF
   */
  public static String activityReportsToHxl(List<ActivityReport> reports) {
    StringBuilder b = new StringBuilder();
    try {
      writeActivityReports(reports, b);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringBuilder does not fail
    }
    return b.toString();
  }

  private static void row(Appendable out, List<? extends @Nullable Object> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(IndicatorTable.csvCell(cells.get(i)));
    }
    out.append("\r\n");
  }
}
