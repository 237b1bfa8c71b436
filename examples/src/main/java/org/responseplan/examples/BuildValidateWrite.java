package org.responseplan.examples;

import java.util.Locale;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.Rounding;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Location;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.ValidationReport;

/** Builds a small plan in code, validates it, computes its funding coverage and writes it as JSON. */
public final class BuildValidateWrite {
  private BuildValidateWrite() {}

  /** The example plan; every figure is illustrative. */
  public static Plan buildPlan() {
    return Plan.builder()
        .id("example-2022")
        .name("Example response plan 2022")
        .period(Period.year(2022))
        .addOperationalPresence(Location.country("COL"), Location.country("PER"))
        .requirements(Money.of("2500000", "USD"))
        .funding(Funding.builder().total(Money.of("1000000", "USD")).build())
        .people(PeopleFigures.builder().inNeed(400_000).targeted(150_000).build())
        .addObjectives(Objective.builder()
            .id("so1")
            .title("Save lives and respond to needs")
            .requirements(Money.of("1800000", "USD"))
            .addSectors(Sector.builder()
                .id("so1-basic-needs")
                .code(Code.of("iom-activity-area", "basic-needs"))
                .requirements(Money.of("900000", "USD"))
                .addActivities(Activity.builder()
                    .id("so1-basic-needs-1")
                    .description("Food kits and vouchers for families in transit")
                    .addModalities(Modality.IN_KIND, Modality.CASH_OR_VOUCHER)
                    .build())
                .build())
            .build())
        .build();
  }

  public static void main(String[] args) {
    Plan plan = buildPlan();
    ValidationReport report = PlanValidator.create(Locale.ENGLISH).validate(plan);
    System.out.println(report.isValid() ? "valid" : "invalid: " + report.findings());
    Calculation coverage = Calculators.fundingCoverage(FundingFigures.of(plan));
    System.out.println("funding coverage: " + coverage.percent(Rounding.FTS).orElseThrow() + " %"); // 40.00 %
    System.out.print(PlanJson.writer().toJson(plan));
  }
}
