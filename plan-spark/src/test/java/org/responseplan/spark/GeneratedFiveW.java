package org.responseplan.spark;

import java.time.YearMonth;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.api.java.function.MapFunction;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.model.validation.Rule;

/**
 * Generated 5W rows with realistic cardinalities: 15 sectors, 17 countries, 8 admin-1 areas per country and about
 * 15 admin-2 areas per admin-1 (2,040 in all), 6 population groups, 12 months. Row {@code id} is a pure function of
 * the seed and the id, so Spark (over {@code spark.range}) and a plain loop make the same rows whatever the
 * partitioning. About one row in 100 has each problem: a negative count, no sector, no country, no figures, a month
 * out of range, no month, a month that is not one.
 */
final class GeneratedFiveW {
  private GeneratedFiveW() {}

  static final long SEED = 20261128L;
  static final long MILLION = 1_000_000;

  static final String[] SECTORS = {"CCCM", "EDU", "FSL", "HEA", "LOG", "NUT", "PRO", "CP", "GBV", "MA", "SHL",
      "WSH", "ETC", "MPC", "INT"};
  static final String[] COUNTRIES = {"COL", "VEN", "PER", "ECU", "BRA", "CHL", "ARG", "MEX", "PAN", "CRI", "GTM",
      "HND", "SLV", "DOM", "TTO", "GUY", "BOL"};
  static final String[] GROUPS = {"refugees", "migrants", "host-community", "idps", "returnees", "in-transit"};
  static final int ADM1_PER_COUNTRY = 8;
  static final int ADM2_PER_ADM1 = 15;

  static final String[][] ADM1 = new String[COUNTRIES.length][ADM1_PER_COUNTRY];
  static final String[][][] ADM2 = new String[COUNTRIES.length][ADM1_PER_COUNTRY][ADM2_PER_ADM1];
  static final String[] MONTHS = new String[12];

  static {
    for (int c = 0; c < COUNTRIES.length; c++) {
      for (int a1 = 0; a1 < ADM1_PER_COUNTRY; a1++) {
        ADM1[c][a1] = COUNTRIES[c].substring(0, 2) + String.format("%02d", a1 + 1);
        for (int a2 = 0; a2 < ADM2_PER_ADM1; a2++) {
          ADM2[c][a1][a2] = ADM1[c][a1] + String.format("%03d", a2 + 1);
        }
      }
    }
    for (int m = 0; m < 12; m++) {
      MONTHS[m] = YearMonth.of(2024, m + 1).toString();
    }
  }

  /** The columns, with the plain names the functions take. */
  static final org.apache.spark.sql.types.StructType SCHEMA = ReachFunction.INPUT;

  /** The raw row {@code id}: sector, country, adm1, adm2, population_group, month, new, total. */
  /** The seed times the 64-bit golden-ratio constant, wrapping on purpose: seeds spread over the whole range. */
  private static long spread(long seed) {
    return seed * 0x9E3779B97F4A7C15L;
  }

  static Row row(long id) {
    SplittableRandom r = new SplittableRandom(spread(SEED) + id);
    int c = r.nextInt(COUNTRIES.length);
    String country = COUNTRIES[c];
    int a1 = r.nextInt(ADM1_PER_COUNTRY);
    int a2 = r.nextInt(ADM2_PER_ADM1);
    String adm1 = ADM1[c][a1];
    String adm2 = ADM2[c][a1][a2];
    int level = r.nextInt(100);
    if (level < 2) {
      adm1 = null;
      adm2 = null;
    } else if (level < 7) {
      adm2 = null;
    }
    String sector = SECTORS[r.nextInt(SECTORS.length)];
    String group = GROUPS[r.nextInt(GROUPS.length)];
    String month = MONTHS[r.nextInt(MONTHS.length)];
    Long newB = r.nextInt(10) == 0 ? null : (long) r.nextInt(5000);
    Long total = r.nextInt(10) < 3 ? null : (long) r.nextInt(20000);
    switch (r.nextInt(100)) {
      case 0 -> newB = -(1L + r.nextInt(100));
      case 1 -> sector = null;
      case 2 -> country = null;
      case 3 -> {
        newB = null;
        total = null;
      }
      case 4 -> month = "1850-03";
      case 5 -> month = null;
      case 6 -> month = "March";
      default -> { }
    }
    return RowFactory.create(sector, country, adm1, adm2, group, month, newB, total);
  }

  /** {@code n} rows on Spark, made from {@code spark.range} in {@code partitions} partitions. */
  static Dataset<Row> dataFrame(SparkSession spark, long n, int partitions) {
    return spark.range(0, n, 1, partitions).map((MapFunction<Long, Row>) GeneratedFiveW::row, Encoders.row(SCHEMA));
  }

  /** The single-machine figures: the same rows, one by one, into one {@link ReachAggregator}. */
  static final class SingleMachine {
    final ReachAggregator aggregator = ReachAggregator.create();
    /** Rows that cannot become an {@link ActivityReport} (no month, or not a month), by rule. */
    final Map<String, Long> withoutMonth = new TreeMap<>();

    SingleMachine(long n) {
      for (long id = 0; id < n; id++) {
        Row x = row(id);
        String month = x.getString(5);
        if (month == null) {
          withoutMonth.merge(Rule.REQUIRED_FIELD.code(), 1L, Long::sum);
          continue;
        }
        if (month.equals("March")) {
          withoutMonth.merge(Rule.INVALID_VALUE.code(), 1L, Long::sum);
          continue;
        }
        aggregator.add(ActivityReport.builder()
            .sector(text(x, 0))
            .location(text(x, 1), text(x, 2), text(x, 3))
            .populationGroup(text(x, 4))
            .month(YearMonth.parse(month))
            .newBeneficiaries(count(x, 6))
            .totalMonthlyBeneficiaries(count(x, 7))
            .build());
      }
    }

    /** Every problem by rule: the aggregator's and the rows without a month. */
    Map<String, Long> problems() {
      Map<String, Long> all = new TreeMap<>();
      aggregator.problems().forEach((p, n) -> all.put(p.code(), n));
      withoutMonth.forEach((k, v) -> all.merge(k, v, Long::sum));
      return all;
    }

    long rows() {
      return aggregator.rows() + withoutMonth.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String text(Row x, int i) {
      return x.isNullAt(i) ? "" : x.getString(i);
    }

    private static @Nullable Long count(Row x, int i) {
      return x.isNullAt(i) ? null : x.getLong(i);
    }
  }
}
