package org.responseplan.spark;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.responseplan.indicators.Rounding;

/**
 * The indicator rules of plan-indicators as Spark SQL aggregate functions, for Java, Scala, SQL and PySpark.
 *
 * <pre>{@code
 * ResponsePlanFunctions.register(spark);      // once per session
 * spark.sql("SELECT country, rp_reached(sector, country, adm1, adm2, population_group, month,"
 *     + " new_beneficiaries, total_monthly_beneficiaries) AS reached FROM fivew GROUP BY country");
 * }</pre>
 *
 * <p>Every function is a Spark {@code Aggregator} whose buffer is the library's own partial aggregate
 * ({@link ReachBuffer} around {@code ReachAggregator}, or {@link CoverageParts} read by {@code Calculators}), so the
 * figures are those of the library on one machine, whatever the partitioning. The argument order:
 *
 * <table>
 *   <caption>Functions</caption>
 *   <tr><th>name</th><th>arguments</th><th>returns</th></tr>
 *   <tr><td>{@value #REACHED}</td><td>{@code sector, country, adm1, adm2, population_group, month,
 *       new_beneficiaries, total_monthly_beneficiaries}</td><td>BIGINT: people reached (new beneficiaries summed
 *       over months; across sectors the highest sector per area and population group, then summed)</td></tr>
 *   <tr><td>{@value #INTERSECTORAL_REACHED}</td><td>the same</td><td>BIGINT: {@code
 *       ReachAggregator.intersectoralReached()}, the same figure by its intersectoral name</td></tr>
 *   <tr><td>{@value #TOTAL_MONTHLY_BENEFICIARIES}</td><td>the same</td><td>BIGINT: total monthly beneficiaries,
 *       a stock: the highest month, never a sum over months</td></tr>
 *   <tr><td>{@value #REACH_SUMMARY}</td><td>the same</td><td>STRUCT: {@code reached, total_monthly_beneficiaries,
 *       rows, accepted_rows, problems} (rule code to rows)</td></tr>
 *   <tr><td>{@value #FUNDING_COVERAGE_PCT}</td><td>{@code funding, requirements} (one currency)</td><td>DECIMAL(38,2):
 *       sum(funding) / sum(requirements) x 100, FTS rounding</td></tr>
 *   <tr><td>{@value #NEED_COVERAGE_PCT}</td><td>{@code targeted, in_need}</td><td>DECIMAL(38,2)</td></tr>
 *   <tr><td>{@value #REACH_COVERAGE_PCT}</td><td>{@code reached, targeted}</td><td>DECIMAL(38,2)</td></tr>
 * </table>
 */
public final class ResponsePlanFunctions {
  private ResponsePlanFunctions() {}

  /** SQL name of people reached, a BIGINT (see the class description). */
  public static final String REACHED = "rp_reached";
  /** SQL name of people reached across sectors, a BIGINT: the same figure as {@link #REACHED}. */
  public static final String INTERSECTORAL_REACHED = "rp_intersectoral_reached";
  /** SQL name of total monthly beneficiaries, a BIGINT: the highest month, never a sum over months. */
  public static final String TOTAL_MONTHLY_BENEFICIARIES = "rp_total_monthly_beneficiaries";
  /** SQL name of the reach summary, a STRUCT of the figures and the row counts. */
  public static final String REACH_SUMMARY = "rp_reach_summary";
  /** SQL name of funding coverage in percent, a DECIMAL: funding / requirements x 100. */
  public static final String FUNDING_COVERAGE_PCT = "rp_funding_coverage_pct";
  /** SQL name of need coverage in percent, a DECIMAL: targeted / in need x 100. */
  public static final String NEED_COVERAGE_PCT = "rp_need_coverage_pct";
  /** SQL name of reach coverage in percent, a DECIMAL: reached / targeted x 100. */
  public static final String REACH_COVERAGE_PCT = "rp_reach_coverage_pct";

  /** Every name {@link #register} registers, in the order above. */
  public static final List<String> NAMES = List.of(REACHED, INTERSECTORAL_REACHED, TOTAL_MONTHLY_BENEFICIARIES,
      REACH_SUMMARY, FUNDING_COVERAGE_PCT, NEED_COVERAGE_PCT, REACH_COVERAGE_PCT);

  /**
   * Registers every function in {@code spark}'s session, percentages rounded as FTS publishes them (two decimals,
   * half up). Call it again on a new session. From PySpark:
   * {@code spark._jvm.org.responseplan.spark.ResponsePlanFunctions.register(spark._jsparkSession)}.
   *
   * @param spark the session to register the functions in; functions of the same names are replaced
   * @return the names registered, {@link #NAMES}
   */
  public static List<String> register(SparkSession spark) {
    return register(spark, Rounding.FTS);
  }

