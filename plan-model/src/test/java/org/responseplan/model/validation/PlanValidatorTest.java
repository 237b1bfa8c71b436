package org.responseplan.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.model.TestPlans.COLOMBIA;
import static org.responseplan.model.TestPlans.PERU;
import static org.responseplan.model.TestPlans.sexCell;
import static org.responseplan.model.TestPlans.usd;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Activity;
import org.responseplan.model.AgeBand;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.TestPlans;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.Vocabulary;

/** For every rule the validator checks: a plan where it fires, exactly as documented, and a close one where not. */
class PlanValidatorTest {

  private static ValidationReport validate(Plan plan) {
    return PlanValidator.create().validate(plan);
  }

  /** The one finding the plan has; fails when it has none or more. */
  private static final Code DISABILITY = Code.of(Vocabularies.PEOPLE_SUBSET, "disability");
  private static final Code PLW = Code.of(Vocabularies.PEOPLE_SUBSET, "pregnant-lactating-women");

  private static Finding onlyFinding(Plan plan) {
    ValidationReport report = validate(plan);
    assertEquals(1, report.findings().size(), report::toText);
    return report.findings().get(0);
  }

  private static void assertNoFindings(Plan plan) {
    ValidationReport report = validate(plan);
    assertEquals(List.of(), report.findings(), report::toText);
    assertTrue(report.isValid());
  }

  private static void assertFinding(Finding f, Rule rule, Severity severity, String path, String value,
      String... inMessage) {
    assertEquals(rule, f.rule(), f::toString);
    assertEquals(severity, f.severity(), f::toString);
    assertEquals(path, f.path(), f::toString);
    assertEquals(value, f.value(), f::toString);
    for (String phrase : inMessage) {
      assertTrue(f.message().contains(phrase), () -> "\"" + phrase + "\" not in: " + f.message());
    }
  }

  private static Sector healthWith(PeopleFigures people) {
    return Sector.builder().from(TestPlans.health()).people(people).build();
  }

  private static Plan withPlanBreakdown(PeopleCell... cells) {
    return TestPlans.planBuilder()
        .people(PeopleFigures.builder().from(TestPlans.planPeople()).breakdown(List.of(cells)).build())
        .build();
  }

  @Test
  void theSharedValidPlanHasNoFindings() {
    assertNoFindings(TestPlans.plan());
  }

  @Nested
  class TextAndCodes {
    @Test
    void aBlankTitleIsARequiredFieldAtItsPointer() {
      Plan plan = TestPlans.withObjective(Objective.builder().from(TestPlans.objective()).title("  ").build());
      assertFinding(onlyFinding(plan), Rule.REQUIRED_FIELD, Severity.ERROR, "/objectives/0/title", "  ",
          "required");
    }

    @Test
    void aTitleWithTextAroundSpacesIsNotBlank() {
      assertNoFindings(TestPlans.withObjective(Objective.builder().from(TestPlans.objective()).title(" x ").build()));
    }

    @Test
    void aCountryThatIsNotIsoAlpha3IsAnInvalidCountry() {
      Plan plan = TestPlans.planBuilder().operationalPresence(List.of(Location.country("co"), COLOMBIA, PERU)).build();
      assertFinding(onlyFinding(plan), Rule.INVALID_COUNTRY, Severity.ERROR, "/operationalPresence/0/country", "co",
          "\"co\"");
    }

    @Test
    void kosovoAsUnAgenciesCodeItIsAValidCountry() {
      assertNoFindings(TestPlans.planBuilder().operationalPresence(List.of(Location.country("XKX"), COLOMBIA)).build());
    }

    @Test
    void twoSectorsWithOneIdAreADuplicateIdNamingTheFirst() {
      Sector secondHealth = Sector.builder().from(TestPlans.shelter()).id("s-health").build();
      Plan plan = TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
          .sectors(List.of(TestPlans.health(), secondHealth)).build());
      assertFinding(onlyFinding(plan), Rule.DUPLICATE_ID, Severity.ERROR, "/objectives/0/sectors/1/id", "s-health",
          "\"s-health\"", "/objectives/0/sectors/0/id");
    }

