package org.responseplan.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.Rounding;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;

/** Funding coverage and need coverage of the seed plan: the indicators example of the README. */
public final class SeedCoverage {
  private SeedCoverage() {}

  /** Returns funding coverage and need coverage in percent (FTS rounding) of the plan in {@code file}. */
  public static BigDecimal[] coverage(Path file) {
    // coverage-example-start
    Plan plan = PlanJson.reader().read(file).plan().orElseThrow();
    Calculation funding = Calculators.fundingCoverage(FundingFigures.of(plan)); // requirements and funding
    Calculation need = Calculators.needCoverage(plan.getPeople().orElseThrow()); // targeted / in need
    System.out.println(funding.explain()); // the formula, its inputs and the exact value
    Optional<BigDecimal> fundingCoveragePct = funding.percent(Rounding.FTS); // 41.00
    Optional<BigDecimal> needCoveragePct = need.percent(Rounding.FTS); // 19.33
    // coverage-example-end
    System.out.println(need.explain());
    return new BigDecimal[] {fundingCoveragePct.orElseThrow(), needCoveragePct.orElseThrow()};
  }

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/plans/iom-venezuela-rmrp-2022.json");
    BigDecimal[] pct = coverage(file);
    System.out.println("funding coverage " + pct[0] + " %, need coverage " + pct[1] + " %");
  }
}
