package org.responseplan.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.Rounding;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Plan;
import org.responseplan.model.PeopleFigures;

/** Funding and people coverage of the seed plan: the indicators example of the README. */
public final class SeedCoverage {
  private SeedCoverage() {}

  /** Returns funding coverage and need coverage in percent (FTS rounding) of the plan in {@code file}. */
  public static BigDecimal[] coverage(Path file) {
    // coverage-example-start
    Plan plan = PlanJson.reader().read(file).plan().orElseThrow();
    Calculation funding = Calculators.fundingCoverage(
        Calculators.fundingReceived(plan.getFunding()), plan.getRequirements());
    PeopleFigures people = plan.getPeople().orElseThrow();
    Calculation need = Calculators.needCoverage(people.getTargeted(), people.getInNeed());
    System.out.println(funding.explain());          // the formula, its inputs and the exact value
    Optional<BigDecimal> fundedPct = funding.percent(Rounding.FTS);   // 41.00
    Optional<BigDecimal> targetedPct = need.percent(Rounding.FTS);    // 19.33
    // coverage-example-end
    System.out.println(need.explain());
    return new BigDecimal[] {fundedPct.orElseThrow(), targetedPct.orElseThrow()};
  }

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/plans/iom-venezuela-rmrp-2022.json");
    BigDecimal[] pct = coverage(file);
    System.out.println("funding coverage " + pct[0] + " %, need coverage " + pct[1] + " %");
  }
}