    @Test
    void aSectorMayShareItsIdWithAnObjectiveBecauseEachKindHasItsOwnIds() {
      Sector named = Sector.builder().from(TestPlans.health()).id("o-basic-needs").build();
      assertNoFindings(TestPlans.withHealthSector(named));
    }

    @Test
    void aVocabularyNeitherBuiltInNorDeclaredIsUnknown() {
      Plan plan = TestPlans.withHealthSector(
          Sector.builder().from(TestPlans.health()).code(Code.of("x-local-sector", "health")).build());
      assertFinding(onlyFinding(plan), Rule.UNKNOWN_VOCABULARY, Severity.ERROR,
          "/objectives/0/sectors/0/code/vocabulary", "x-local-sector", "\"x-local-sector\"");
    }

    @Test
    void anXVocabularyDeclaredInThePlanIsAccepted() {
      Plan plan = Plan.builder().from(TestPlans.withHealthSector(
              Sector.builder().from(TestPlans.health()).code(Code.of("x-local-sector", "health")).build()))
          .addVocabularies(Vocabulary.builder().id("x-local-sector").name("Local sectors")
              .putCodes("health", "Health and nutrition").build())
          .build();
      assertNoFindings(plan);
    }

    @Test
    void aCodeMissingFromItsVocabularyIsUnknownNamingTheVocabulary() {
      Plan plan = TestPlans.withHealthSector(
          Sector.builder().from(TestPlans.health()).code(Code.of(Vocabularies.IASC_CLUSTER, "HEALTH")).build());
      assertFinding(onlyFinding(plan), Rule.UNKNOWN_CODE, Severity.ERROR, "/objectives/0/sectors/0/code/code",
          "HEALTH", "\"HEALTH\"", "\"iasc-cluster\"");
    }

