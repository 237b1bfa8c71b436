package org.responseplan.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoSerializable;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.SourceValues;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.model.validation.Rule;

/**
 * The aggregation buffer of the 5W functions: a {@link ReachAggregator} (the library's streaming, mergeable partial
 * aggregate, which holds every rule) and the count of rows that could not even become an {@link ActivityReport}
 * because they have no usable month.
 *
 * <p>Spark keeps one buffer per group and partition, feeds it rows ({@link #add}), merges buffers of different
 * partitions ({@link #merge}), and reads the figures from {@link #aggregator()}. Between stages a buffer travels
 * serialized with Kryo ({@code Encoders.kryo(ReachBuffer.class)}).
 *
 * <p>Not thread-safe, like the aggregator it wraps.
 */
public final class ReachBuffer implements KryoSerializable {
  /** The library's partial aggregate of the rows that have a usable month. */
  private ReachAggregator aggregator;
  /** Rows without a usable month, by rule code: {@code required-field} (no month) or {@code invalid-value}. */
  private TreeMap<String, Long> unreadable;
  /** How many rows had no usable month (the sum of {@code unreadable}). */
  private long unreadableRows;

  private ReachBuffer() {
    aggregator = ReachAggregator.create();
    unreadable = new TreeMap<>();
  }

  /**
   * An empty buffer.
   *
   * @return a new buffer with an empty aggregator and no rows
   */
  public static ReachBuffer create() {
    return new ReachBuffer();
  }

  /**
   * Adds one 5W row. Text is stripped of surrounding spaces, and null text is "not reported" ({@code ""}), as the
   * HXL reader reads cells; null counts are not reported (never 0). The month is {@code YYYY-MM} or a date
   * {@code YYYY-MM-DD} (optionally followed by a time), read by {@link SourceValues#month} as every importer reads
   * months. A row without a month is counted under {@code required-field}, a month that cannot be read under
   * {@code invalid-value}; every other row goes to the aggregator, which counts the rows it rejects per rule.
   *
   * @param sector the sector (cluster) code, or null when not reported
   * @param country the country code, or null when not reported
   * @param adm1 the first administrative level (a p-code), or null when not reported
   * @param adm2 the second administrative level (a p-code), or null when not reported
   * @param populationGroup the population group, or null when not reported
   * @param month the reporting month, {@code YYYY-MM} or a date, or null when not reported
   * @param newBeneficiaries people reached for the first time in the month (a whole number of people), or null when
   *     not reported
   * @param totalMonthlyBeneficiaries people reached in the month, new or not (a whole number of people), or null
   *     when not reported
   */
  public void add(@Nullable String sector, @Nullable String country, @Nullable String adm1, @Nullable String adm2,
      @Nullable String populationGroup, @Nullable String month, @Nullable Long newBeneficiaries,
      @Nullable Long totalMonthlyBeneficiaries) {
    YearMonth m = null;
    String problem = null;
    if (month == null || month.isBlank()) {
      problem = Rule.REQUIRED_FIELD.code();
    } else {
      m = SourceValues.month(month).value();
      if (m == null) {
        problem = Rule.INVALID_VALUE.code();
      }
    }
    if (m == null) {
      unreadable.merge(problem, 1L, Long::sum);
      unreadableRows++;
      return;
    }
    aggregator.add(ActivityReport.builder()
        .sector(text(sector))
        .location(text(country), text(adm1), text(adm2))
        .populationGroup(text(populationGroup))
        .month(m)
        .newBeneficiaries(newBeneficiaries)
        .totalMonthlyBeneficiaries(totalMonthlyBeneficiaries)
        .build());
  }

  /**
   * Adds one report as it is, for reports already read (by the HXL reader or {@link FiveW}).
   *
   * @param report the report; the aggregator counts it under its rule when it cannot be counted
   */
  public void add(ActivityReport report) {
    aggregator.add(report);
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : s.strip();
  }

  @Override
  public void write(Kryo kryo, Output out) {
    KryoBytes.write(out, aggregator);
    out.writeLong(unreadableRows);
    out.writeInt(unreadable.size());
    unreadable.forEach((k, v) -> {
      out.writeString(k);
      out.writeLong(v);
    });
  }

  @Override
  public void read(Kryo kryo, Input in) {
    aggregator = KryoBytes.read(in);
    unreadableRows = in.readLong();
    unreadable = new TreeMap<>();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      unreadable.put(in.readString(), in.readLong());
    }
  }

  /**
   * Adds everything {@code other} holds to this buffer, and returns this one.
   *
   * @param other the buffer of another partition or group; not changed
   * @return this buffer
   */
  public ReachBuffer merge(ReachBuffer other) {
    aggregator.merge(other.aggregator);
    other.unreadable.forEach((k, v) -> unreadable.merge(k, v, Long::sum));
    unreadableRows += other.unreadableRows;
    return this;
  }

  /**
   * The library's aggregator: every figure is read from it ({@code result(...)}, {@code problems()}).
   *
   * @return the aggregator itself, not a copy: adding to it adds to this buffer
   */
  public ReachAggregator aggregator() {
    return aggregator;
  }

  /**
   * Every row given to {@link #add}: those the aggregator saw and those without a usable month.
   *
   * @return the number of rows
   */
  public long rows() {
    return aggregator.rows() + unreadableRows;
  }

  /**
   * Rows the figures count.
   *
   * @return the number of rows the aggregator accepted; never more than {@link #rows()}
   */
  public long acceptedRows() {
    return aggregator.acceptedRows();
  }

  /**
   * How many rows had each problem, by rule code: the aggregator's ({@code negative-count}, {@code required-field},
   * {@code no-figures}, {@code invalid-month}, the warning {@code split-does-not-sum}) plus rows without a month
   * ({@code required-field}) or with a month that cannot be read ({@code invalid-value}).
   *
   * @return row counts by rule code, in code order; empty when no row had a problem; a new map each call
   */
  public Map<String, Long> problems() {
    Map<String, Long> all = new TreeMap<>();
    aggregator.problems().forEach((p, n) -> all.put(p.code(), n));
    unreadable.forEach((k, v) -> all.merge(k, v, Long::sum));
    return all;
  }
}
