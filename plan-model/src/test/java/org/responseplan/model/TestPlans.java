package org.responseplan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared fixtures: a small plan that is valid in every respect (PlanValidator reports nothing, Jakarta Validation
 * reports nothing), and its parts, so that a test changes exactly one thing and names what it changed.
 *
 * <p>The figures, all in USD and all hand-checked:
 * <pre>
 * plan "example-2022", 2022, presence COL + PER, requirements 1000, funding 400 = ECHO 250 + USAID 150
 *   people inNeed 900, targeted 600, reached 400; by sex: female 500/300/200, male 400/300/200 (sums equal totals)
 *   indicator "i-consultations" (unit consultations, sum): January 2022 at COL = 120, February 2022 at COL = 150
 *   objective "o-basic-needs", target group population-group:refugees, requirements 800,
 *       people inNeed 800, targeted 500, reached 300
 *     sector "s-health" iasc-cluster:HEA, requirements 500, people inNeed 300, targeted 200, reached 100
 *       activity "a-clinics" (service), requirements 300, people targeted 150, reached 100
 *     sector "s-shelter" r4v-sector:shelter, requirements 300, people targeted 250
 *       activity "a-kits" (in-kind, cash-or-voucher), requirements 300
 * </pre>
 * Requirements of the parts never exceed their parent: objectives 800 of 1000, sectors 500 + 300 = 800 of 800,
 * activities 300 of 500 and 300 of 300.
 */
public final class TestPlans {
  private TestPlans() {}

  public static final String CURRENCY = "USD";
  public static final Location COLOMBIA = Location.country("COL");
  public static final Location PERU = Location.country("PER");

  public static Money usd(long amount) {
    return Money.of(amount, CURRENCY);
  }

  public static PeopleCell sexCell(Sex sex, long inNeed, long targeted, long reached) {
    return PeopleCell.builder().sex(sex).inNeed(inNeed).targeted(targeted).reached(reached).build();
  }

  public static PeopleFigures planPeople() {
    return PeopleFigures.builder()
        .inNeed(900).targeted(600).reached(400)
        .addBreakdown(sexCell(Sex.FEMALE, 500, 300, 200))
        .addBreakdown(sexCell(Sex.MALE, 400, 300, 200))
        .build();
  }

  public static Funding planFunding() {
    return Funding.builder()
        .total(usd(400))
        .addContributions(Contribution.builder().donor("ECHO").amount(usd(250))
            .date(LocalDate.of(2022, 3, 1)).status(ContributionStatus.PAID).build())
        .addContributions(Contribution.builder().donor("USAID").amount(usd(150))
            .status(ContributionStatus.PLEDGED).build())
        .build();
  }

  public static Measurement measurement(Period period, Location location, long value) {
    return Measurement.builder().period(period).location(location).value(BigDecimal.valueOf(value)).build();
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .id("i-consultations")
        .name("Health consultations")
        .unit("consultations")
        .periodAggregation(AggregationRule.SUM)
        .locationAggregation(AggregationRule.SUM)
        .addMeasurements(measurement(Period.month(2022, 1), COLOMBIA, 120))
        .addMeasurements(measurement(Period.month(2022, 2), COLOMBIA, 150))
        .build();
  }

  public static Activity clinics() {
    return Activity.builder()
        .id("a-clinics")
        .description("Mobile health clinics")
        .addModalities(Modality.SERVICE)
        .requirements(usd(300))
        .people(PeopleFigures.builder().targeted(150).reached(100).build())
        .build();
  }

  public static Activity shelterKits() {
    return Activity.builder()
        .id("a-kits")
        .description("Shelter kits and rental support")
        .addModalities(Modality.IN_KIND, Modality.CASH_OR_VOUCHER)
        .requirements(usd(300))
        .build();
  }

  public static Sector health() {
    return Sector.builder()
        .id("s-health")
        .code(Code.of(Vocabularies.IASC_CLUSTER, "HEA"))
        .requirements(usd(500))
        .people(PeopleFigures.builder().inNeed(300).targeted(200).reached(100).build())
        .addActivities(clinics())
        .build();
  }

  public static Sector shelter() {
    return Sector.builder()
        .id("s-shelter")
        .code(Code.of(Vocabularies.R4V_SECTOR, "shelter"))
        .requirements(usd(300))
        .people(PeopleFigures.builder().targeted(250).build())
        .addActivities(shelterKits())
        .build();
  }

  public static Objective objective() {
    return Objective.builder()
        .id("o-basic-needs")
        .title("Meet the basic needs of refugees and migrants")
        .addTargetGroups(Code.of(Vocabularies.POPULATION_GROUP, "refugees"))
        .requirements(usd(800))
        .people(PeopleFigures.builder().inNeed(800).targeted(500).reached(300).build())
        .addSectors(health(), shelter())
        .build();
  }

  /** A builder holding the whole valid plan; change one thing and build. List setters replace, add* appends. */
  public static Plan.Builder planBuilder() {
    return Plan.builder()
        .id("example-2022")
        .name("Example response plan 2022")
        .planType(Code.of(Vocabularies.PLAN_TYPE, "rmrp"))
        .period(Period.year(2022))
        .addOperationalPresence(COLOMBIA, PERU)
        .requirements(usd(1000))
        .people(planPeople())
        .funding(planFunding())
        .addObjectives(objective())
        .addIndicators(indicator());
  }

  /** The valid plan itself. */
  public static Plan plan() {
    return planBuilder().build();
  }

  /** The valid plan with its one objective replaced. */
  public static Plan withObjective(Objective objective) {
    return planBuilder().objectives(List.of(objective)).build();
  }

  /** The valid plan with the health sector (objective 0, sector 0) replaced; the shelter sector stays second. */
  public static Plan withHealthSector(Sector sector) {
    return withObjective(Objective.builder().from(objective()).sectors(List.of(sector, shelter())).build());
  }

  /** The valid plan with the health sector's activities replaced. */
  public static Plan withHealthActivities(Activity... activities) {
    return withHealthSector(Sector.builder().from(health()).activities(List.of(activities)).build());
  }

  /** The valid plan with the plan-level indicator replaced. */
  public static Plan withIndicator(Indicator indicator) {
    return planBuilder().indicators(List.of(indicator)).build();
  }
}
