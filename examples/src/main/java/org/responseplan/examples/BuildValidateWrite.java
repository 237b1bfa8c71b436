package org.responseplan.examples;

import java.util.Locale;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
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

/**
 * Builds a small plan in code, validates it and writes it as JSON: the example of the README. Every figure is
 * illustrative.
 */
public final class BuildValidateWrite {
  private BuildValidateWrite() {}

  /** The plan of the README example. */
  public static Plan buildPlan() {
    // readme-example-start
    Plan plan = Plan.builder()
        .id("example-2022")
        .name("Example response plan 2022")
        .period(Period.year(2022))
        .addOperationalPresence(Location.country("COL"), Location.country("PER"))
        .requirements(Money.of("2500000", "USD"))
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

    ValidationReport report = PlanValidator.create(Locale.ENGLISH).validate(plan);
    report.findings().forEach(System.out::println); // none: the plan is valid
    String json = PlanJson.writer().toJson(plan);
    // readme-example-end
    System.out.print(json);
    return plan;
  }

  public static void main(String[] args) {
    buildPlan();
  }
}
