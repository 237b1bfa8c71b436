package org.responseplan.spark.example;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.responseplan.indicators.Dimension;
import org.responseplan.spark.FiveW;
import org.responseplan.spark.ResponsePlanFunctions;

/**
 * The module in local mode, as a user writes it: read an HXL 5W file, get the library's figures and the import
 * report, then the same data through the SQL functions.
 *
 * <pre>
 * ./mvnw -q -pl plan-spark test -Dtest=LocalExampleTest        # runs this main
 * </pre>
 *
 * @see org.responseplan.spark.LocalExampleTest
 */
public final class LocalExample {
  private LocalExample() {}

  public static void main(String[] args) {
    String file = args.length > 0 ? args[0]
        : Path.of("..", "plan-import", "src", "test", "resources", "hxl", "5w-wide.csv").toString();
    SparkSession spark = SparkSession.builder().appName("responseplan local example").master("local[2]")
        .config("spark.ui.enabled", "false").getOrCreate();

    // 1. An HXL 5W file, read with the HXL reader's mapping; the library's aggregator, merged over the partitions.
    FiveW fivew = FiveW.fromHxlCsv(spark, file);
    FiveW.Aggregated a = fivew.aggregate();
    System.out.print(a.aggregator().result(Dimension.COUNTRY, Dimension.SECTOR).toCsv());
    System.out.println("intersectoral reached: " + a.aggregator().intersectoralReached());
    System.out.print(a.report().toText());

    // 2. The same reports as a data frame, and the SQL functions on it.
    List<String> names = ResponsePlanFunctions.register(spark);
    System.out.println("registered: " + names);
    Dataset<Row> reports = fivew.reports();
    reports.createOrReplaceTempView("fivew");
    spark.sql("SELECT country, sector,"
        + " rp_reached(sector, country, adm1, adm2, population_group, month, new_beneficiaries,"
        + "   total_monthly_beneficiaries) AS reached,"
        + " rp_total_monthly_beneficiaries(sector, country, adm1, adm2, population_group, month, new_beneficiaries,"
        + "   total_monthly_beneficiaries) AS total_monthly_beneficiaries"
        + " FROM fivew GROUP BY country, sector ORDER BY country, sector").show(false);
    spark.sql("SELECT rp_intersectoral_reached(sector, country, adm1, adm2, population_group, month,"
        + " new_beneficiaries, total_monthly_beneficiaries) AS intersectoral_reached,"
        + " rp_reach_summary(sector, country, adm1, adm2, population_group, month, new_beneficiaries,"
        + " total_monthly_beneficiaries).problems AS problems FROM fivew").show(false);
    spark.sql("SELECT rp_funding_coverage_pct(funding, requirements) AS funding_coverage_pct,"
        + " rp_need_coverage_pct(targeted, in_need) AS need_coverage_pct"
        + " FROM VALUES (120.0, 400.0, 800, 1000), (60.0, 100.0, 150, 500) AS t(funding, requirements, targeted,"
        + " in_need)").show(false);
  }
}
