package org.responseplan.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoSerializable;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.imports.hxl.HxlTable;
import org.responseplan.imports.hxl.HxlTag;

/**
 * 5W activity reports from a Spark data frame, read with the HXL reader's own column mapping
 * ({@code docs/formats/hxl.md}): columns named by HXL hashtags ({@code #sector+code}, {@code #adm1+code},
 * {@code #reached+new}, ...) or by plain names ({@code sector}, {@code adm1}, {@code new_beneficiaries}, ... see
 * {@link #PLAIN_NAMES}), in the wide or the long layout.
 *
 * <pre>{@code
 * FiveW fivew = FiveW.fromDataFrame(df);           // or FiveW.fromHxlCsv(spark, "5w.csv")
 * Dataset<Row> reports = fivew.reports();           // one row per activity report, standard column names
 * FiveW.Aggregated a = fivew.aggregate();           // one pass: the library's ReachAggregator, merged, and the report
 * a.aggregator().result(Dimension.COUNTRY);         // an IndicatorTable, as on one machine
 * System.out.print(a.report().toText());            // every column and row not read, and why; findings per rule
 * }</pre>
 *
 * <p>Each partition is mapped a chunk of rows at a time by {@link HxlReader#activityReports(HxlTable)}, so every
 * mapping decision (which column gives which field, how counts and months are read, what is derived, what is a
 * finding) is the reader's. Bad rows are never dropped silently: rows and columns the mapping cannot use are in
 * {@link FiveWReport#lines()} ({@code skipped}, with the reason) and findings per rule; reports with a problem that
 * keeps them out of the figures (a negative count, no sector or country, no figures, a month out of range) are
 * counted per rule by the aggregator's {@code problems()}.
 *
 * <p>Line numbers in findings are a line column's values ({@link #withLineColumn}, and the file's lines for
 * {@link #fromHxlCsv}); otherwise the row's position within its Spark partition.
 */
public final class FiveW {
  /**
   * Plain column names and the hashtag each stands for. Names are compared in lower case with everything but
   * letters and digits removed, so {@code new_beneficiaries}, {@code newBeneficiaries} and {@code New beneficiaries}
   * are one name. These are the names {@link #reports()} writes, so its output reads back the same.
   */
  public static final Map<String, String> PLAIN_NAMES = plainNames();

