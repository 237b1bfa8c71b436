package org.responseplan.spark;

import java.util.EnumSet;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;

/**
 * A Spark {@link Aggregator} over 5W rows whose buffer is the library's {@link ReachAggregator} (in a
 * {@link ReachBuffer}): rows are fed to it, partial buffers are merged with its {@code merge}, and the figure is read
 * from its {@code result}. No rule is written here.
 *
 * <p>Input, in this order ({@link #INPUT}): {@code sector, country, adm1, adm2, population_group} (text),
 * {@code month} (text {@code YYYY-MM}, or a date), {@code new_beneficiaries, total_monthly_beneficiaries} (whole
 * numbers, null when not reported).
 *
 * <p>The figure is the one {@code ReachAggregator.result(by)} gives for the group's row when the rows of a Spark
 * group are those of one row of the rollup {@code by}: grouping by any of {@code sector, country, adm1, adm2,
 * population_group} and the month gives exactly the library's rollup by those dimensions. When the rows of a group
 * come from several sectors, the figure is intersectoral (the highest sector per area and population group, then
 * summed), never a sum over sectors.
 *
 * @param <OUT> the figure's type
 */
public abstract class ReachFunction<OUT> extends Aggregator<Row, ReachBuffer, OUT> {
  /** The input columns, in argument order. */
  public static final StructType INPUT = new StructType()
      .add("sector", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("adm1", DataTypes.StringType)
      .add("adm2", DataTypes.StringType)
      .add("population_group", DataTypes.StringType)
      .add("month", DataTypes.StringType)
      .add("new_beneficiaries", DataTypes.LongType)
      .add("total_monthly_beneficiaries", DataTypes.LongType);

  ReachFunction() {}

  /**
   * The encoder of the input rows, for {@code functions.udaf(aggregator, inputEncoder)}.
   *
   * @return a row encoder of {@link #INPUT}
   */
  public static Encoder<Row> inputEncoder() {
    return Encoders.row(INPUT);
  }

  @Override
  public ReachBuffer zero() {
    return ReachBuffer.create();
  }

  @Override
  public ReachBuffer reduce(ReachBuffer b, Row r) {
    b.add(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5), count(r, 6), count(r, 7));
    return b;
  }

  private static @Nullable String text(Row r, int i) {
    return r.isNullAt(i) ? null : r.getString(i);
  }

  private static @Nullable Long count(Row r, int i) {
    return r.isNullAt(i) ? null : r.getLong(i);
  }

  @Override
  public ReachBuffer merge(ReachBuffer a, ReachBuffer b) {
    return a.merge(b);
  }

  @Override
  public Encoder<ReachBuffer> bufferEncoder() {
    return Encoders.kryo(ReachBuffer.class);
  }

  /** The library's figures over everything in the buffer: one row, or none when no row was accepted. */
  static @Nullable Object measure(ReachBuffer b, String measure) {
    IndicatorTable t = b.aggregator().result(EnumSet.noneOf(Dimension.class));
    return t.size() == 0 ? null : t.get(0, measure);
  }

  /** People reached: {@code ReachAggregator}'s {@code reached} (new beneficiaries, summed over months). */
  public static final class Reached extends ReachFunction<Long> {
    @Override
    public @Nullable Long finish(ReachBuffer b) {
      return (Long) measure(b, "reached");
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /** People reached across sectors: {@code ReachAggregator.intersectoralReached()}. */
  public static final class IntersectoralReached extends ReachFunction<Long> {
    @Override
    public @Nullable Long finish(ReachBuffer b) {
      return b.aggregator().intersectoralReached();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /** Total monthly beneficiaries, a stock: {@code ReachAggregator}'s {@code total_monthly_beneficiaries}. */
  public static final class TotalMonthlyBeneficiaries extends ReachFunction<Long> {
    @Override
    public @Nullable Long finish(ReachBuffer b) {
      return (Long) measure(b, "total_monthly_beneficiaries");
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /**
   * The buffer itself, merged over every partition: the library's aggregator for the driver, to read any rollup
   * from ({@link ResponsePlanFunctions#aggregate}).
   */
  public static final class Buffer extends ReachFunction<ReachBuffer> {
    @Override
    public ReachBuffer finish(ReachBuffer b) {
      return b;
    }

    @Override
    public Encoder<ReachBuffer> outputEncoder() {
      return Encoders.kryo(ReachBuffer.class);
    }
  }

  /**
   * Everything at once, as a struct: {@code reached}, {@code total_monthly_beneficiaries}, {@code rows} (every row
   * given), {@code accepted_rows} (the rows counted) and {@code problems} (a map of rule code to rows, see
   * {@link ReachBuffer#problems()}).
   */
  public static final class Summary extends ReachFunction<Row> {
    /** The struct's fields. */
    public static final StructType OUTPUT = new StructType()
        .add("reached", DataTypes.LongType)
        .add("total_monthly_beneficiaries", DataTypes.LongType)
        .add("rows", DataTypes.LongType, false)
        .add("accepted_rows", DataTypes.LongType, false)
        .add("problems", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false), false);

    @Override
    public Row finish(ReachBuffer b) {
      IndicatorTable t = b.aggregator().result(EnumSet.noneOf(Dimension.class));
      Object reached = t.size() == 0 ? null : t.get(0, "reached");
      Object total = t.size() == 0 ? null : t.get(0, "total_monthly_beneficiaries");
      Map<String, Long> problems = b.problems();
      return RowFactory.create(reached, total, b.rows(), b.acceptedRows(),
          scala.jdk.javaapi.CollectionConverters.asScala(problems));
    }

    @Override
    public Encoder<Row> outputEncoder() {
      return Encoders.row(OUTPUT);
    }
  }
}