    @Test
    void aPlanVocabularyWithABuiltInIdAddsCodesAndKeepsTheBuiltInOnes() {
      Sector cash = Sector.builder().from(TestPlans.shelter()).code(Code.of(Vocabularies.IASC_CLUSTER, "CVA")).build();
      Plan plan = Plan.builder().from(TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
              .sectors(List.of(TestPlans.health(), cash)).build()))
          .addVocabularies(Vocabulary.builder().id(Vocabularies.IASC_CLUSTER).name("National additions")
              .putCodes("CVA", "Cash and voucher assistance").build())
          .build();
      // CVA comes from the plan's declaration, HEA (the health sector) from the built-in list.
      assertNoFindings(plan);
    }

    @Test
    void aBuiltInVocabularyWithAddedCodesStillRejectsOtherCodes() {
      Plan plan = Plan.builder().from(TestPlans.withHealthSector(
              Sector.builder().from(TestPlans.health()).code(Code.of(Vocabularies.IASC_CLUSTER, "HEALTH")).build()))
          .addVocabularies(Vocabulary.builder().id(Vocabularies.IASC_CLUSTER).name("National additions")
              .putCodes("CVA", "Cash and voucher assistance").build())
          .build();
      assertEquals(Rule.UNKNOWN_CODE, onlyFinding(plan).rule());
    }

    @Test
    void anOpenDeclaredVocabularyAcceptsAnyCode() {
      Plan plan = Plan.builder().from(TestPlans.withHealthSector(
              Sector.builder().from(TestPlans.health()).code(Code.of("x-cluster", "anything-at-all")).build()))
          .addVocabularies(Vocabulary.builder().id("x-cluster").name("Country clusters").build())
          .build();
      assertNoFindings(plan);
    }
  }

  @Nested
  class MoneyRules {
    @Test
    void anAmountInASecondCurrencyIsMixedCurrencyNamingWhereTheFirstWas() {
      Sector inEuros = Sector.builder().from(TestPlans.shelter()).requirements(Money.of(300, "EUR")).build();
      Plan plan = TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
          .sectors(List.of(TestPlans.health(), inEuros)).build());
      assertFinding(onlyFinding(plan), Rule.MIXED_CURRENCY, Severity.ERROR,
          "/objectives/0/sectors/1/requirements/currency", "EUR", "EUR", "USD", "(first at /requirements)");
    }

    @Test
    void aPlanEntirelyInAnotherCurrencyIsConsistent() {
      assertNoFindings(Plan.builder().id("p").name("Plan in euros")
          .requirements(Money.of(100, "EUR"))
          .funding(Funding.builder().total(Money.of(40, "EUR"))
              .addContributions(Contribution.builder().donor("ECHO").amount(Money.of("40.00", "EUR")).build())
              .build())
          .build());
    }

    @Test
    void sectorsRequiringMoreThanTheirObjectiveExceedTheParent() {
      // 500 + 301 = 801 > 800; the shelter activity (300) still fits in its sector (301).
      Sector shelter = Sector.builder().from(TestPlans.shelter()).requirements(usd(301)).build();
      Plan plan = TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
          .sectors(List.of(TestPlans.health(), shelter)).build());
      assertFinding(onlyFinding(plan), Rule.REQUIREMENTS_EXCEED_PARENT, Severity.ERROR, "/objectives/0/requirements",
          "800 USD", "sectors add up to 801 USD", "800 USD");
    }

    @Test
    void objectivesRequiringMoreThanThePlanExceedThePlan() {
      Plan plan = TestPlans.planBuilder().requirements(usd(799)).build();
      assertFinding(onlyFinding(plan), Rule.REQUIREMENTS_EXCEED_PARENT, Severity.ERROR, "/requirements",
          "799 USD", "objectives add up to 800 USD");
    }

    @Test
    void partsExactlyEqualToTheParentDoNotExceedIt() {
      // Objective 800 = sectors 500 + 300; plan 800 = its one objective; shelter 300 = its one activity.
      assertNoFindings(TestPlans.planBuilder().requirements(Money.of("800.00", "USD")).build());
    }

    @Test
    void contributionsAboveThePublishedTotalAreAWarning() {
      Funding funding = Funding.builder().from(TestPlans.planFunding())
          .contributions(List.of(
              Contribution.builder().donor("ECHO").amount(usd(250)).build(),
              Contribution.builder().donor("USAID").amount(usd(151)).build()))
          .build();
      ValidationReport report = validate(TestPlans.planBuilder().funding(funding).build());
      assertEquals(1, report.findings().size(), report::toText);
      assertFinding(report.findings().get(0), Rule.CONTRIBUTIONS_EXCEED_TOTAL, Severity.WARNING, "/funding/total",
          "400 USD", "add up to 401 USD", "total funding of 400 USD");
      assertTrue(report.isValid());
    }

    @Test
    void contributionsAddingUpToTheTotalAreConsistent() {
      Funding funding = Funding.builder().from(TestPlans.planFunding())
          .contributions(List.of(
              Contribution.builder().donor("ECHO").amount(Money.of("250.50", "USD")).build(),
              Contribution.builder().donor("USAID").amount(Money.of("149.5", "USD")).build()))
          .build();
      assertNoFindings(TestPlans.planBuilder().funding(funding).build());
    }
  }

  @Nested
  class PeopleRules {
    @Test
    void anActivityTargetingMoreThanItsSectorIsAWarning() {
      Activity clinics = Activity.builder().from(TestPlans.clinics())
          .people(PeopleFigures.builder().targeted(201).reached(100).build()).build();
      Finding f = onlyFinding(TestPlans.withHealthActivities(clinics));
      assertFinding(f, Rule.PEOPLE_EXCEED_PARENT, Severity.WARNING,
          "/objectives/0/sectors/0/activities/0/people/targeted", "201", "(201 people)", "(200)");
    }

    @Test
    void anActivityTargetingAsManyAsItsSectorIsFine() {
      Activity clinics = Activity.builder().from(TestPlans.clinics())
          .people(PeopleFigures.builder().targeted(200).reached(100).build()).build();
      assertNoFindings(TestPlans.withHealthActivities(clinics));
    }

    @Test
    void targetingMoreThanAreInNeedIsAWarning() {
      Plan plan = TestPlans.withHealthSector(healthWith(
          PeopleFigures.builder().inNeed(300).targeted(301).reached(100).build()));
      assertFinding(onlyFinding(plan), Rule.TARGETED_EXCEEDS_IN_NEED, Severity.WARNING,
          "/objectives/0/sectors/0/people/targeted", "301", "301 people targeted", "300 people in need");
    }

    @Test
    void aBreakdownCellTargetingMoreThanItsInNeedIsAWarningAtTheCell() {
      Plan plan = withPlanBreakdown(sexCell(Sex.FEMALE, 250, 300, 200), sexCell(Sex.MALE, 400, 300, 200));
      assertFinding(onlyFinding(plan), Rule.TARGETED_EXCEEDS_IN_NEED, Severity.WARNING,
          "/people/breakdown/0/targeted", "300", "300 people targeted", "250 people in need");
    }

    @Test
    void targetingAllWhoAreInNeedIsFine() {
      assertNoFindings(TestPlans.withHealthSector(healthWith(
          PeopleFigures.builder().inNeed(300).targeted(300).reached(100).build())));
    }

    @Test
    void reachingMoreThanTargetedIsOnlyAWarningAndThePlanStaysValid() {
      Plan plan = TestPlans.withHealthSector(healthWith(
          PeopleFigures.builder().inNeed(300).targeted(200).reached(201).build()));
      ValidationReport report = validate(plan);
      assertEquals(1, report.findings().size(), report::toText);
      assertFinding(report.findings().get(0), Rule.REACHED_EXCEEDS_TARGETED, Severity.WARNING,
          "/objectives/0/sectors/0/people/reached", "201", "201 people reached", "200 targeted");
      assertTrue(report.isValid());
      assertEquals(0, report.errorCount());
      assertEquals(1, report.warningCount());
    }

    @Test
    void reachingExactlyTheTargetIsFine() {
      assertNoFindings(TestPlans.withHealthSector(healthWith(
          PeopleFigures.builder().inNeed(300).targeted(200).reached(200).build())));
    }

    @Test
    void cellsByOneDimensionAddingUpToMoreThanTheTotalAreAnError() {
      // targeted: female 300 + male 301 = 601 > 600
      Plan plan = withPlanBreakdown(sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 301, 200));
      assertFinding(onlyFinding(plan), Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, Severity.ERROR, "/people/targeted", "600",
          "cells by sex add up to 601", "total of 600");
    }

    @Test
    void subsetCellsAreNeverAddedToTheOtherCellsNorToAnotherSubset() {
      // By sex 500 + 400 = 900 = in need; 300 people with disabilities and 800 pregnant or lactating women are among
      // them (and may overlap each other): none of it is an excess.
      Plan plan = withPlanBreakdown(
          sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200),
          PeopleCell.builder().subset(DISABILITY).inNeed(300).build(),
          PeopleCell.builder().subset(PLW).sex(Sex.FEMALE).inNeed(800).build());
      assertNoFindings(plan);
    }

    @Test
    void theCellsOfOneSubsetAddingUpToMoreThanTheTotalAreAnError() {
      // people with disabilities: female 500 + male 401 = 901 > 900 in need
      Plan plan = withPlanBreakdown(
          sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200),
          PeopleCell.builder().subset(DISABILITY).sex(Sex.FEMALE).inNeed(500).build(),
          PeopleCell.builder().subset(DISABILITY).sex(Sex.MALE).inNeed(401).build());
      assertFinding(onlyFinding(plan), Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, Severity.ERROR, "/people/inNeed", "900",
          "901");
    }

    @Test
    void aSubsetOfAnUnknownCodeIsReportedAtItsPointer() {
      Plan plan = withPlanBreakdown(sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200),
          PeopleCell.builder().subset(Code.of(Vocabularies.PEOPLE_SUBSET, "left-handed")).inNeed(10).build());
      assertFinding(onlyFinding(plan), Rule.UNKNOWN_CODE, Severity.ERROR, "/people/breakdown/2/subset/code",
          "left-handed");
    }

    @Test
    void cellsOfDifferentDimensionsAreNotAddedTogether() {
      // By sex 500 + 400 = 900, by age band 600 + 300 = 900: each equals the 900 in need; together they would not.
      Plan plan = withPlanBreakdown(
          sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200),
          PeopleCell.builder().ageBand(AgeBand.CHILDREN).inNeed(600).build(),
          PeopleCell.builder().ageBand(AgeBand.ADULTS).inNeed(300).build());
      assertNoFindings(plan);
    }

    @Test
    void theSameCellTwiceIsADuplicateAndIsNotAlsoCountedInTheSum() {
      Plan plan = withPlanBreakdown(
          sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200), sexCell(Sex.FEMALE, 1, 1, 1));
      assertFinding(onlyFinding(plan), Rule.DUPLICATE_BREAKDOWN_CELL, Severity.ERROR, "/people/breakdown/2",
          "sex=female", "sex=female", "(first at /people/breakdown/0)");
    }

    @Test
    void cellsThatDifferInOneDimensionAreNotDuplicates() {
      Plan plan = withPlanBreakdown(
          sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200),
          PeopleCell.builder().sex(Sex.FEMALE).ageBand(AgeBand.CHILDREN).inNeed(200).build(),
          PeopleCell.builder().sex(Sex.FEMALE).ageBand(AgeBand.ADULTS).inNeed(300).build());
      assertNoFindings(plan);
    }

    @Test
    void bothFiguresOfAMessageAreWrittenAlike() {
      Plan plan = TestPlans.planBuilder()
          .people(PeopleFigures.builder().inNeed(1200).targeted(1500).build())
          .objectives(List.of())
          .build();
      String message = onlyFinding(plan).message();
      assertTrue(message.equals("1500 people targeted is more than the 1200 people in need.")
          || message.equals("1,500 people targeted is more than the 1,200 people in need."), message);
    }

    @Test
    void aBreakdownLocationOutsideTheOperationalPresenceIsAWarning() {
      Plan plan = withPlanBreakdown(
          sexCell(Sex.FEMALE, 500, 300, 200), sexCell(Sex.MALE, 400, 300, 200),
          PeopleCell.builder().location(Location.country("ECU")).inNeed(50).build());
      assertFinding(onlyFinding(plan), Rule.LOCATION_OUTSIDE_PRESENCE, Severity.WARNING,
          "/people/breakdown/2/location/country", "ECU", "ECU");
    }

    @Test
    void aFigureGivenAsTextIsNotedAsInfoAtItsLabelAndThePlanStaysValid() {
      Plan plan = TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
          .people(PeopleFigures.builder().inNeed(800).reached(300)
              .label(PeopleMetric.TARGETED, "At risk communities").build())
          .build());
      Finding f = onlyFinding(plan);
      assertFinding(f, Rule.FIGURE_LABEL, Severity.INFO, "/objectives/0/people/labels/targeted",
          "At risk communities", "targeted", "\"At risk communities\"", "not reported");
      assertTrue(validate(plan).isValid());
      assertEquals("La cifra de personas meta figura como texto: \"At risk communities\". Sin un número al lado, cuenta como "
          + "no informada en todos los cálculos; los informes muestran el texto en lugar del número.",
          PlanValidator.create(Locale.forLanguageTag("es")).validate(plan).findings().get(0).message());
    }

    @Test
    void aLabelBesideItsNumberIsNotedToo() {
      Plan plan = TestPlans.planBuilder()
          .people(PeopleFigures.builder().from(TestPlans.planPeople()).label(PeopleMetric.AFFECTED, "whole region")
              .build())
          .build();
      assertFinding(onlyFinding(plan), Rule.FIGURE_LABEL, Severity.INFO, "/people/labels/affected", "whole region",
          "affected");
    }

    @Test
    void figuresGivenAsNumbersOnlyHaveNoLabelFinding() {
      // The same objective as above with the number in place of the text.
      Plan plan = TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
          .people(PeopleFigures.builder().inNeed(800).targeted(500).reached(300).build())
          .build());
      assertNoFindings(plan);
    }
  }

  @Nested
  class IndicatorRules {
    private Indicator consultationsWith(List<Measurement> measurements) {
      return Indicator.builder().from(TestPlans.indicator()).measurements(measurements).build();
    }

    @Test
    void aMeasurementInACountryOutsideThePresenceIsAWarning() {
      Plan plan = TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 120),
          TestPlans.measurement(Period.month(2022, 1), Location.country("ECU"), 40))));
      assertFinding(onlyFinding(plan), Rule.LOCATION_OUTSIDE_PRESENCE, Severity.WARNING,
          "/indicators/0/measurements/1/location/country", "ECU", "The country ECU is not in");
    }

    @Test
    void aPlanThatStatesNoPresenceHasNoLocationOutsideIt() {
      Plan plan = Plan.builder().from(TestPlans.withIndicator(consultationsWith(List.of(
              TestPlans.measurement(Period.month(2022, 1), Location.country("ECU"), 40)))))
          .operationalPresence(List.of())
          .build();
      assertNoFindings(plan);
    }

    @Test
    void anAdminAreaInsideAPresenceCountryIsInside() {
      Location bogota = Location.builder().country("COL").admin1Code("CO11").admin1Name("Bogotá").build();
      assertNoFindings(TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.month(2022, 1), bogota, 40)))));
    }

    @Test
    void aMeasurementBeforeThePlanPeriodIsAWarning() {
      Plan plan = TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.month(2021, 12), COLOMBIA, 90),
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 120))));
      assertFinding(onlyFinding(plan), Rule.MEASUREMENT_OUTSIDE_PERIOD, Severity.WARNING,
          "/indicators/0/measurements/0/period", "2021-12-01/2021-12-31",
          "2021-12-01/2021-12-31", "2022-01-01/2022-12-31");
    }

    @Test
    void aMeasurementEndingOnTheLastDayOfThePlanIsInside() {
      assertNoFindings(TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.of(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 31)), COLOMBIA, 90),
          TestPlans.measurement(Period.year(2022), PERU, 400)))));
    }

    @Test
    void twoMeasurementsForOnePeriodAndPlaceAreADuplicate() {
      Plan plan = TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 120),
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 125))));
      Finding f = onlyFinding(plan);
      assertEquals(Rule.DUPLICATE_MEASUREMENT, f.rule());
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("/indicators/0/measurements/1", f.path());
      assertTrue(f.value().endsWith("@COL"), f.value());
      assertTrue(f.message().contains("(at /indicators/0/measurements/0)"), f.message());
    }

    @Test
    void aDuplicateMeasurementNamesThePeriodAsWrittenElsewhere() {
      Plan plan = TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 120),
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 125))));
      Finding f = onlyFinding(plan);
      assertEquals("2022-01-01/2022-01-31@COL", f.value());
      assertEquals("There is already a measurement for 2022-01-01/2022-01-31@COL (at /indicators/0/measurements/0).",
          f.message());
    }

    @Test
    void oneMonthInTwoCountriesIsNotADuplicate() {
      assertNoFindings(TestPlans.withIndicator(consultationsWith(List.of(
          TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 120),
          TestPlans.measurement(Period.month(2022, 1), PERU, 80)))));
    }

    @Test
    void aPercentageSummedOverPeriodsIsAnError() {
      Indicator coverage = Indicator.builder().from(TestPlans.indicator()).unit("percent")
          .periodAggregation(AggregationRule.SUM).locationAggregation(AggregationRule.AVERAGE).build();
      assertFinding(onlyFinding(TestPlans.withIndicator(coverage)), Rule.RATIO_SUMMED, Severity.ERROR,
          "/indicators/0/periodAggregation", "sum", "measured in percent");
    }

    @Test
    void aRateLeftWithTheDefaultSumIsAnErrorForPeriodsAndForLocations() {
      Indicator rate = Indicator.builder().id("i-rate").name("Vaccination rate").unit("Rate").build();
      List<Finding> findings = validate(TestPlans.withIndicator(rate)).findings();
      assertEquals(List.of("/indicators/0/periodAggregation", "/indicators/0/locationAggregation"),
          findings.stream().map(Finding::path).toList());
      assertTrue(findings.stream().allMatch(f -> f.rule() == Rule.RATIO_SUMMED));
    }

    @Test
    void aPercentageTakenAtItsLatestOrAveragedIsFine() {
      Indicator coverage = Indicator.builder().from(TestPlans.indicator()).unit("percent")
          .periodAggregation(AggregationRule.LATEST).locationAggregation(AggregationRule.AVERAGE).build();
      assertNoFindings(TestPlans.withIndicator(coverage));
    }
  }

  @Nested
  class WholeReports {
    @Test
    void aPlanWithManyProblemsReportsThemAllAtOnce() {
      Sector unknownCode = Sector.builder().from(TestPlans.health()).code(Code.of(Vocabularies.IASC_CLUSTER, "HEALTH"))
          .build();
      Sector duplicateId = Sector.builder().from(TestPlans.shelter()).id("s-health").build();
      Indicator percentWithDuplicate = Indicator.builder().from(TestPlans.indicator()).unit("percent")
          .measurements(List.of(
              TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 40),
              TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 45)))
          .build();
      Plan plan = TestPlans.planBuilder()
          .name("")                                                                  // required-field
          .operationalPresence(List.of(Location.country("co"), COLOMBIA, PERU))      // invalid-country
          .people(PeopleFigures.builder().from(TestPlans.planPeople()).reached(601).build()) // reached > targeted
          .funding(Funding.builder().total(usd(400))                                 // contributions 401 > 400
              .addContributions(Contribution.builder().donor("ECHO").amount(usd(250)).build())
              .addContributions(Contribution.builder().donor("USAID").amount(usd(151)).build())
              .build())
          .objectives(List.of(Objective.builder().from(TestPlans.objective())
              .sectors(List.of(unknownCode, duplicateId)).build()))                 // unknown-code, duplicate-id
          .indicators(List.of(percentWithDuplicate))                                 // 2 x ratio-summed, duplicate
          .build();

      ValidationReport report = validate(plan);

      Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
      report.findings().forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
      assertEquals(Map.of(
          Rule.REQUIRED_FIELD, 1,
          Rule.INVALID_COUNTRY, 1,
          Rule.REACHED_EXCEEDS_TARGETED, 1,
          Rule.CONTRIBUTIONS_EXCEED_TOTAL, 1,
          Rule.UNKNOWN_CODE, 1,
          Rule.DUPLICATE_ID, 1,
          Rule.RATIO_SUMMED, 2,
          Rule.DUPLICATE_MEASUREMENT, 1), counts, report::toText);
      assertEquals(9, report.findings().size());
      assertEquals(7, report.errorCount());
      assertEquals(2, report.warningCount());
      assertFalse(report.isValid());
      assertTrue(report.toText().endsWith("7 error(s), 2 warning(s), 0 info(s)\n"), report.toText());
    }

    @Test
    void aPlanWithOnlyIdAndNameHasNoFindings() {
      assertNoFindings(Plan.builder().id("p").name("Plan").build());
    }

    @Test
    void aPlanWithBlankIdAndNameGetsTwoRequiredFieldsInsteadOfAnException() {
      List<Finding> findings = validate(Plan.builder().id("").name(" ").build()).findings();
      assertEquals(List.of("/id", "/name"), findings.stream().map(Finding::path).toList());
      assertTrue(findings.stream().allMatch(f -> f.rule() == Rule.REQUIRED_FIELD));
    }

    @Test
    void sparseAndZeroDataGiveFindingsNotExceptions() {
      Plan plan = Plan.builder().id("p").name("Plan")
          .requirements(Money.zero("USD"))
          .people(PeopleFigures.builder()                       // cells without totals, a cell without figures
              .addBreakdown(PeopleCell.builder().location(Location.country("QQQ")).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.OTHER).reached(0).build())
              .build())
          .addObjectives(Objective.builder().id("o").title("Objective").requirements(Money.zero("USD")).build())
          .addIndicators(Indicator.builder().id("i").name("Coverage").unit("%").build()) // no measurements
          .addVocabularies(Vocabulary.builder().id("x-empty").name("Empty").build())
          .build();
      List<Finding> findings = validate(plan).findings();
      assertEquals(List.of(
              "invalid-country at /people/breakdown/0/location/country",
              "ratio-summed at /indicators/0/periodAggregation",
              "ratio-summed at /indicators/0/locationAggregation"),
          findings.stream().map(f -> f.rule().code() + " at " + f.path()).toList());
    }

    @Test
    void cellsSummingBeyondLongMaxValueExceedTheTotalInsteadOfOverflowing() {
      long big = Long.MAX_VALUE - 1; // 9223372036854775806; female + male overflow a long
      Plan plan = Plan.builder().id("p").name("Plan")
          .people(PeopleFigures.builder().inNeed(big)
              .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).inNeed(big).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.MALE).inNeed(big).build())
              .build())
          .build();
      assertFinding(onlyFinding(plan), Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, Severity.ERROR, "/people/inNeed",
          "9223372036854775806");
    }

    @Test
    void cellsSummingBeyondATotalOfLongMaxValueExceedIt() {
      long max = Long.MAX_VALUE;
      Plan plan = Plan.builder().id("p").name("Plan")
          .people(PeopleFigures.builder().inNeed(max)
              .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).inNeed(max).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.MALE).inNeed(max).build())
              .build())
          .build();
      assertFinding(onlyFinding(plan), Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, Severity.ERROR, "/people/inNeed",
          "9223372036854775807", "add up to 18446744073709551614");
    }

    @Test
    void sumsNearLongMaxValueAreExactBeforeAndAfterTheyLeaveALong() {
      long max = Long.MAX_VALUE;
      // Exactly Long.MAX_VALUE in a long: not more than the total, so no finding.
      Plan fits = Plan.builder().id("p").name("Plan")
          .people(PeopleFigures.builder().inNeed(max)
              .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).inNeed(max - 2).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.MALE).inNeed(1).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.OTHER).inNeed(1).build())
              .build())
          .build();
      assertNoFindings(fits);
      // Three cells of Long.MAX_VALUE: the sum leaves a long at the second cell and keeps adding exactly after it;
      // the age cells are summed apart from the sex cells, which stay below the total.
      Plan beyond = Plan.builder().id("p").name("Plan")
          .people(PeopleFigures.builder().inNeed(max)
              .addBreakdown(PeopleCell.builder().ageBand(AgeBand.CHILDREN).inNeed(max).build())
              .addBreakdown(PeopleCell.builder().ageBand(AgeBand.parse("18-59")).inNeed(max).build())
              .addBreakdown(PeopleCell.builder().ageBand(AgeBand.parse("60+")).inNeed(max).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).inNeed(max - 1).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.MALE).inNeed(1).build())
              .build())
          .build();
      Finding f = onlyFinding(beyond);
      assertFinding(f, Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, Severity.ERROR, "/people/inNeed", "9223372036854775807",
          "add up to " + java.math.BigInteger.valueOf(max).multiply(java.math.BigInteger.valueOf(3)));
      assertTrue(f.message().contains("age band"), f.message());
    }

    @Test
    void messagesAreInSpanishForASpanishValidator() {
      Plan plan = TestPlans.withHealthSector(healthWith(
          PeopleFigures.builder().inNeed(300).targeted(200).reached(201).build()));
      Finding f = PlanValidator.create(Locale.forLanguageTag("es")).validate(plan).findings().get(0);
      assertEquals(Rule.REACHED_EXCEEDS_TARGETED, f.rule());
      assertEquals("El número de personas alcanzadas (201) supera la meta (200 personas). Superar la meta puede "
          + "ocurrir; compruebe que la cifra sea real.", f.message());
    }

    @Test
    void messagesAreInEnglishByDefault() {
      Plan plan = TestPlans.withHealthSector(healthWith(
          PeopleFigures.builder().inNeed(300).targeted(200).reached(201).build()));
      PlanValidator validator = PlanValidator.create();
      assertEquals(Locale.ENGLISH, validator.locale());
      assertEquals("201 people reached is more than the 200 targeted. Over-achievement happens; check that it is "
          + "real.", validator.validate(plan).findings().get(0).message());
    }

    @Test
    void messagesAreInEnglishByDefaultEvenOnASpanishComputer() {
      Locale before = Locale.getDefault();
      Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
      Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
      try {
        Locale.setDefault(Locale.forLanguageTag("es-CO"));
        ResourceBundle.clearCache(); // bundles already looked up under the old default must not hide the difference
        Plan blankName = Plan.builder().id("p").name(" ").build();
        assertEquals("A value is required here and must not be blank.",
            PlanValidator.create().validate(blankName).findings().get(0).message());
        assertEquals("A value is required here and must not be blank.",
            PlanValidator.create(Locale.JAPANESE).validate(blankName).findings().get(0).message());
      } finally {
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
        Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
        ResourceBundle.clearCache();
      }
    }

    @Test
    void aLocaleWithoutMessagesFallsBackToEnglish() {
      Finding f = PlanValidator.create(Locale.JAPANESE).validate(Plan.builder().id("p").name(" ").build())
          .findings().get(0);
      assertEquals("A value is required here and must not be blank.", f.message());
    }
  }
}
