package org.responseplan.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.Rounding;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleCounts;

/**
 * A coverage percentage as a Spark {@link Aggregator}: the two parts are summed over the rows of the group
 * ({@link CoverageParts}), then the library's {@link Calculators} computes the ratio from the sums, and
 * {@link Calculation#percent(Rounding)} rounds it. Null when the library says the ratio is undefined (a part not
 * reported, a zero denominator), and when a row of the group has a negative part.
 */
public abstract class CoverageFunction extends Aggregator<Row, CoverageParts, BigDecimal> {
  // The rounding's parts: Rounding is not Serializable, and Spark ships the aggregator to its executors.
  /** The rounding's number of decimals, 0 to 18. */
  private final int scale;
  /** The rounding's mode. */
  private final RoundingMode mode;
  /** The rounding's name, as {@link Rounding#name()} gives it. */
  private final String roundingName;
  /** The two input columns: numerator, then denominator. */
  private final StructType input;

  CoverageFunction(Rounding rounding, StructType input) {
    Objects.requireNonNull(rounding, "rounding");
    this.scale = rounding.scale();
    this.mode = rounding.mode();
    this.roundingName = rounding.name();
    if (rounding.scale() < 0 || rounding.scale() > 18) {
      throw new IllegalArgumentException("a percentage in a Spark column needs a rounding to 0 to 18 decimals, such "
          + "as Rounding.FTS or Rounding.HDX, not " + rounding.name());
    }
    this.input = input;
  }

  /**
   * The encoder of the input rows, for {@code functions.udaf(aggregator, inputEncoder)}.
   *
   * @return a row encoder of the two input columns, numerator first
   */
  public Encoder<Row> inputEncoder() {
    return Encoders.row(input);
  }

  /**
   * The rounding of the percentage.
   *
   * @return the rounding given to the constructor (an equal one: it is rebuilt from its parts)
   */
  public Rounding rounding() {
    return new Rounding(scale, mode, roundingName);
  }

  /**
   * The library's calculation from the summed parts.
   *
   * @param parts the sums of a group; a null sum is a part not reported
   * @return the ratio, or an undefined calculation with its reason (a part not reported, a zero denominator)
   */
  public abstract Calculation calculate(CoverageParts parts);

  @Override
  public CoverageParts zero() {
    return CoverageParts.create();
  }

  @Override
  public CoverageParts reduce(CoverageParts b, Row r) {
    return b.add(r.isNullAt(0) ? null : number(r.get(0)), r.isNullAt(1) ? null : number(r.get(1)));
  }

  private static BigDecimal number(Object v) {
    return v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue());
  }

  @Override
  public CoverageParts merge(CoverageParts a, CoverageParts b) {
    return a.merge(b);
  }

  @Override
  public @Nullable BigDecimal finish(CoverageParts parts) {
    if (parts.negativeRows() > 0) {
      return null;
    }
    return calculate(parts).percent(rounding()).orElse(null);
  }

  @Override
  public Encoder<CoverageParts> bufferEncoder() {
    return Encoders.kryo(CoverageParts.class);
  }

  @Override
  public Encoder<BigDecimal> outputEncoder() {
    // DECIMAL(38, scale of the rounding): 45.67 rather than Encoders.DECIMAL()'s 45.670000000000000000. The same
    // encoder class Encoders.DECIMAL() returns, with another scale.
    return new AgnosticEncoders.JavaDecimalEncoder(DataTypes.createDecimalType(38, scale), false);
  }

  static OptionalLong people(@Nullable BigDecimal v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v.longValueExact());
  }

  /**
   * Funding coverage = funding / requirements ({@link Calculators#fundingCoverage}); input {@code funding,
   * requirements} as decimals, in one currency.
   */
  public static final class FundingCoverage extends CoverageFunction {
    /** Money in one currency; which one does not change a ratio. ISO 4217 XXX is "no currency". */
    private static final String ONE_CURRENCY = "XXX";
    private static final DataType AMOUNT = DataTypes.createDecimalType(38, 18);

    /**
     * Funding coverage with percentages rounded by {@code rounding}.
     *
     * @param rounding how the percentage is rounded, to 0 to 18 decimals (such as {@code Rounding.FTS})
     * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals
     */
    public FundingCoverage(Rounding rounding) {
      super(rounding, new StructType().add("funding", AMOUNT).add("requirements", AMOUNT));
    }

    @Override
    public Calculation calculate(CoverageParts p) {
      return Calculators.fundingCoverage(FundingFigures.builder().requirements(money(p.denominator()))
          .funding(money(p.numerator())).build());
    }

    private static @Nullable Money money(@Nullable BigDecimal v) {
      return v == null ? null : new Money(v, ONE_CURRENCY);
    }
  }

  /** Need coverage = targeted / in need ({@link Calculators#needCoverage}); input {@code targeted, in_need}. */
  public static final class NeedCoverage extends CoverageFunction {
    /**
     * Need coverage with percentages rounded by {@code rounding}.
     *
     * @param rounding how the percentage is rounded, to 0 to 18 decimals (such as {@code Rounding.FTS})
     * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals
     */
    public NeedCoverage(Rounding rounding) {
      super(rounding, new StructType().add("targeted", DataTypes.LongType).add("in_need", DataTypes.LongType));
    }

    @Override
    public Calculation calculate(CoverageParts p) {
      return Calculators.needCoverage(
          PeopleCounts.of(people(p.denominator()), people(p.numerator()), OptionalLong.empty()));
    }
  }

  /** Reach coverage = reached / targeted ({@link Calculators#reachCoverage}); input {@code reached, targeted}. */
  public static final class ReachCoverage extends CoverageFunction {
    /**
     * Reach coverage with percentages rounded by {@code rounding}.
     *
     * @param rounding how the percentage is rounded, to 0 to 18 decimals (such as {@code Rounding.FTS})
     * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals
     */
    public ReachCoverage(Rounding rounding) {
      super(rounding, new StructType().add("reached", DataTypes.LongType).add("targeted", DataTypes.LongType));
    }

    @Override
    public Calculation calculate(CoverageParts p) {
      return Calculators.reachCoverage(
          PeopleCounts.of(OptionalLong.empty(), people(p.denominator()), people(p.numerator())));
    }
  }
}
