package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.hxl.HxlSamplesTest.file;
import static org.responseplan.imports.hxl.HxlSamplesTest.stream;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.validation.Rule;

/** Tables of people in need, targeted, ... by sector, area, population group, sex and age. */
class PeopleFiguresTest {
  private static final HxlReader READER = HxlReader.create();
  private static final Code IN_DESTINATION = Code.of(Vocabularies.POPULATION_GROUP, "in-destination");
  private static final Location NORTE = Location.builder().country("COL").admin1Code("CO54")
      .admin1Name("Norte de Santander").build();

  private static Optional<PeopleCell> cell(PeopleFigures f, Location l, Code group, Sex sex, AgeBand age) {
    return f.getBreakdown().stream().filter(c -> c.getLocation().equals(Optional.ofNullable(l))
        && c.getPopulationGroup().equals(Optional.ofNullable(group)) && c.getSex().equals(Optional.ofNullable(sex))
        && c.getAgeBand().equals(Optional.ofNullable(age))).findFirst();
  }

  @Test
  void figuresBySectorAreaGroupSexAndAge() throws Exception {
    ImportResult<Map<String, PeopleFigures>> r = READER.readPeopleFigures(file("people-by-area.csv"));
    assertTrue(r.report().findings().isEmpty(), r.report().toText());
    assertEquals(List.of("HEA", "WSH"), List.copyOf(r.value().keySet()));
    PeopleFigures hea = r.value().get("HEA");
    // The row without area or group is the sector's total.
    assertEquals(OptionalLong.of(350_000), hea.getInNeed());
    assertEquals(OptionalLong.of(100_000), hea.getTargeted());
    PeopleCell area = cell(hea, NORTE, IN_DESTINATION, null, null).orElseThrow();
    assertEquals(OptionalLong.of(120_000), area.getInNeed());
    assertEquals(OptionalLong.of(40_000), area.getTargeted());
    assertEquals(OptionalLong.of(65_000), cell(hea, NORTE, IN_DESTINATION, Sex.FEMALE, null).orElseThrow()
        .getInNeed());
    assertEquals(OptionalLong.of(9_000), cell(hea, NORTE, IN_DESTINATION, Sex.FEMALE, AgeBand.CHILDREN)
        .orElseThrow().getTargeted());
    // A blank is not reported: no cell, never 0.
    PeopleFigures wsh = r.value().get("WSH");
    Location bogota = Location.builder().country("COL").admin1Code("CO11").admin1Name("Bogotá").build();
    assertTrue(cell(wsh, bogota, IN_DESTINATION, Sex.FEMALE, null).isEmpty());
    assertTrue(wsh.getInNeed().isEmpty());
    assertEquals(4, r.report().count(Action.SKIPPED, "#inneed+f") + r.report().count(Action.SKIPPED, "#inneed+m"));
    // #targeted+pct is not a count of people: every value is reported as skipped, with the attribute named.
    assertEquals(6, r.report().count(Action.SKIPPED, "#targeted+pct"));
    assertTrue(r.report().lines(Action.SKIPPED).stream().filter(l -> l.source().equals("#targeted+pct"))
        .allMatch(l -> l.reason().contains("+pct")), r.report().toText());
  }

  @Test
  void aQueryForIdpsTakesOnlyItsOwnColumn() {
    String csv = "#country+code,#inneed,#inneed+idps,#inneed+idps+f,#inneed+idps+m,#inneed+refugees,#inneed+idps+es\n"
        + "COL,1000,600,350,250,400,601\n";
    ImportResult<Map<String, PeopleFigures>> r = READER.readPeopleFigures(stream(csv));
    PeopleFigures f = r.value().get("");
    Location col = Location.country("COL");
    Code idps = Code.of(Vocabularies.POPULATION_GROUP, "idps");
    assertEquals(OptionalLong.of(1000), cell(f, col, null, null, null).orElseThrow().getInNeed());
    assertEquals(OptionalLong.of(600), cell(f, col, idps, null, null).orElseThrow().getInNeed());
    assertEquals(OptionalLong.of(350), cell(f, col, idps, Sex.FEMALE, null).orElseThrow().getInNeed());
    assertEquals(OptionalLong.of(250), cell(f, col, idps, Sex.MALE, null).orElseThrow().getInNeed());
    assertEquals(OptionalLong.of(400), cell(f, col, Code.of(Vocabularies.POPULATION_GROUP, "refugees"), null, null)
        .orElseThrow().getInNeed());
    assertEquals(5, f.getBreakdown().size());
    // The Spanish-language copy of #inneed+idps is the same figure: reported, not added.
    assertEquals(1, r.report().count(Action.SKIPPED, "#inneed+idps+es"));
  }

  @Test
  void rowDimensionsAndLongLayout() {
    String csv = String.join("\n",
        "#sector,#country+code,#adm1+code,#population+type,#population+sex,#population+age,#inneed,#inneed+idps",
        "PRO,COL,CO11,refugees,f,0-4,10,1",
        "PRO,COL,CO11,Host community,women,,20,2",
        "PRO,COL,CO11,Retornados,,,30,3", "");
    ImportResult<Map<String, PeopleFigures>> r = READER.readPeopleFigures(stream(csv));
    PeopleFigures pro = r.value().get("PRO");
    Location co11 = Location.builder().country("COL").admin1Code("CO11").build();
    assertEquals(OptionalLong.of(10), cell(pro, co11, Code.of(Vocabularies.POPULATION_GROUP, "refugees"),
        Sex.FEMALE, new AgeBand(0, 4)).orElseThrow().getInNeed());
    assertEquals(OptionalLong.of(20), cell(pro, co11, Code.of(Vocabularies.POPULATION_GROUP, "host-community"),
        Sex.FEMALE, AgeBand.ADULTS).orElseThrow().getInNeed());
    // An unknown group is kept as written, with a warning.
    assertEquals(OptionalLong.of(30), cell(pro, co11, Code.of(Vocabularies.POPULATION_GROUP, "Retornados"), null,
        null).orElseThrow().getInNeed());
    assertEquals(List.of(Rule.UNKNOWN_CODE), r.report().findings().stream().map(f -> f.rule()).toList());
    // A column naming a group in a table that gives groups by row is not read.
    assertEquals(3, r.report().count(Action.SKIPPED, "#inneed+idps"));
  }

  @Test
  void cellsAboveTheTotalDuplicatesAndNegativesAreFindings() {
    String csv = String.join("\n",
        "#sector,#country+code,#inneed,#targeted",
        "HEA,,100,50",
        "HEA,COL,120,40",
        "HEA,COL,90,",
        "HEA,PER,-5,x", "");
    ImportResult<Map<String, PeopleFigures>> r = READER.readPeopleFigures(stream(csv));
    PeopleFigures hea = r.value().get("HEA");
    assertEquals(OptionalLong.of(100), hea.getInNeed());
    PeopleCell col = cell(hea, Location.country("COL"), null, null, null).orElseThrow();
    assertTrue(col.getInNeed().isEmpty()); // 120 is above the total of 100
    assertEquals(OptionalLong.of(40), col.getTargeted());
    assertEquals(1, hea.getBreakdown().size());
    List<String> found = r.report().findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    assertEquals(List.of("duplicate-breakdown-cell line 4, #inneed", "negative-count line 5, #inneed",
        "invalid-value line 5, #targeted", "cell-exceeds-total line 3, #inneed"), found);
  }
}
