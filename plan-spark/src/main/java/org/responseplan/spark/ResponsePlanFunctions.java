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

  public static final String REACHED = "rp_reached";
  public static final String INTERSECTORAL_REACHED = "rp_intersectoral_reached";
  public static final String TOTAL_MONTHLY_BENEFICIARIES = "rp_total_monthly_beneficiaries";
  public static final String REACH_SUMMARY = "rp_reach_summary";
  public static final String FUNDING_COVERAGE_PCT = "rp_funding_coverage_pct";
  public static final String NEED_COVERAGE_PCT = "rp_need_coverage_pct";
  public static final String REACH_COVERAGE_PCT = "rp_reach_coverage_pct";

  /** Every name {@link #register} registers, in the order above. */
  public static final List<String> NAMES = List.of(REACHED, INTERSECTORAL_REACHED, TOTAL_MONTHLY_BENEFICIARIES,
      REACH_SUMMARY, FUNDING_COVERAGE_PCT, NEED_COVERAGE_PCT, REACH_COVERAGE_PCT);

  /**
   * Registers every function in {@code spark}'s session, percentages rounded as FTS publishes them (two decimals,
   * half up). Call it again on a new session. From PySpark:
   * {@code spark._jvm.org.responseplan.spark.ResponsePlanFunctions.register(spark._jsparkSession)}.
   *
   * @return the names registered
   */
  public static List<String> register(SparkSession spark) {
    return register(spark, Rounding.FTS);
  }

  /** As {@link #register(SparkSession)}, percentages rounded by {@code rounding} (0 to 18 decimals). */
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

  public static UserDefinedFunction reachedFunction() {
    return functions.udaf(new ReachFunction.Reached(), ReachFunction.inputEncoder()).withName(REACHED);
  }

  public static UserDefinedFunction intersectoralReachedFunction() {
    return functions.udaf(new ReachFunction.IntersectoralReached(), ReachFunction.inputEncoder())
        .withName(INTERSECTORAL_REACHED);
  }

  public static UserDefinedFunction totalMonthlyBeneficiariesFunction() {
    return functions.udaf(new ReachFunction.TotalMonthlyBeneficiaries(), ReachFunction.inputEncoder())
        .withName(TOTAL_MONTHLY_BENEFICIARIES);
  }

  public static UserDefinedFunction reachSummaryFunction() {
    return functions.udaf(new ReachFunction.Summary(), ReachFunction.inputEncoder()).withName(REACH_SUMMARY);
  }

  public static UserDefinedFunction fundingCoveragePctFunction(Rounding rounding) {
    CoverageFunction f = new CoverageFunction.FundingCoverage(rounding);
    return functions.udaf(f, f.inputEncoder()).withName(FUNDING_COVERAGE_PCT);
  }

  public static UserDefinedFunction needCoveragePctFunction(Rounding rounding) {
    CoverageFunction f = new CoverageFunction.NeedCoverage(rounding);
    return functions.udaf(f, f.inputEncoder()).withName(NEED_COVERAGE_PCT);
  }

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
   */
  public static ReachBuffer aggregate(Dataset<Row> df) {
    UserDefinedFunction f = functions.udaf(new ReachFunction.Buffer(), ReachFunction.inputEncoder());
    return df.agg(f.apply(fiveWColumns()).as("value")).as(Encoders.kryo(ReachBuffer.class)).first();
  }

  // ---- columns, for the DataFrame API (no registration needed) ----

  /** {@value #REACHED} over the 5W columns of a group; see the class description for the arguments. */
  public static Column reached(Column sector, Column country, Column adm1, Column adm2, Column populationGroup,
      Column month, Column newBeneficiaries, Column totalMonthlyBeneficiaries) {
    return reachedFunction().apply(sector, country, adm1, adm2, populationGroup, month, newBeneficiaries,
        totalMonthlyBeneficiaries);
  }

  /** {@value #REACHED} over columns with the standard names ({@code sector, country, ...}). */
  public static Column reached() {
    return reachedFunction().apply(fiveWColumns());
  }

  public static Column intersectoralReached() {
    return intersectoralReachedFunction().apply(fiveWColumns());
  }

  public static Column totalMonthlyBeneficiaries() {
    return totalMonthlyBeneficiariesFunction().apply(fiveWColumns());
  }

  public static Column reachSummary() {
    return reachSummaryFunction().apply(fiveWColumns());
  }

  public static Column fundingCoveragePct(Column funding, Column requirements) {
    return fundingCoveragePctFunction(Rounding.FTS).apply(funding, requirements);
  }

  public static Column needCoveragePct(Column targeted, Column inNeed) {
    return needCoveragePctFunction(Rounding.FTS).apply(targeted, inNeed);
  }

  public static Column reachCoveragePct(Column reached, Column targeted) {
    return reachCoveragePctFunction(Rounding.FTS).apply(reached, targeted);
  }

  /**
   * The 5W input columns by their standard names, in argument order: {@code sector, country, adm1, adm2,
   * population_group, month, new_beneficiaries, total_monthly_beneficiaries}, as {@link FiveW#reports()} names them.
   */
  public static Column[] fiveWColumns() {
    return java.util.Arrays.stream(ReachFunction.INPUT.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
