package org.responseplan.imports.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportReport.Action;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.PlanValidator;

/**
 * An answer shaped like the v2 {@code responseMonitoring} of a 2024 plan, whose categories combine parts with
 * " - " ({@code "Children - Female - Pakistan (District of Return)"}), count households beside people, and include
 * labels that do not parse. Figures are made up, consistent at the location.
 */
class HpcCombinedCategoriesTest {
  private static String attachment(String label, String name, long inNeed) {
    return """
        {"locationId": 2, "categoryLabel": "%s", "categoryName": "%s",
         "dataMatrix": [{"metricType": "inNeed", "value": %d}]}""".formatted(label, name, inNeed);
  }

  static final String ANSWER = """
      {"data": {
        "locations": [
          {"id": 1, "name": "Afghanistan", "adminLevel": 0, "pcode": "AF"},
          {"id": 2, "name": "Kabul", "adminLevel": 1, "pcode": "AF01", "parentLocationId": 1}
        ],
        "caseloads": [
          {"caseloadId": 1, "caseloadCustomRef": "BP1", "caseloadType": "plan",
           "caseloadDescription": "Final HNRP Caseload", "entityId": null, "inNeed": 1000,
           "disaggregatedAttachments": [%s]},
          {"caseloadId": 2, "caseloadCustomRef": "CLPRO/BF1-PRO", "caseloadType": "cluster",
           "caseloadDescription": "Protection", "availableGlobalClusterCode": "PRO", "entityId": 7,
           "inNeed": 100, "disaggregatedAttachments": [%s]}
        ]}}
      """.formatted(String.join(",\n", List.of(
          attachment("total", "Total", 1000),
          attachment("Children", "Children", 480),
          attachment("Adult", "Adults", 470),
          attachment("Elderly", "Elderly", 50),
          attachment("Children - Male", "Boys", 230),
          attachment("Children - Female", "Girls", 250),
          attachment("Adult - Male", "Men", 250),
          attachment("Adult - Female", "Women", 270),
          attachment("Children - Female - Pakistan (District of Return)", "Returnees from Pakistan (Girls)", 40),
          attachment("Children - Male - Pakistan (District of Return)", "Returnees from Pakistan (Boys)", 35),
          attachment("Adult - Female - Pakistan (District of Return)", "Returnees from Pakistan (Women)", 15),
          attachment("Adult - Male - Pakistan (District of Return)", "Returnees from Pakistan (Men)", 10),
          attachment("Total - Pakistan (District of Return)", "Returnees from Pakistan (Total)", 100),
          attachment("IDP - Total", "New IDPs (Total)", 200),
          attachment("Adult - Female - IDP", "New IDPs (Women)", 60),
          attachment("Elderly - Female - IDP", "New IDPs (Older women)", 10),
          attachment("Total - Border / EC", "Cross-Border Returnees at Border/EC (Total)", 300),
          attachment("People with Disabilities", "People with Disabilities", 150),
          attachment("People with Disabilities - Female", "Women and girls with disabilities", 80),
          attachment("Total Households", "Total Households", 160),
          attachment("Female-Headed Households", "Female-Headed Households", 20),
          attachment("Female - Male", "Female - Male", 5))),
      String.join(",\n", List.of(
          attachment("total", "Total", 100),
          attachment("Children - ", "Children", 60))));

  private static ImportResult<Plan> imported() {
    return HpcValuesTest.read(ANSWER);
  }

  @Test
  void cellsHaveTheSexAgeAndGroupOfTheirParts() {
    PeopleFigures people = imported().value().getPeople().orElseThrow();
    String at = " location=AFG/AF01";
    assertEquals(List.of(
        "location=AFG/AF01",
        "ageBand=0-17" + at,
        "ageBand=18-59" + at,
        "ageBand=60+" + at,
        "sex=male ageBand=0-17" + at,
        "sex=female ageBand=0-17" + at,
        "sex=male ageBand=18+" + at,
        "sex=female ageBand=18+" + at,
        "sex=female ageBand=0-17 populationGroup=hpc-category:pakistan-district-of-return" + at,
        "sex=male ageBand=0-17 populationGroup=hpc-category:pakistan-district-of-return" + at,
        "sex=female ageBand=18+ populationGroup=hpc-category:pakistan-district-of-return" + at,
        "sex=male ageBand=18+ populationGroup=hpc-category:pakistan-district-of-return" + at,
        "populationGroup=hpc-category:pakistan-district-of-return" + at,
        "populationGroup=population-group:idps" + at,
        "sex=female ageBand=18-59 populationGroup=population-group:idps" + at,
        "sex=female ageBand=60+ populationGroup=population-group:idps" + at,
        "populationGroup=hpc-category:border-ec" + at,
        // Subset cells: people with disabilities are also counted in the cells above.
        at.trim() + " subset=people-subset:disability",
        "sex=female" + at + " subset=people-subset:disability"),
        people.getBreakdown().stream().map(PeopleCell::getKey).toList());
    // Three population groups, not one per combination of sex, age and group.
    assertEquals(new TreeSet<>(List.of("hpc-category:border-ec", "hpc-category:pakistan-district-of-return",
        "population-group:idps")), new TreeSet<>(people.getBreakdown().stream()
            .flatMap(c -> c.getPopulationGroup().stream()).map(Code::toString).toList()));
    PeopleCell girls = people.getBreakdown().get(8);
    assertEquals(Optional.of(Sex.FEMALE), girls.getSex());
    assertEquals(Optional.of(AgeBand.CHILDREN), girls.getAgeBand());
    assertEquals(OptionalLong.of(40), girls.getInNeed());
  }

