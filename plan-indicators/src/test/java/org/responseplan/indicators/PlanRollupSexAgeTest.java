package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.responseplan.indicators.Fixtures.HOST;
import static org.responseplan.indicators.Fixtures.REFUGEES;
import static org.responseplan.indicators.Fixtures.sector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabulary;

/**
 * {@link PlanRollup} by sex and age, with name columns and the further people measures. The plan: objective O1
 * ("Protect people") with three sectors at COL/CO11 ("Norte"), in need ("-": no such cells):
 *
 * <pre>
 * EDU  location 100; by group: refugees 50, host 30; by sex: female 60, male 40; by age: 0-17 70, 18+ 30
 * HEA  location 90;  by sex and age: female 0-17 20, female 18+ 30, male 0-17 25, male 18+ 15
 * FSC  location 80;  -
 * </pre>
 */
class PlanRollupSexAgeTest {
  static final Location CO11 = Location.builder().country("COL").admin1Code("CO11").admin1Name("Norte").build();
  static final AgeBand ADULTS = AgeBand.ADULTS;

  static PeopleCell in(long inNeed, @Nullable Sex sex, @Nullable AgeBand age, @Nullable Code group) {
    PeopleCell.Builder b = PeopleCell.builder().location(CO11).inNeed(inNeed);
    if (sex != null) {
      b.sex(sex);
    }
    if (age != null) {
      b.ageBand(age);
    }
    if (group != null) {
      b.populationGroup(group);
    }
    return b.build();
  }

  static Sector sector(String id, Code code, PeopleCell... cells) {
    return Sector.builder().id(id).code(code).people(PeopleFigures.builder().addBreakdown(cells).build()).build();
  }

  static Plan plan() {
    Sector edu = sector("s-edu", Fixtures.sector("EDU"),
        in(100, null, null, null), in(50, null, null, REFUGEES), in(30, null, null, HOST),
        in(60, Sex.FEMALE, null, null), in(40, Sex.MALE, null, null),
        in(70, null, AgeBand.CHILDREN, null), in(30, null, ADULTS, null));
    Sector hea = sector("s-hea", Code.of("iasc-cluster", "HEA", "Health care"),
        in(90, null, null, null),
        in(20, Sex.FEMALE, AgeBand.CHILDREN, null), in(30, Sex.FEMALE, ADULTS, null),
        in(25, Sex.MALE, AgeBand.CHILDREN, null), in(15, Sex.MALE, ADULTS, null));
    Sector fsc = sector("s-fsc", Fixtures.sector("FSC"), in(80, null, null, null));
    return Plan.builder().id("p").name("Plan")
        .addObjectives(Objective.builder().id("O1").title("Protect people").addSectors(edu, hea, fsc).build())
        .build();
  }

  /** The rows as lists of the dimension cells and in need. */
  static List<List<@Nullable Object>> rows(IndicatorTable t) {
    List<List<@Nullable Object>> out = new ArrayList<>();
    int inNeed = t.columns().indexOf("in_need");
    for (List<@Nullable Object> r : t.rows()) {
      List<@Nullable Object> row = new ArrayList<>(r.subList(0, t.dimensions().size()));
      row.add(r.get(inNeed));
      out.add(row);
    }
    return out;
  }

