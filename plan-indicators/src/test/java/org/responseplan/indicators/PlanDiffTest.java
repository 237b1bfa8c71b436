package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.REFUGEES;
import static org.responseplan.indicators.Fixtures.HOST;
import static org.responseplan.indicators.Fixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Activity;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabulary;

/** One test per kind of change: each field kind, each level's additions, removals and reorderings, cells, places. */
class PlanDiffTest {
  private static final Location COL = Location.country("COL");
  private static final Location PER = Location.country("PER");
  private static final Location BOGOTA = Location.builder().country("COL").admin1Code("CO11").admin1Name("Bogotá")
      .build();

  private static PeopleFigures people(long inNeed, long femaleInNeed) {
    return PeopleFigures.builder().inNeed(inNeed).targeted(inNeed / 2)
        .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).inNeed(femaleInNeed).build())
        .addBreakdown(PeopleCell.builder().sex(Sex.MALE).ageBand(AgeBand.CHILDREN).populationGroup(REFUGEES)
            .location(BOGOTA).inNeed(100).build())
        .build();
  }

  private static Sector sector(String id, String code, long requirements) {
    return Sector.builder().id(id).code(Code.of("iom-activity-area", code))
        .requirements(usd(requirements))
        .addActivities(Activity.builder().id(id + "-a1").description("Food kits").addModalities(Modality.IN_KIND)
            .build())
        .addActivities(Activity.builder().id(id + "-a2").description("Vouchers").build())
        .build();
  }

  private static final Plan BASE = Plan.builder().id("p").name("Example 2022").period(Period.year(2022))
      .addOperationalPresence(COL, PER)
      .requirements(usd(1_000_000)).originalRequirements(usd(900_000))
      .people(people(5000, 2600))
      .funding(Funding.ofTotal(usd(400_000)))
      .addObjectives(Objective.builder().id("so1").title("Save lives").requirements(usd(600_000))
          .addSectors(sector("s1", "basic-needs", 300_000), sector("s2", "direct-health-support", 200_000))
          .build())
      .addObjectives(Objective.builder().id("so2").title("Address the drivers").requirements(usd(128_450_000))
          .build())
      .addSectors(Sector.builder().id("hea").code(Code.of("iasc-cluster", "HEA")).build())
      .addIndicators(Indicator.builder().id("i1").name("People reached").unit("people").target(new BigDecimal("1000"))
          .addMeasurements(Measurement.builder().period(Period.month(2022, 1)).value(new BigDecimal("10")).build())
          .build())
      .addVocabularies(Vocabulary.builder().id("x-own").name("Own").putCodes("a", "Alpha").build())
      .putExtensions("x-note", RawJson.of("\"draft\""))
      .build();

  private static PlanDiff diff(UnaryOperator<Plan.Builder> change) {
    return PlanDiff.between(BASE, change.apply(Plan.builder().from(BASE)).build());
  }

  private static PlanChange only(PlanDiff d) {
    assertEquals(1, d.changes().size(), d.toText());
    return d.changes().get(0);
  }

  @Test
  void aPlanAgainstItselfOrAnEqualCopyIsIdentical() {
    assertTrue(PlanDiff.between(BASE, BASE).isIdentical());
    assertTrue(PlanDiff.between(BASE, Plan.builder().from(BASE).build()).isIdentical());
    assertEquals("No differences.\n", PlanDiff.between(BASE, BASE).toText());
  }

  @Test
  void changedMoneyHasItsPointersAbsoluteAndRelativeChange() {
    Plan after = Plan.builder().from(BASE).objectives(List.of(BASE.getObjectives().get(0),
        Objective.builder().from(BASE.getObjectives().get(1)).requirements(usd(140_000_000)).build())).build();
    PlanChange c = only(PlanDiff.between(BASE, after));
    assertEquals(PlanChange.Kind.CHANGED, c.kind());
    assertEquals(Optional.of("/objectives/1/requirements"), c.oldPath());
    assertEquals(Optional.of("/objectives/1/requirements"), c.newPath());
    assertEquals(Optional.of(usd(128_450_000)), c.oldValue());
    assertEquals(Optional.of(usd(140_000_000)), c.newValue());
    assertEquals(0, new BigDecimal("11550000").compareTo(c.change().orElseThrow()));
    assertEquals(new BigDecimal("8.99"), c.changePercent(Rounding.FTS).orElseThrow());
    assertEquals("USD", c.unit());
    assertEquals("Objective 2 \"Address the drivers\" requirements: 128,450,000 -> 140,000,000 USD (+9.0 %)\n",
        PlanDiff.between(BASE, after).toText());
  }

  @Test
  void moneyInAnotherCurrencyIsChangedWithoutAnyComputedChange() {
    PlanChange c = only(diff(b -> b.requirements(Money.of(1_000_000, "EUR"))));
    assertEquals(PlanChange.Kind.CHANGED, c.kind());
    assertTrue(c.change().isEmpty(), "nothing is converted");
    assertEquals(Undefined.CURRENCIES_DIFFER, c.relativeChange().orElseThrow().reasonCode().orElseThrow());
    assertEquals("Plan requirements: 1,000,000 USD -> 1,000,000 EUR (in another currency: not compared)\n",
        diff(b -> b.requirements(Money.of(1_000_000, "EUR"))).toText());
  }

  @Test
  void sameAmountAtAnotherScaleIsNoChange() {
    assertTrue(diff(b -> b.requirements(Money.of("1000000.00", "USD"))).isIdentical());
  }

  @Test
  void notReportedToZeroIsAnAdditionNeverAChangeFromZero() {
    Plan noFunding = Plan.builder().from(BASE).funding(Optional.empty()).build();
    Plan zero = Plan.builder().from(BASE).funding(Funding.ofTotal(Money.zero("USD"))).build();
    PlanChange added = only(PlanDiff.between(noFunding, zero));
    assertEquals(PlanChange.Kind.ADDED, added.kind());
    assertEquals(Optional.of("/funding"), added.newPath());
    assertTrue(added.oldPath().isEmpty() && added.oldValue().isEmpty());
    PlanChange toZero = only(PlanDiff.between(BASE, zero));
    assertEquals(PlanChange.Kind.CHANGED, toZero.kind());
    assertEquals(Optional.of("/funding/total"), toZero.oldPath());
    assertEquals(new BigDecimal("-100.00"), toZero.changePercent(Rounding.FTS).orElseThrow());
    PlanChange fromZero = only(PlanDiff.between(zero, BASE));
    assertTrue(fromZero.relativeChange().orElseThrow().reasonCode().equals(Optional.of(Undefined.DENOMINATOR_ZERO)),
        "no percentage of nothing");
    assertTrue(fromZero.change().isPresent());
    PlanChange removed = only(diff(b -> b.originalRequirements(Optional.empty())));
    assertEquals(PlanChange.Kind.REMOVED, removed.kind());
    assertEquals(Optional.of("/originalRequirements"), removed.oldPath());
    assertEquals("Plan original requirements removed (was 900,000 USD)\n",
        diff(b -> b.originalRequirements(Optional.empty())).toText());
  }

  @Test
  void textDatesPeriodsAndCodesAreValues() {
    PlanDiff d = diff(b -> b.name("Example 2022 (revised)").lastUpdated(LocalDate.of(2022, 6, 30))
        .period(Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 3, 31))).planType(Code.of("plan-type", "hrp")));
    assertEquals(List.of("/name", "/planType", "/period", "/lastUpdated"),
        d.changes().stream().map(c -> c.newPath().orElseThrow()).toList());
    assertEquals("Plan name: \"Example 2022\" -> \"Example 2022 (revised)\"", PlanDiffText.line(d.changes().get(0)));
    assertEquals(PlanChange.Kind.ADDED, d.changes().get(3).kind());
  }

  @Test
  void reorderingObjectivesSectorsActivitiesAndPlacesIsNoChange() {
    Objective so1 = BASE.getObjectives().get(0);
    Sector s1 = so1.getSectors().get(0);
    Sector s1Reordered = Sector.builder().from(s1).activities(List.of(s1.getActivities().get(1),
        s1.getActivities().get(0))).build();
    Objective so1Reordered = Objective.builder().from(so1).sectors(List.of(so1.getSectors().get(1), s1Reordered))
        .build();
    PeopleFigures p = BASE.getPeople().orElseThrow();
    PeopleFigures cellsReordered = PeopleFigures.builder().from(p).breakdown(List.of(p.getBreakdown().get(1),
        p.getBreakdown().get(0))).build();
    Plan after = Plan.builder().from(BASE).objectives(List.of(BASE.getObjectives().get(1), so1Reordered))
        .operationalPresence(List.of(PER, COL)).people(cellsReordered).build();
    assertTrue(PlanDiff.between(BASE, after).isIdentical(), PlanDiff.between(BASE, after).toText());
  }

  @Test
  void aChangeAfterAReorderingHasDifferentPointersInTheTwoDocuments() {
    Objective so2 = Objective.builder().from(BASE.getObjectives().get(1)).title("Address the drivers of crises")
        .build();
    Plan after = Plan.builder().from(BASE).objectives(List.of(so2, BASE.getObjectives().get(0))).build();
    PlanChange c = only(PlanDiff.between(BASE, after));
    assertEquals(Optional.of("/objectives/1/title"), c.oldPath());
    assertEquals(Optional.of("/objectives/0/title"), c.newPath());
    assertTrue(PlanDiffText.line(c).startsWith("Objective 1 \"Address the drivers of crises\" title: "));
  }

  @Test
  void addedAndRemovedElementsAtEachLevelAreWholeChanges() {
    Objective so1 = BASE.getObjectives().get(0);
    Sector s1 = so1.getSectors().get(0);
    Sector s1Changed = Sector.builder().from(s1).activities(List.of(s1.getActivities().get(0),
        Activity.builder().id("s1-a3").description("Cash").build())).build();
    Objective so1Changed = Objective.builder().from(so1).sectors(List.of(s1Changed,
        sector("s3", "mhpss", 50_000))).build();
    Objective so3 = Objective.builder().id("so3").title("Preparedness").build();
    Plan after = Plan.builder().from(BASE).objectives(List.of(so1Changed, so3)).sectors(List.of()).build();
    PlanDiff d = PlanDiff.between(BASE, after);
    List<String> lines = d.changes().stream().map(c -> c.kind().jsonName() + " "
        + c.oldPath().or(c::newPath).orElseThrow()).toList();
    assertEquals(List.of("removed /objectives/1", "removed /objectives/0/sectors/1",
        "removed /objectives/0/sectors/0/activities/1", "added /objectives/0/sectors/0/activities/1",
        "added /objectives/0/sectors/1", "added /objectives/1", "removed /sectors/0"), lines);
    assertTrue(d.changes().get(0).oldValue().orElseThrow() instanceof Objective);
    assertTrue(d.toText().contains("Objective 2 \"Preparedness\" added\n"), d.toText());
    assertTrue(d.toText().contains("Sector \"Health\" removed\n"), d.toText());
    assertTrue(d.toText().contains(
        "Objective 1 \"Save lives\", sector \"Basic needs, including food\", activity \"Cash\" added"), d.toText());
  }

  @Test
  void breakdownCellsAreMatchedByTheirDimensions() {
    PeopleFigures p = BASE.getPeople().orElseThrow();
    PeopleFigures changed = PeopleFigures.builder().from(p).breakdown(List.of(
        PeopleCell.builder().sex(Sex.FEMALE).inNeed(2700).build(),
        PeopleCell.builder().from(p.getBreakdown().get(1)).populationGroup(HOST).build())).build();
    PlanDiff d = diff(b -> b.people(changed));
    assertEquals(List.of("removed /people/breakdown/1", "changed /people/breakdown/0/inNeed",
        "added /people/breakdown/1"), d.changes().stream().map(PlanDiffTest::describe).toList());
    assertEquals("Plan people in need (female): 2,600 -> 2,700 people (+3.8 %)",
        PlanDiffText.line(d.changes().get(1)));
  }

  private static String describe(PlanChange c) {
    return c.kind().jsonName() + " " + c.oldPath().or(c::newPath).orElseThrow();
  }

  @Test
  void peopleFiguresLabelsAndPlacesOfCells() {
    PeopleFigures p = BASE.getPeople().orElseThrow();
    PeopleCell renamed = PeopleCell.builder().from(p.getBreakdown().get(1))
        .location(Location.builder().from(BOGOTA).admin1Name("Bogotá D.C.").build()).build();
    PeopleFigures changed = PeopleFigures.builder().from(p).inNeed(6000).reached(10)
        .label(PeopleMetric.TARGETED, "At risk communities")
        .breakdown(List.of(p.getBreakdown().get(0), renamed)).build();
    PlanDiff d = diff(b -> b.people(changed));
    assertEquals(List.of("changed /people/inNeed", "added /people/reached", "added /people/labels/targeted",
        "changed /people/breakdown/1/location/admin1Name"), d.changes().stream().map(PlanDiffTest::describe).toList());
    assertEquals(PlanChange.Kind.ADDED, d.changes().get(1).kind());
    assertEquals(Optional.of(10L), d.changes().get(1).newValue());
  }

  @Test
  void operationalPresenceIsMatchedByCode() {
    PlanDiff d = diff(b -> b.operationalPresence(List.of(BOGOTA, PER)));
    assertEquals(List.of("removed /operationalPresence/0", "added /operationalPresence/0"),
        d.changes().stream().map(PlanDiffTest::describe).toList());
    assertEquals("Operational presence COL/CO11 (Bogotá) added", PlanDiffText.line(d.changes().get(1)));
  }

  @Test
  void indicatorsMeasurementsVocabulariesListsAndExtensions() {
    Indicator i1 = BASE.getIndicators().get(0);
    Indicator changed = Indicator.builder().from(i1).target(new BigDecimal("1200"))
        .measurements(List.of(Measurement.builder().from(i1.getMeasurements().get(0)).value(new BigDecimal("12"))
            .build())).build();
    PlanDiff d = diff(b -> b.indicators(List.of(changed)).addDonors("ECHO")
        .vocabularies(List.of(Vocabulary.builder().from(BASE.getVocabularies().get(0)).putCodes("b", "Beta")
            .build()))
        .putExtensions("x-note", RawJson.of("\"final\"")));
    assertEquals(List.of("changed /indicators/0/target", "changed /indicators/0/measurements/0/value",
        "added /donors", "added /vocabularies/0/codes/b", "changed /x-note"),
        d.changes().stream().map(PlanDiffTest::describe).toList());
    assertEquals("Plan indicator \"People reached\" target: 1,000 -> 1,200 people (+20.0 %)",
        PlanDiffText.line(d.changes().get(0)));
    assertEquals(Optional.of(List.of("ECHO")), d.changes().get(2).newValue());
  }

  @Test
  void activitiesModalitiesAndSectorRequirements() {
    Objective so1 = BASE.getObjectives().get(0);
    Sector s1 = so1.getSectors().get(0);
    Activity a1 = Activity.builder().from(s1.getActivities().get(0)).addModalities(Modality.CASH_OR_VOUCHER).build();
    Sector s1Changed = Sector.builder().from(s1).activities(List.of(a1, s1.getActivities().get(1)))
        .requirements(usd(250_000)).originalRequirements(usd(300_000)).build();
    Plan after = Plan.builder().from(BASE).objectives(List.of(Objective.builder().from(so1)
        .sectors(List.of(s1Changed, so1.getSectors().get(1))).build(), BASE.getObjectives().get(1))).build();
    PlanDiff d = PlanDiff.between(BASE, after);
    assertEquals(List.of("changed /objectives/0/sectors/0/activities/0/modalities",
        "changed /objectives/0/sectors/0/requirements", "added /objectives/0/sectors/0/originalRequirements"),
        d.changes().stream().map(PlanDiffTest::describe).toList());
    assertEquals(Optional.of(List.of("in-kind", "cash-or-voucher")), d.changes().get(0).newValue());
    assertEquals(new BigDecimal("-16.67"), d.changes().get(1).changePercent(Rounding.FTS).orElseThrow());
  }

  @Test
  void duplicateIdentifiersAreMatchedByOccurrenceNotRefused() {
    Objective twin = Objective.builder().id("so1").title("Twin").build();
    Plan dup = Plan.builder().from(BASE).addObjectives(twin).build();
    assertTrue(PlanDiff.between(dup, dup).isIdentical());
    PlanChange c = only(PlanDiff.between(BASE, dup));
    assertEquals(Optional.of("/objectives/2"), c.newPath());
  }

  @Test
  void aChangeNeedsTheSidesOfItsKind() {
    assertThrows(IllegalArgumentException.class, () -> new PlanChange(PlanChange.Kind.ADDED, "x",
        Optional.of("/a"), Optional.of("/a"), Optional.empty(), Optional.of("v"), "", Optional.empty(),
        Optional.empty()));
    assertFalse(new PlanChange(PlanChange.Kind.REMOVED, "x", Optional.of("/a"), Optional.empty(), Optional.of("v"),
        Optional.empty(), "", Optional.empty(), Optional.empty()).changePercent(Rounding.FTS).isPresent());
  }
}