  @Test
  void adultsAre18To59OnlyBesideElderlyOfTheSameSexAndGroup() {
    // Children + Adult + Elderly = 480 + 470 + 50 = the total of 1000: Adult is 18-59.
    // Adult - Male + Adult - Female = 520 = Adult + Elderly: with no Elderly by sex, adults by sex are 18+.
    ImportReport report = imported().report();
    assertEquals(1, report.lines(Action.DEFAULTED).stream().filter(l -> l.source().equals(
        "disaggregatedAttachments[].categoryLabel=Adult - Male") && l.reason().startsWith(
            "the caseload reports no Elderly of the same sex and group at the location, so adults are 18 and over"))
        .count(), report::toText);
    assertTrue(report.lines(Action.DEFAULTED).stream().anyMatch(l -> l.source().equals(
        "disaggregatedAttachments[].categoryLabel=Adult - Female - IDP")
        && l.target().endsWith("sex=female ageBand=18-59 populationGroup=population-group:idps")), report::toText);
  }

  @Test
  void householdsAreKeptApartFromPeople() {
    ImportResult<Plan> r = imported();
    PeopleFigures people = r.value().getPeople().orElseThrow();
    String households = people.getExtensions().get("x-hpc-households").json();
    assertEquals("[{\"category\":\"hpc-category:total-households\",\"categoryLabel\":\"Total Households\","
        + "\"categoryName\":\"Total Households\",\"location\":{\"country\":\"AFG\",\"admin1Code\":\"AF01\","
        + "\"admin1Name\":\"Kabul\",\"x-hpc-location-id\":2},\"inNeed\":160},"
        + "{\"category\":\"hpc-category:female-headed-households\",\"categoryLabel\":\"Female-Headed Households\","
        + "\"categoryName\":\"Female-Headed Households\",\"location\":{\"country\":\"AFG\",\"admin1Code\":\"AF01\","
        + "\"admin1Name\":\"Kabul\",\"x-hpc-location-id\":2},\"inNeed\":20}]", households);
    assertFalse(people.getBreakdown().stream().anyMatch(c -> c.getKey().contains("household")));
    assertEquals(1, r.report().count(Action.KEPT, "disaggregatedAttachments[].categoryLabel=Total Households "
        + "(households, not people: never in the people figures)"));
    assertEquals(1, r.report().count(Action.KEPT, "disaggregatedAttachments[].categoryLabel=Female-Headed Households "
        + "(households, not people: never in the people figures)"));
  }

  @Test
  void disabilityIsASubsetWithItsSex() {
    PeopleFigures people = imported().value().getPeople().orElseThrow();
    List<PeopleCell> subsets = people.getBreakdown().stream().filter(PeopleCell::isSubset).toList();
    // Disability is the built-in vocabulary's: the same code whichever words the plan uses.
    assertEquals(List.of(Code.of("people-subset", "disability"), Code.of("people-subset", "disability")),
        subsets.stream().map(c -> c.getSubset().orElseThrow()).toList());
    assertEquals(List.of("location+subset", "sex+location+subset"),
        subsets.stream().map(PeopleCell::getDimensions).toList());
    assertEquals(OptionalLong.of(150), subsets.get(0).getInNeed());
    assertEquals(OptionalLong.of(80), subsets.get(1).getInNeed());
    assertEquals("\"People with Disabilities - Female\"",
        subsets.get(1).getExtensions().get("x-hpc-category-label").json());
    assertFalse(people.getExtensions().containsKey("x-hpc-subsets"), "no longer kept aside");
    // Never a population group: the groups of a location still add up to its total.
    assertTrue(subsets.stream().allMatch(c -> c.getPopulationGroup().isEmpty()));
  }

  @Test
  void theVocabularyNamesEachGroupByItsPart() {
    Vocabulary categories = imported().value().getVocabularies().stream()
        .filter(v -> v.getId().equals("hpc-category")).findFirst().orElseThrow();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("pakistan-district-of-return", "Pakistan (District of Return)");
    expected.put("border-ec", "Border / EC");
    expected.put("total-households", "Total Households");
    expected.put("female-headed-households", "Female-Headed Households");
    assertEquals(expected, categories.getCodes());
  }

  @Test
  void labelsThatDoNotParseAreReportedAndKept() {
    ImportResult<Plan> r = imported();
    assertEquals(List.of("warning invalid-value /data/caseloads/0/disaggregatedAttachments/21/categoryLabel "
        + "Female - Male"), HpcValuesTest.findings(r.report()));
    assertTrue(r.report().findings().get(0).message().contains("two sexes: \"Female\" and \"Male\""),
        r.report().findings().get(0).message());
    assertEquals(1, r.report().count(Action.SKIPPED, "disaggregatedAttachments[].categoryLabel=Female - Male"));
    String kept = r.value().getPeople().orElseThrow().getExtensions().get("x-hpc-not-imported").json();
    assertTrue(kept.startsWith("[{\"reason\":\"the category does not parse: two sexes: \\\"Female\\\" and "
        + "\\\"Male\\\"\",\"attachment\":{\"locationId\":2,\"categoryLabel\":\"Female - Male\""), kept);
    // A label with an empty part, whose categoryName parses: the name is read, with a report line.
    PeopleFigures protection = r.value().getSectors().get(0).getPeople().orElseThrow();
    assertEquals("ageBand=0-17 location=AFG/AF01", protection.getBreakdown().get(1).getKey());
    assertEquals(1, r.report().count(Action.DEFAULTED, "disaggregatedAttachments[].categoryLabel=Children -"),
        r.report()::toText);
    assertTrue(PlanValidator.create().validate(r.value()).isValid(),
        () -> PlanValidator.create().validate(r.value()).toText());
  }
}