  /** The columns {@link #reports()} has, in order. */
  public static final StructType REPORT_SCHEMA = new StructType()
      .add("reporting_organisation", DataTypes.StringType)
      .add("implementing_organisation", DataTypes.StringType)
      .add("sector", DataTypes.StringType)
      .add("activity", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("adm1", DataTypes.StringType)
      .add("adm2", DataTypes.StringType)
      .add("month", DataTypes.StringType)
      .add("population_group", DataTypes.StringType)
      .add("new_beneficiaries", DataTypes.LongType)
      .add("total_monthly_beneficiaries", DataTypes.LongType)
      .add("girls", DataTypes.LongType)
      .add("boys", DataTypes.LongType)
      .add("other_under_18", DataTypes.LongType)
      .add("women", DataTypes.LongType)
      .add("men", DataTypes.LongType)
      .add("other_adults", DataTypes.LongType)
      .add("modality", DataTypes.StringType)
      .add("cash_transferred", DataTypes.createDecimalType(38, 18))
      .add("currency", DataTypes.StringType);

  /** Hashtags whose presence makes a table long (one row per sex and age band), as the HXL mapping reads them. */
  private static final List<HxlTag> LONG_MARKERS = tags("#population+sex", "#sex", "#x_sex", "#population+age",
      "#age", "#x_age");
  /** The country column of the mapping, in order of preference; its values keep a long report's rows together. */
  private static final List<HxlTag> COUNTRY = tags("#country+code", "#country+code+v_iso3", "#country");
  private static final String LINE = "__rp_line";
  private static final String CELLS = "__rp_cells";
  private static final String KEY = "__rp_key";

  /**
   * How one column of the data frame is read.
   *
   * @param column the column's name in the data frame
   * @param hashtag the hashtag it is read as, or null when untagged (reported as skipped)
   * @param how {@code hashtag} (the name is one), {@code plain name}, {@code given} (by the caller),
   *     {@code hashtag row} (from an HXL file), or {@code untagged}
   */
  public record ColumnMapping(String column, @Nullable String hashtag, String how) {}

  /**
   * The result of {@link #aggregate()}: the library's aggregator over every report, merged from the partitions, and
   * the report of reading.
   */
  public record Aggregated(ReachAggregator aggregator, FiveWReport report) {}

  private final Dataset<Row> data;
  private final List<ColumnMapping> columns;
  private final List<String> headers;
  /** For {@link #fromHxlCsv}: the array column of each line's cells; the columns are positions in it. */
  private final @Nullable String cellsColumn;
  private final @Nullable String lineColumn;
  private final @Nullable YearMonth defaultMonth;
  private final Locale locale;
  /** For {@link #fromHxlCsv}: the file's rows down to the hashtag row, as CSV, for the table-level report. */
  private final @Nullable String head;

  private FiveW(Dataset<Row> data, List<ColumnMapping> columns, List<String> headers, @Nullable String cellsColumn,
      @Nullable String lineColumn, @Nullable YearMonth defaultMonth, Locale locale, @Nullable String head) {
    this.cellsColumn = cellsColumn;
    this.data = data;
    this.columns = List.copyOf(columns);
    this.headers = List.copyOf(headers);
    this.lineColumn = lineColumn;
    this.defaultMonth = defaultMonth;
    this.locale = locale;
    this.head = head;
  }

  // ---- sources ----

  /**
   * A data frame whose columns are named by hashtags or {@linkplain #PLAIN_NAMES plain names}; a column named by
   * neither is untagged, reported as skipped.
   *
   * @param df the 5W rows, one activity report per row (wide layout) or per sex and age band (long layout)
   * @return the source, read lazily; messages in English
   */
  public static FiveW fromDataFrame(Dataset<Row> df) {
    return fromDataFrame(df, Map.of());
  }

  /**
   * A data frame, with the hashtags of some columns given ({@code "Sector" -> "#sector"}); the other columns are
   * read by their names as in {@link #fromDataFrame(Dataset)}.
   *
   * @param df the 5W rows
   * @param hashtags the hashtag of some columns, by column name; empty reads every column by its name
   * @return the source, read lazily; messages in English
   * @throws IllegalArgumentException when a given hashtag is not one, or names no column of {@code df}
   */
  public static FiveW fromDataFrame(Dataset<Row> df, Map<String, String> hashtags) {
    List<String> names = List.of(df.columns());
    for (Map.Entry<String, String> e : hashtags.entrySet()) {
      if (!names.contains(e.getKey())) {
        throw new IllegalArgumentException("no column " + e.getKey() + " in the data frame; its columns are " + names);
      }
      HxlTag.parse(e.getValue());
    }
    List<ColumnMapping> cols = new ArrayList<>();
    for (String name : names) {
      String given = hashtags.get(name);
      if (given != null) {
        cols.add(new ColumnMapping(name, HxlTag.parse(given).toString(), "given"));
        continue;
      }
      Optional<HxlTag> tag = HxlTag.tryParse(name);
      if (tag.isPresent()) {
        cols.add(new ColumnMapping(name, tag.get().toString(), "hashtag"));
        continue;
      }
      String plain = PLAIN_NAMES.get(normalise(name));
      cols.add(plain != null ? new ColumnMapping(name, plain, "plain name") : new ColumnMapping(name, null,
          "untagged"));
    }
    return new FiveW(df, cols, names, null, null, null, Locale.ENGLISH, null);
  }

  /**
   * One HXL-tagged CSV file (UTF-8, RFC 4180 quoting, one row per line): the hashtag row is found among the first
   * {@value HxlReader#HASHTAG_ROW_SEARCH} rows as the HXL reader finds it, the rows above it are header rows, and
   * findings carry the file's line numbers. The report then equals {@code HxlReader.readActivityReports} on the same
   * file. Cells with line breaks, other encodings and directories of files are not read this way: read them into a
   * data frame and use {@link #fromDataFrame}.
   *
   * @param spark the session that reads the file
   * @param path the file, as Spark's {@code spark.read().text(path)} takes it (a local path or a URI of a file system
   *     Spark reaches); a path Spark cannot read fails as Spark fails, with its own exception
   * @return the source, the data rows below the hashtag row; with no hashtag row, no rows and an {@code unreadable}
   *     finding in the report. Messages in English
   */
  public static FiveW fromHxlCsv(SparkSession spark, String path) {
    // Line by line, so that a row is a line of the file (its number is the file's) and the cells are split by the
    // library's own CSV reader, as HxlReader splits them; cells past the last column are kept, to be reported.
    Dataset<Row> text = spark.read().text(path);
    JavaRDD<Row> numbered = text.select(text.col("value").cast("binary")).javaRDD().zipWithIndex().map(t -> {
      byte[] bytes = (byte[]) t._1().get(0);
      long line = t._2() + 1;
      return RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(cells(bytes, line == 1)).toSeq(), line);
    });
    StructType schema = new StructType()
        .add(CELLS, DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add(LINE, DataTypes.LongType, false);
    Dataset<Row> lines = spark.createDataFrame(numbered, schema);
    List<Row> first = new ArrayList<>(lines.filter(lines.col(LINE).leq(HxlReader.HASHTAG_ROW_SEARCH))
        .collectAsList());
    first.sort((a, b) -> Long.compare(a.getLong(1), b.getLong(1)));
    HxlTable table = HxlReader.create().readTable(csv(first, Long.MAX_VALUE)).value();
    long hashtagLine = table.hashtagLine();
    List<ColumnMapping> cols = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    for (HxlTable.Column c : table.columns()) {
      cols.add(new ColumnMapping("column " + (c.index() + 1), c.tag() == null ? null : c.tag().toString(),
          c.tag() == null ? "untagged" : "hashtag row"));
      headers.add(c.header());
    }
    Dataset<Row> rows = hashtagLine == 0 ? lines.limit(0) : lines.filter(lines.col(LINE).gt(hashtagLine));
    String head = new String(csv(first, hashtagLine == 0 ? Long.MAX_VALUE : hashtagLine).readAllBytes(),
        StandardCharsets.UTF_8);
    return new FiveW(rows, cols, headers, CELLS, LINE, null, Locale.ENGLISH, head);
  }

  /** The cells of one line of a CSV file: UTF-8 (a byte-order mark on the first line skipped), else Latin-1. */
  private static List<String> cells(byte[] bytes, boolean first) throws java.io.IOException {
    int from = first && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      line = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    }
    return HxlReader.cellsOf(line);
  }