  /**
   * As {@link #register(SparkSession)}, percentages rounded by {@code rounding}.
   *
   * @param spark the session to register the functions in; functions of the same names are replaced
   * @param rounding how the three percentages are rounded, to 0 to 18 decimals (the DECIMAL(38, decimals) they
   *     return)
   * @return the names registered, {@link #NAMES}
   * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals (the four 5W
   *     functions, which do not round, are registered by then; the three percentages are not)
   */
  public static List<String> register(SparkSession spark, Rounding rounding) {
    spark.udf().register(REACHED, reachedFunction());
    spark.udf().register(INTERSECTORAL_REACHED, intersectoralReachedFunction());
    spark.udf().register(TOTAL_MONTHLY_BENEFICIARIES, totalMonthlyBeneficiariesFunction());
    spark.udf().register(REACH_SUMMARY, reachSummaryFunction());
    spark.udf().register(FUNDING_COVERAGE_PCT, fundingCoveragePctFunction(rounding));
    spark.udf().register(NEED_COVERAGE_PCT, needCoveragePctFunction(rounding));
    spark.udf().register(REACH_COVERAGE_PCT, reachCoveragePctFunction(rounding));
    return NAMES;
  }

  // ---- the functions, to register under other names or to apply to columns ----

  /**
   * The function registered as {@value #REACHED}, to register under another name or to apply to columns.
   *
   * @return an aggregate function of the eight 5W columns (see the class description) giving a BIGINT
   */
  public static UserDefinedFunction reachedFunction() {
    return functions.udaf(new ReachFunction.Reached(), ReachFunction.inputEncoder()).withName(REACHED);
  }

  /**
   * The function registered as {@value #INTERSECTORAL_REACHED}.
   *
   * @return an aggregate function of the eight 5W columns giving a BIGINT
   */
  public static UserDefinedFunction intersectoralReachedFunction() {
    return functions.udaf(new ReachFunction.IntersectoralReached(), ReachFunction.inputEncoder())
        .withName(INTERSECTORAL_REACHED);
  }

  /**
   * The function registered as {@value #TOTAL_MONTHLY_BENEFICIARIES}.
   *
   * @return an aggregate function of the eight 5W columns giving a BIGINT
   */
  public static UserDefinedFunction totalMonthlyBeneficiariesFunction() {
    return functions.udaf(new ReachFunction.TotalMonthlyBeneficiaries(), ReachFunction.inputEncoder())
        .withName(TOTAL_MONTHLY_BENEFICIARIES);
  }

  /**
   * The function registered as {@value #REACH_SUMMARY}.
   *
   * @return an aggregate function of the eight 5W columns giving a STRUCT ({@code reached,
   *     total_monthly_beneficiaries, rows, accepted_rows, problems})
   */
  public static UserDefinedFunction reachSummaryFunction() {
    return functions.udaf(new ReachFunction.Summary(), ReachFunction.inputEncoder()).withName(REACH_SUMMARY);
  }

  /**
   * The function registered as {@value #FUNDING_COVERAGE_PCT}, percentages rounded by {@code rounding}.
   *
   * @param rounding how the percentage is rounded, to 0 to 18 decimals
   * @return an aggregate function of {@code funding, requirements} (decimals in one currency) giving a DECIMAL, null
   *     when the ratio is undefined
   * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals
   */
  public static UserDefinedFunction fundingCoveragePctFunction(Rounding rounding) {
    CoverageFunction f = new CoverageFunction.FundingCoverage(rounding);
    return functions.udaf(f, f.inputEncoder()).withName(FUNDING_COVERAGE_PCT);
  }

  /**
   * The function registered as {@value #NEED_COVERAGE_PCT}, percentages rounded by {@code rounding}.
   *
   * @param rounding how the percentage is rounded, to 0 to 18 decimals
   * @return an aggregate function of {@code targeted, in_need} (whole numbers of people) giving a DECIMAL, null when
   *     the ratio is undefined
   * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals
   */
  public static UserDefinedFunction needCoveragePctFunction(Rounding rounding) {
    CoverageFunction f = new CoverageFunction.NeedCoverage(rounding);
    return functions.udaf(f, f.inputEncoder()).withName(NEED_COVERAGE_PCT);
  }

  /**
   * The function registered as {@value #REACH_COVERAGE_PCT}, percentages rounded by {@code rounding}.
   *
   * @param rounding how the percentage is rounded, to 0 to 18 decimals
   * @return an aggregate function of {@code reached, targeted} (whole numbers of people) giving a DECIMAL, null when
   *     the ratio is undefined
   * @throws IllegalArgumentException when the rounding has fewer than 0 or more than 18 decimals
   */
  public static UserDefinedFunction reachCoveragePctFunction(Rounding rounding) {
    CoverageFunction f = new CoverageFunction.ReachCoverage(rounding);
    return functions.udaf(f, f.inputEncoder()).withName(REACH_COVERAGE_PCT);
  }