  static List<@Nullable Object> row(@Nullable Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void theSexAndAgeColumnsComeAfterThePopulationGroupAndBeforeThePeriod() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.PERIOD, Dimension.AGE, Dimension.SEX,
        Dimension.POPULATION_GROUP);
    assertEquals(List.of("population_group", "sex", "age", "period"), t.dimensions());
    assertEquals(Dimension.SEX, Dimension.fromColumn("sex").orElseThrow());
    assertEquals(Dimension.AGE, Dimension.fromColumn("age").orElseThrow());
  }

  @Test
  void aSectorsFigureBySexIsTheSumOfItsSexCellsAndNothingIsInventedWithoutThem() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.SEX);
    assertEquals(List.of(
        row("EDU", "female", 60L), row("EDU", "male", 40L),
        // HEA states sex only with age: its sex-and-age cells summed over age, counted once.
        row("HEA", "female", 50L), row("HEA", "male", 40L),
        // FSC has no cell by sex: its figure stays in a row without a sex, never spread over sexes.
        row("FSC", null, 80L)), rows(t));
  }

  @Test
  void aSectorsFigureByAgeIsTheSumOfItsAgeCells() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.AGE);
    assertEquals(List.of(
        row("EDU", "0-17", 70L), row("EDU", "18+", 30L),
        row("HEA", "0-17", 45L), row("HEA", "18+", 45L),
        row("FSC", null, 80L)), rows(t));
  }

  @Test
  void bySexAndAgeUsesCellsOfBothOrElseTheCellsNamingOneOfThem() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.SEX, Dimension.AGE);
    assertEquals(List.of(
        // EDU has sex cells and age cells, never both in one cell: one set (sex) is used, never both added.
        row("EDU", "female", null, 60L), row("EDU", "male", null, 40L),
        row("HEA", "female", "0-17", 20L), row("HEA", "female", "18+", 30L),
        row("HEA", "male", "0-17", 25L), row("HEA", "male", "18+", 15L),
        row("FSC", null, null, 80L)), rows(t));
  }

  @Test
  void acrossSectorsTheHighestSectorPerCellBySexIsTaken() {
    // O1 and the plan state nothing: per area and sex, the highest sector (EDU's female 60 over HEA's 50).
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.ADM1, Dimension.SEX);
    assertEquals(List.of(row("CO11", null, 80L), row("CO11", "female", 60L), row("CO11", "male", 40L)), rows(t));
  }

  @Test
  void aSectorByAreaIsItsPublishedFigureNotTheSumOfItsGroups() {
    // EDU states 100 at CO11; its groups there add up to 80. The row by area is the stated figure.
    IndicatorTable byArea = PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.ADM1);
    assertEquals(row("EDU", "CO11", 100L), rows(byArea).get(0));
    IndicatorTable byGroup = PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.ADM1, Dimension.POPULATION_GROUP);
    assertEquals(List.of(row("EDU", "CO11", "host-community", 30L), row("EDU", "CO11", "refugees", 50L)),
        rows(byGroup).subList(0, 2));
  }

  @Test
  void aSectorWithCellsBySexAtSomeAreasOnlyKeepsItsOtherAreasWithoutASex() {
    Location co12 = Location.builder().country("COL").admin1Code("CO12").build();
    Location co1101 = Location.builder().country("COL").admin1Code("CO11").admin2Code("CO1101").build();
    Sector s = Sector.builder().id("s").code(Fixtures.sector("EDU")).people(PeopleFigures.builder().addBreakdown(
        in(100, null, null, null), in(60, Sex.FEMALE, null, null), in(40, Sex.MALE, null, null),
        PeopleCell.builder().location(co12).inNeed(30).build(),
        // A finer area inside CO11, without a sex: CO11's cells by sex already hold these people.
        PeopleCell.builder().location(co1101).inNeed(20).build()).build()).build();
    Plan p = Plan.builder().id("p").name("p").addSectors(s).build();
    assertEquals(List.of(row("CO11", "female", 60L), row("CO11", "male", 40L), row("CO12", null, 30L)),
        rows(PlanRollup.of(p).by(Dimension.ADM1, Dimension.SEX)));
    assertEquals(List.of(row(null, 30L), row("female", 60L), row("male", 40L)),
        rows(PlanRollup.of(p).by(Dimension.SEX)), "CO12's 30 is kept, without a sex");
  }

  @Test
  void ageBandsAreOrderedByTheirFirstYear() {
    Sector s = sector("s", Fixtures.sector("NUT"), in(1, null, new AgeBand(60, null), null),
        in(2, null, new AgeBand(5, 11), null), in(3, null, new AgeBand(18, 59), null),
        in(4, null, new AgeBand(0, 4), null), in(5, null, new AgeBand(0, 17), null));
    Plan p = Plan.builder().id("p").name("p").addSectors(s).build();
    assertEquals(List.of("0-4", "0-17", "5-11", "18-59", "60+"),
        PlanRollup.of(p).by(Dimension.AGE).column("age"));
  }

  @Test
  void nameColumnsFollowTheirCodes() {
    Plan p = Plan.builder().from(plan())
        .addSectors(sector("s-x", Code.of("local", "X1"), in(5, null, null, REFUGEES)),
            sector("s-z", Code.of("nowhere", "ZZ"), in(7, null, null, null)))
        .addVocabularies(Vocabulary.builder().id("local").name("Local sectors").putCodes("X1", "Local sector").build())
        .build();
    IndicatorTable t = PlanRollup.of(p).withNames().by(Dimension.OBJECTIVE, Dimension.SECTOR, Dimension.COUNTRY,
        Dimension.ADM1, Dimension.POPULATION_GROUP);
    assertEquals(List.of("objective", "objective_title", "sector", "sector_name", "country", "country_name", "adm1",
        "adm1_name", "population_group", "population_group_name"), t.dimensions());
    assertEquals(PlanRollup.MEASURES, t.measures());
    List<List<@Nullable Object>> rows = rows(t);
    // EDU: the built-in name; HEA: its code's own name; the group names from the built-in vocabulary.
    assertEquals(row("O1", "Protect people", "EDU", "Education", "COL", "Colombia", "CO11", "Norte",
        "host-community", "Host community", 30L), rows.get(0));
    assertEquals(row("O1", "Protect people", "HEA", "Health care", "COL", "Colombia", "CO11", "Norte", null, null,
        90L), rows.get(2));
    // A sector of the plan's own: no objective, no title; its name from the plan's vocabulary.
    assertEquals(row(null, null, "X1", "Local sector", "COL", "Colombia", "CO11", "Norte", "refugees", "Refugees",
        5L), rows.get(4));
    // A code no vocabulary knows: an empty name, never the code.
    assertEquals(row(null, null, "ZZ", null, "COL", "Colombia", "CO11", "Norte", null, null, 7L), rows.get(5));
    assertEquals(6, rows.size());
  }

  @Test
  void withoutNamesTheColumnsAreTheCodesOnly() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.SECTOR, Dimension.COUNTRY);
    assertEquals(List.of("sector", "country"), t.dimensions());
    assertEquals(t.rows().size(), PlanRollup.of(plan()).withNames().by(Dimension.SECTOR, Dimension.COUNTRY).size());
  }

  @Test
  void aCountryNameIsItsEnglishNameAndEmptyForACodeJavaDoesNotKnow() {
    Sector s = sector("s", Fixtures.sector("EDU"));
    Plan p = Plan.builder().id("p").name("p").addSectors(Sector.builder().from(s).people(PeopleFigures.builder()
        .addBreakdown(PeopleCell.builder().location(Location.country("CIV")).inNeed(1).build(),
            PeopleCell.builder().location(Location.country("XKX")).inNeed(2).build()).build()).build()).build();
    IndicatorTable t = PlanRollup.of(p).withNames().by(Dimension.COUNTRY);
    assertEquals(Arrays.asList("Côte d’Ivoire", null), t.column("country_name"));
  }

  @Test
  void totalPopulationAffectedAndExpectedReachAreColumnsWhenAskedForAndThePlanStatesAny() {
    Plan p = Plan.builder().from(plan()).people(PeopleFigures.builder().totalPopulation(1000).affected(500)
        .addBreakdown(PeopleCell.builder().location(CO11).sex(Sex.FEMALE).totalPopulation(600).build()).build())
        .build();
    assertEquals(PlanRollup.MEASURES, PlanRollup.of(p).by().measures());
    assertEquals(PlanRollup.MEASURES, PlanRollup.of(plan()).withMorePeople().by().measures(), "none stated");
    IndicatorTable total = PlanRollup.of(p).withMorePeople().by();
    List<String> measures = new ArrayList<>(PlanRollup.MEASURES);
    measures.addAll(PlanRollup.MORE_PEOPLE);
    assertEquals(measures, total.measures());
    assertEquals(1000L, total.get(0, "total_population"));
    assertEquals(500L, total.get(0, "affected"));
    assertEquals(null, total.get(0, "expected_reach"));
    IndicatorTable bySex = PlanRollup.of(p).withNames().withMorePeople().by(Dimension.SEX);
    // In need by sex comes from the sectors (FSC's without a sex); total population from the plan's own cell.
    assertEquals(Arrays.asList(null, "female", "male"), bySex.column("sex"));
    assertEquals(Arrays.asList(null, 600L, null), bySex.column("total_population"));
    assertEquals(Arrays.asList(80L, 60L, 40L), bySex.column("in_need"));
  }
}
