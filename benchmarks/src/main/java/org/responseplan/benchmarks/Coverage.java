package org.responseplan.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;

/**
 * The work compared: from 5W rows, the coverage table (people reached and the peak of total monthly beneficiaries
 * per sector and country) and the intersectoral table (per country). The intersectoral rule, in every
 * implementation: per (sector, area, group) new beneficiaries add up over months; per (area, group) the highest
 * sector; then areas and groups add up. Total monthly beneficiaries are a stock: per (area, group, month) the highest
 * sector, summed over areas and groups within the month, then the highest month.
 *
 * <p>Every implementation gives its tables as canonical text lines ({@code table,sector,country,reached,total}, empty
 * for null, sorted), which must be equal.
 */
public final class Coverage {
  private Coverage() {}

  /** Our tables from an aggregation. */
  public static List<String> ours(ReachAggregator cells) {
    List<String> lines = new ArrayList<>();
    IndicatorTable coverage = cells.result(Dimension.SECTOR, Dimension.COUNTRY);
    for (List<@Nullable Object> r : coverage.rows()) {
      lines.add(line("coverage", r.get(0), r.get(1), r.get(2), r.get(3)));
    }
    IndicatorTable inter = cells.result(Dimension.COUNTRY);
    for (List<@Nullable Object> r : inter.rows()) {
      lines.add(line("intersectoral", null, r.get(0), r.get(1), r.get(2)));
    }
    lines.sort(null);
    return lines;
  }

  static String line(String table, @Nullable Object sector, @Nullable Object country, @Nullable Object reached,
      @Nullable Object total) {
    return table + "," + text(sector) + "," + text(country) + "," + text(reached) + "," + text(total);
  }

  private static String text(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }

  /** The columns of the 5W CSV, as DuckDB reads them (the two header rows are skipped). */
  static final String COLUMNS = "{'reporting_organisation': 'VARCHAR', 'implementing_organisation': 'VARCHAR', "
      + "'sector': 'VARCHAR', 'activity': 'VARCHAR', 'country': 'VARCHAR', 'adm1': 'VARCHAR', 'adm2': 'VARCHAR', "
      + "'month': 'VARCHAR', 'population_group': 'VARCHAR', 'modality': 'VARCHAR', 'new_beneficiaries': 'BIGINT', "
      + "'total_monthly_beneficiaries': 'BIGINT', 'girls': 'BIGINT', 'boys': 'BIGINT', 'other_under_18': 'BIGINT', "
      + "'women': 'BIGINT', 'men': 'BIGINT', 'other_adults': 'BIGINT', 'cash_transferred': 'DECIMAL(18,2)', "
      + "'currency': 'VARCHAR'}";

  static String readCsv(Path csv) {
    return "read_csv('" + csv.toAbsolutePath().toString().replace("'", "''") + "', header = false, skip = 2, "
        + "delim = ',', quote = '\"', escape = '\"', auto_detect = false, columns = " + COLUMNS + ")";
  }

  /** The same two tables in SQL, from {@code source} (a table name or a read_csv call). */
  static String sql(String source) {
    return """
        WITH c AS MATERIALIZED (
          SELECT sector, country, adm1, adm2, population_group AS grp, month,
                 sum(new_beneficiaries) AS n, sum(total_monthly_beneficiaries) AS t
          FROM %s GROUP BY ALL),
        cov_m AS (SELECT sector, country, month, sum(n) AS n, sum(t) AS t FROM c GROUP BY ALL),
        cov AS (SELECT sector, country, sum(n) AS reached, max(t) AS total FROM cov_m GROUP BY ALL),
        sag AS (SELECT sector, country, adm1, adm2, grp, sum(n) AS n FROM c GROUP BY ALL),
        ag AS (SELECT country, adm1, adm2, grp, max(n) AS n FROM sag GROUP BY ALL),
        ir AS (SELECT country, sum(n) AS reached FROM ag GROUP BY ALL),
        agm AS (SELECT country, adm1, adm2, grp, month, max(t) AS t FROM c GROUP BY ALL),
        cm AS (SELECT country, month, sum(t) AS t FROM agm GROUP BY ALL),
        it AS (SELECT country, max(t) AS total FROM cm GROUP BY ALL)
        SELECT 'coverage' AS tbl, sector, country, reached::BIGINT, total::BIGINT FROM cov
        UNION ALL
        SELECT 'intersectoral', NULL, coalesce(ir.country, it.country), ir.reached::BIGINT, it.total::BIGINT
        FROM ir FULL OUTER JOIN it ON ir.country IS NOT DISTINCT FROM it.country
        """.formatted(source);
  }

  /** A DuckDB in-memory database on {@code threads} threads. */
  public static Connection duckdb(int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads TO " + threads);
      s.execute("SET preserve_insertion_order = false");
    }
    return c;
  }

  /** Loads the CSV into table {@code r}. */
  public static void load(Connection c, Path csv) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE r AS SELECT * FROM " + readCsv(csv));
    }
  }

  /** DuckDB's tables, from the loaded table {@code r}, or from the CSV file when {@code csv} is given. */
  public static List<String> duckdb(Connection c, @Nullable Path csv) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql(csv == null ? "r" : readCsv(csv)))) {
      while (rs.next()) {
        lines.add(line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
            rs.getObject(5, Long.class)));
      }
    }
    lines.sort(null);
    return lines;
  }
}