  /**
   * Aggregates every row of {@code df} (5W columns with the standard names, see {@link #fiveWColumns()}) into one
   * {@link ReachBuffer}: the partitions' buffers are built and merged by Spark, and the result comes back to the
   * driver, where {@code buffer.aggregator().result(Dimension...)} gives any rollup as an {@code IndicatorTable},
   * exactly as on one machine. The buffer holds one entry per (sector, area, population group, month), so this
   * suits rollups of a plan or a region rather than of a whole global history: group by plan first.
   *
   * @param df the 5W rows, with the columns of {@link #fiveWColumns()} by their standard names (other columns are
   *     ignored)
   * @return the merged buffer on the driver; an empty buffer (no rows) for an empty data frame
   */
  public static ReachBuffer aggregate(Dataset<Row> df) {
    UserDefinedFunction f = functions.udaf(new ReachFunction.Buffer(), ReachFunction.inputEncoder());
    return df.agg(f.apply(fiveWColumns()).as("value")).as(Encoders.kryo(ReachBuffer.class)).first();
  }

  // ---- columns, for the DataFrame API (no registration needed) ----

  /**
   * {@value #REACHED} over the 5W columns of a group; see the class description for the arguments.
   *
   * @param sector the sector column (text)
   * @param country the country code column (text)
   * @param adm1 the first administrative level column (text)
   * @param adm2 the second administrative level column (text)
   * @param populationGroup the population group column (text)
   * @param month the month column ({@code YYYY-MM} text, or a date)
   * @param newBeneficiaries the column of people reached for the first time in the month (whole numbers, null when
   *     not reported)
   * @param totalMonthlyBeneficiaries the column of people reached in the month, new or not (whole numbers, null
   *     when not reported)
   * @return the aggregate column, a BIGINT
   */
  public static Column reached(Column sector, Column country, Column adm1, Column adm2, Column populationGroup,
      Column month, Column newBeneficiaries, Column totalMonthlyBeneficiaries) {
    return reachedFunction().apply(sector, country, adm1, adm2, populationGroup, month, newBeneficiaries,
        totalMonthlyBeneficiaries);
  }

  /**
   * {@value #REACHED} over columns with the standard names ({@link #fiveWColumns()}).
   *
   * @return the aggregate column, a BIGINT
   */
  public static Column reached() {
    return reachedFunction().apply(fiveWColumns());
  }

  /**
   * {@value #INTERSECTORAL_REACHED} over columns with the standard names ({@link #fiveWColumns()}).
   *
   * @return the aggregate column, a BIGINT
   */
  public static Column intersectoralReached() {
    return intersectoralReachedFunction().apply(fiveWColumns());
  }

  /**
   * {@value #TOTAL_MONTHLY_BENEFICIARIES} over columns with the standard names ({@link #fiveWColumns()}).
   *
   * @return the aggregate column, a BIGINT
   */
  public static Column totalMonthlyBeneficiaries() {
    return totalMonthlyBeneficiariesFunction().apply(fiveWColumns());
  }

  /**
   * {@value #REACH_SUMMARY} over columns with the standard names ({@link #fiveWColumns()}).
   *
   * @return the aggregate column, a STRUCT
   */
  public static Column reachSummary() {
    return reachSummaryFunction().apply(fiveWColumns());
  }

  /**
   * {@value #FUNDING_COVERAGE_PCT} with FTS rounding (two decimals, half up).
   *
   * @param funding the funding column (decimals, one currency for the whole group)
   * @param requirements the requirements column (decimals, the same currency)
   * @return the aggregate column, a DECIMAL(38,2); null for a group whose ratio is undefined (no funding or no
   *     requirements reported, zero requirements, a negative value)
   */
  public static Column fundingCoveragePct(Column funding, Column requirements) {
    return fundingCoveragePctFunction(Rounding.FTS).apply(funding, requirements);
  }

  /**
   * {@value #NEED_COVERAGE_PCT} with FTS rounding (two decimals, half up).
   *
   * @param targeted the column of people targeted (whole numbers)
   * @param inNeed the column of people in need (whole numbers)
   * @return the aggregate column, a DECIMAL(38,2); null for a group whose ratio is undefined (a part not reported,
   *     nobody in need, a negative count)
   */
  public static Column needCoveragePct(Column targeted, Column inNeed) {
    return needCoveragePctFunction(Rounding.FTS).apply(targeted, inNeed);
  }

  /**
   * {@value #REACH_COVERAGE_PCT} with FTS rounding (two decimals, half up).
   *
   * @param reached the column of people reached (whole numbers)
   * @param targeted the column of people targeted (whole numbers)
   * @return the aggregate column, a DECIMAL(38,2); null for a group whose ratio is undefined (a part not reported,
   *     nobody targeted, a negative count)
   */
  public static Column reachCoveragePct(Column reached, Column targeted) {
    return reachCoveragePctFunction(Rounding.FTS).apply(reached, targeted);
  }

  /**
   * The 5W input columns by their standard names, in argument order: {@code sector, country, adm1, adm2,
   * population_group, month, new_beneficiaries, total_monthly_beneficiaries}, as {@link FiveW#reports()} names them.
   *
   * @return a new array of eight columns
   */
  public static Column[] fiveWColumns() {
    return java.util.Arrays.stream(ReachFunction.INPUT.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