  /** Rows of cells back to CSV text (UTF-8), down to line {@code last}. */
  private static ByteArrayInputStream csv(List<Row> rows, long last) {
    StringBuilder b = new StringBuilder();
    for (Row r : rows) {
      if (r.getLong(1) > last) {
        break;
      }
      List<String> cells = r.getList(0);
      for (int i = 0; i < cells.size(); i++) {
        String v = cells.get(i);
        b.append(i > 0 ? "," : "").append(v.isEmpty() ? "" : '"' + v.replace("\"", "\"\"") + '"');
      }
      b.append("\r\n");
    }
    return new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  // ---- options ----

  /**
   * The same data read with line numbers from {@code column} (whole numbers), for findings and examples; the
   * column itself is not read as 5W data.
   *
   * @param column the name of a column of whole numbers in the data frame
   * @return a copy of this source with that line column
   * @throws IllegalArgumentException when the data frame has no such column, or when this source is an HXL file
   *     ({@link #fromHxlCsv}), whose lines are the file's already
   */
  public FiveW withLineColumn(String column) {
    if (cellsColumn != null || !List.of(data.columns()).contains(column)) {
      throw new IllegalArgumentException("no column " + column + " in the data frame");
    }
    List<ColumnMapping> cols = new ArrayList<>();
    List<String> hs = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).column().equals(column)) {
        cols.add(columns.get(i));
        hs.add(headers.get(i));
      }
    }
    return new FiveW(data, cols, hs, cellsColumn, column, defaultMonth, locale, head);
  }

  /**
   * As {@link HxlReader#withDefaultMonth}: the month of rows that give none, each use reported as defaulted.
   *
   * @param month the month of rows without one, or null for none (such rows are then skipped with a finding)
   * @return a copy of this source with that default month
   */
  public FiveW withDefaultMonth(@Nullable YearMonth month) {
    return new FiveW(data, columns, headers, cellsColumn, lineColumn, month, locale, head);
  }

  /**
   * Finding messages in {@code newLocale} (English and Spanish are provided).
   *
   * @param newLocale the language of the messages; a language other than English or Spanish gives English; never
   *     null
   * @return a copy of this source with that locale
   * @throws NullPointerException when {@code newLocale} is null
   */
  public FiveW withLocale(Locale newLocale) {
    return new FiveW(data, columns, headers, cellsColumn, lineColumn, defaultMonth, Objects.requireNonNull(newLocale),
        head);
  }

  /**
   * How each column is read, in the data frame's order.
   *
   * @return one mapping per column (the line column left out); unmodifiable
   */
  public List<ColumnMapping> columns() {
    return columns;
  }

  /**
   * Whether the table is in the long layout (a sex or age column), whose rows of one report are combined.
   *
   * @return true for the long layout, false for the wide one
   */
  public boolean isLongLayout() {
    for (ColumnMapping c : columns) {
      if (c.hashtag() != null && LONG_MARKERS.stream().anyMatch(q -> q.matches(HxlTag.parse(c.hashtag())))) {
        return true;
      }
    }
    return false;
  }

  // ---- reading ----

  /**
   * The activity reports, one row each, with the columns of {@link #REPORT_SCHEMA} (text not reported as null).
   * Lazy: nothing is read until an action runs. Their report is {@link #importReport()}.
   *
   * @return a data frame of {@link #REPORT_SCHEMA}; rows that cannot be mapped are not in it (they are in the
   *     report)
   */
  public Dataset<Row> reports() {
    FiveWMapper mapper = mapper();
    return prepared().mapPartitions((MapPartitionsFunction<Row, Row>) rows -> reportRows(mapper.chunks(rows)),
        Encoders.row(REPORT_SCHEMA));
  }

  /** The rows of the reports of each chunk, one chunk after the other (static: nothing of FiveW is captured). */
  private static Iterator<Row> reportRows(Iterator<FiveWMapper.Chunk> chunks) {
    return new Iterator<>() {
      Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && chunks.hasNext()) {
          List<Row> out = new ArrayList<>();
          for (ActivityReport r : chunks.next().result().value()) {
            out.add(row(r));
          }
          current = out.iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * The report of reading every row (one pass over the data, run now).
   *
   * @return the report: what each column gave, what was skipped and why, findings per rule
   */
  public FiveWReport importReport() {
    FiveWMapper mapper = mapper();
    FiveWReport rows = prepared().mapPartitions((MapPartitionsFunction<Row, FiveWReport>) it -> {
      FiveWReport r = new FiveWReport();
      mapper.chunks(it).forEachRemaining(c -> {
        r.add(c.result().report(), false);
        r.rows(c.rows(), c.result().value().size());
      });
      return List.of(r).iterator();
    }, Encoders.kryo(FiveWReport.class)).collectAsList().stream().reduce(new FiveWReport(), FiveWReport::merge);
    return rows.withTable(tableReport(mapper));
  }

  /**
   * Reads every row and aggregates every report in one pass: a {@link ReachAggregator} per partition, merged with
   * its {@code merge} on the driver (one per partition comes back), and the report of reading.
   *
   * @return the merged aggregator and the report; an empty aggregator when no row could be mapped
   */
  public Aggregated aggregate() {
    FiveWMapper mapper = mapper();
    Partial p = prepared().mapPartitions((MapPartitionsFunction<Row, Partial>) it -> {
      Partial part = new Partial();
      mapper.chunks(it).forEachRemaining(c -> {
        part.report.add(c.result().report(), false);
        part.report.rows(c.rows(), c.result().value().size());
        part.aggregator.addAll(c.result().value());
      });
      return List.of(part).iterator();
    }, Encoders.kryo(Partial.class)).collectAsList().stream().reduce(new Partial(), (a, b) -> {
      a.aggregator.merge(b.aggregator);
      a.report.merge(b.report);
      return a;
    });
    return new Aggregated(p.aggregator, p.report.withTable(tableReport(mapper)));
  }

  /** What a partition gives {@link #aggregate()}: public only because Spark's Kryo encoder needs it to be. */
  public static final class Partial implements KryoSerializable {
    ReachAggregator aggregator = ReachAggregator.create();
    FiveWReport report = new FiveWReport();

    Partial() {}

    @Override
    public void write(Kryo kryo, Output out) {
      KryoBytes.write(out, aggregator);
      report.write(kryo, out);
    }

    @Override
    public void read(Kryo kryo, Input in) {
      aggregator = KryoBytes.read(in);
      report = new FiveWReport();
      report.read(kryo, in);
    }
  }

  /** The table-level report: the mapping run on the columns alone (the file's head for an HXL file). */
  private ImportReport tableReport(FiveWMapper mapper) {
    HxlReader reader = mapper.reader();
    if (head != null) {
      return reader.readActivityReports(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8))).report();
    }
    return reader.activityReports(new HxlTable(List.of(), mapper.columns(), List.of(), 0)).report();
  }

  private FiveWMapper mapper() {
    String[] names = data.columns();
    int[] positions = new int[columns.size()];
    String[] tags = new String[columns.size()];
    String[] hs = new String[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      positions[i] = cellsColumn != null ? i : List.of(names).indexOf(columns.get(i).column());
      tags[i] = columns.get(i).hashtag();
      hs[i] = headers.get(i);
    }
    int line = lineColumn == null ? -1 : List.of(names).indexOf(lineColumn);
    int key = isLongLayout() ? names.length : -1;
    int cells = cellsColumn == null ? -1 : List.of(names).indexOf(cellsColumn);
    return new FiveWMapper(positions, tags, hs, cells, line, key, defaultMonth, locale);
  }

  /**
   * The data as the mapper reads it. In the long layout, the rows of one report must reach the same chunk: they are
   * partitioned and sorted by their country as the mapping reads it (the stripped text of the column it picks),
   * which every row of a report shares, then by line.
   */
  private Dataset<Row> prepared() {
    if (!isLongLayout()) {
      return data;
    }
    int country = -1;
    for (HxlTag q : COUNTRY) {
      for (int i = 0; i < columns.size(); i++) {
        String t = columns.get(i).hashtag();
        if (country < 0 && t != null && q.matches(HxlTag.parse(t))) {
          country = i;
        }
      }
    }
    int at = country;
    FiveWMapper mapper = mapper();
    StructType schema = data.schema().add(KEY, DataTypes.StringType, false);
    Dataset<Row> keyed = data.map((MapFunction<Row, Row>) r -> {
      Object[] v = new Object[r.size() + 1];
      for (int i = 0; i < r.size(); i++) {
        v[i] = r.get(i);
      }
      v[r.size()] = at < 0 ? "" : mapper.cell(r, at).strip();
      return RowFactory.create(v);
    }, Encoders.row(schema));
    Dataset<Row> partitioned = keyed.repartition(keyed.col(KEY));
    return lineColumn == null ? partitioned.sortWithinPartitions(KEY)
        : partitioned.sortWithinPartitions(keyed.col(KEY), keyed.col(lineColumn));
  }

  private static Row row(ActivityReport r) {
    return RowFactory.create(nullIfEmpty(r.reportingOrganisation()), nullIfEmpty(r.implementingOrganisation()),
        nullIfEmpty(r.sector()), nullIfEmpty(r.activity()), nullIfEmpty(r.country()), nullIfEmpty(r.adm1()),
        nullIfEmpty(r.adm2()), r.month().toString(), nullIfEmpty(r.populationGroup()), r.newBeneficiaries(),
        r.totalMonthlyBeneficiaries(), r.girls(), r.boys(), r.otherUnder18(), r.women(), r.men(), r.otherAdults(),
        r.modality() == null ? null : r.modality().jsonName(),
        r.cashTransferred() == null ? null : r.cashTransferred().amount(),
        r.cashTransferred() == null ? null : r.cashTransferred().currency());
  }

  private static @Nullable String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  // ---- names ----

  static String normalise(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Map<String, String> plainNames() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "#org+reporting", "reporting_organisation", "reporting_organization", "reporting_org");
    put(m, "#org+impl", "implementing_organisation", "implementing_organization", "implementing_org",
        "implementing_partner");
    put(m, "#org", "organisation", "organization", "org");
    put(m, "#sector", "sector", "cluster");
    put(m, "#activity", "activity");
    put(m, "#country+code", "country", "country_code", "iso3");
    put(m, "#adm1+code", "adm1", "admin1", "adm1_code", "admin1_code", "adm1_pcode");
    put(m, "#adm2+code", "adm2", "admin2", "adm2_code", "admin2_code", "adm2_pcode");
    put(m, "#date+month", "month", "period", "reporting_month");
    put(m, "#population+group", "population_group", "population_type");
    put(m, "#reached+new", "new_beneficiaries", "reached_new");
    put(m, "#reached", "reached");
    put(m, "#reached+total", "total_monthly_beneficiaries", "reached_total");
    put(m, "#reached+f+children", "girls");
    put(m, "#reached+m+children", "boys");
    put(m, "#reached+i+children", "other_under_18");
    put(m, "#reached+f+adults", "women");
    put(m, "#reached+m+adults", "men");
    put(m, "#reached+i+adults", "other_adults");
    put(m, "#modality", "modality");
    put(m, "#value+cash", "cash_transferred", "cash");
    put(m, "#currency", "currency");
    put(m, "#population+sex", "sex");
    put(m, "#population+age", "age", "age_band");
    return Collections.unmodifiableMap(m);
  }

  private static void put(Map<String, String> m, String tag, String... names) {
    for (String n : names) {
      m.put(normalise(n), tag);
    }
  }

  private static List<HxlTag> tags(String... texts) {
    return java.util.Arrays.stream(texts).map(HxlTag::parse).toList();
  }
}
