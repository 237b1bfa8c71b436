package org.responseplan.imports.fts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.fts.FtsFiles.OVERVIEW;
import static org.responseplan.imports.fts.FtsFiles.fundingTotal;
import static org.responseplan.imports.fts.FtsFiles.numberExtension;
import static org.responseplan.imports.fts.FtsFiles.plan;
import static org.responseplan.imports.fts.FtsFiles.usd;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Calculation;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.Rounding;
import org.responseplan.indicators.Undefined;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Vocabulary;

/** The FTS plan overview answer (6 plans of 2020), imported and compared with what FTS publishes. */
class FtsPlanOverviewTest {
  private static final ImportResult<List<Plan>> RESULT = FtsReader.create().readPlanOverview(FtsFiles.path(OVERVIEW));
  private static final List<Plan> PLANS = RESULT.value();

  @Test
  void everyPlanIsImportedWithoutFindings() {
    assertEquals(List.of("fts-832", "fts-929", "fts-943", "fts-952", "fts-1006", "fts-1010"),
        PLANS.stream().map(Plan::getId).toList());
    assertEquals(List.of(), RESULT.report().findings());
  }

  /**
   * FTS {@code progress} = total funding / revised requirements x 100, two decimals, half up. All 6 plans: 5 are
   * reproduced exactly under {@link Rounding#FTS}; the 6th (952, the COVID-19 GHRP, revised requirements 0) is the
   * one exception: FTS publishes 0 where the library says undefined, which is asserted exactly.
   */
  @Test
  void everyPublishedProgressIsReproducedUnderFtsRounding() {
    Map<String, String> exceptions = Map.of("fts-952",
        "revised requirements are 0: FTS publishes progress 0, the library says undefined (requirements is zero)");
    List<String> reproduced = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Plan p : PLANS) {
      BigDecimal published = numberExtension(p.getFunding().orElseThrow(), FtsReader.PROGRESS_EXTENSION)
          .orElseThrow();
      Calculation c = Calculators.fundingCoverage(FundingFigures.of(p));
      if (exceptions.containsKey(p.getId())) {
        assertEquals(0, published.signum(), "FTS publishes 0 for " + p.getId());
        assertEquals(Optional.of(usd(0)), p.getRequirements());
        assertFalse(c.isDefined(), c.explain());
        assertEquals(Optional.of(Undefined.DENOMINATOR_ZERO), c.reasonCode());
        assertEquals("requirements is zero", c.reason());
        continue;
      }
      Optional<BigDecimal> computed = c.percent(Rounding.FTS);
      if (computed.isPresent() && computed.get().compareTo(published) == 0) {
        reproduced.add(p.getId());
      } else {
        failures.add(p.getId() + ": FTS " + published + ", computed " + computed + " (" + c.explain() + ")");
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(List.of("fts-832", "fts-929", "fts-943", "fts-1006", "fts-1010"), reproduced);
    assertEquals(PLANS.size(), reproduced.size() + exceptions.size());
  }

  @Test
  void plan929IsMappedFieldByField() {
    Plan p = plan(PLANS, "fts-929");
    assertEquals(Optional.of("HAFG20"), p.getCode());
    assertEquals("Afghanistan 2020", p.getName());
    assertEquals(Optional.of(Period.year(2020)), p.getPeriod());
    assertEquals(Optional.of(Code.of(FtsReader.PLAN_TYPE_VOCABULARY, "4", "Humanitarian response plan")),
        p.getPlanType());
    assertEquals(List.of(Vocabulary.builder().id(FtsReader.PLAN_TYPE_VOCABULARY).name("FTS plan types")
        .putCodes("4", "Humanitarian response plan").build()), p.getVocabularies());
    assertEquals(List.of(Location.country("AFG")), p.getOperationalPresence());
    assertEquals(Optional.of(usd(1_131_050_820L)), p.getRequirements());
    assertEquals(Optional.of(usd(564_467_765L)), fundingTotal(p));
    assertEquals(Money.of("732600000", "USD"), p.getOriginalRequirements().orElseThrow());
    assertTrue(p.getExtensions().keySet().stream().noneMatch(k -> k.contains("orig")), "no longer an extension");
    // Three caseloads: the one with the most people in need (attachment 14166) gives the headline figures; the
    // other two are kept whole, never added.
    var people = p.getPeople().orElseThrow();
    assertEquals(37_600_000L, people.getTotalPopulation().getAsLong());
    assertEquals(35_000_000L, people.getAffected().getAsLong());
    assertEquals(14_000_000L, people.getInNeed().getAsLong());
    assertEquals(11_054_331L, people.getTargeted().getAsLong());
    assertEquals(10_000_000L, people.getExpectedReach().getAsLong());
    assertEquals(10_000_000L, people.getReached().getAsLong());
    assertEquals("14166", people.getExtensions().get("x-fts-attachment-id").json());
    String others = p.getExtensions().get("x-fts-other-case-loads").json();
    assertTrue(others.contains("\"attachmentId\":17349") && others.contains("\"attachmentId\":17350"), others);
    assertEquals(1, RESULT.report().count(ImportReport.Action.DEFAULTED, "plans[].caseLoads[]"));
  }

  @Test
  void stringAndNullPeopleValuesAreReadAsCountsOrLeftEmpty() {
    // 943 has totalPopulation and affected null: empty, never 0.
    var people = plan(PLANS, "fts-943").getPeople().orElseThrow();
    assertTrue(people.getTotalPopulation().isEmpty());
    assertTrue(people.getAffected().isEmpty());
    assertEquals(9_543_006L, people.getInNeed().getAsLong());
    // 952 and 1006 have caseLoads null: no people figures, reported as skipped.
    assertTrue(plan(PLANS, "fts-952").getPeople().isEmpty());
    assertEquals(2, RESULT.report().count(ImportReport.Action.SKIPPED, "plans[].caseLoads"));

    String json = "{\"data\": {\"plans\": [{\"id\": 1, \"name\": \"x\", \"caseLoads\": [{\"totals\": ["
        + "{\"type\": \"inNeed\", \"value\": \"1200000\"}, {\"type\": \"target\", \"value\": null}]}]}]}}";
    ImportResult<List<Plan>> r = FtsReader.create()
        .readPlanOverview(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    var p = r.value().get(0).getPeople().orElseThrow();
    assertEquals(1_200_000L, p.getInNeed().getAsLong());
    assertTrue(p.getTargeted().isEmpty());
    assertEquals(List.of(), r.report().findings());
  }

  @Test
  void aGlobalLocationWithoutIso3IsSkippedWithItsReasonAndKept() {
    Plan ghrp = plan(PLANS, "fts-952");
    // 56 locations in the source, one of them "Global" with iso3 null.
    assertEquals(55, ghrp.getOperationalPresence().size());
    String kept = ghrp.getExtensions().get("x-fts-locations-without-iso3").json();
    assertTrue(kept.contains("\"name\":\"Global\""), kept);
    List<ImportReport.Line> skipped = RESULT.report().lines(ImportReport.Action.SKIPPED).stream()
        .filter(l -> l.source().equals("plans[].countries[].iso3")).toList();
    assertEquals(1, skipped.size());
    assertEquals(2, skipped.get(0).count(), "952 and 1006 each list Global");
    assertTrue(skipped.get(0).reason().contains("no ISO 3166-1 alpha-3 code"), skipped.get(0).reason());
    assertTrue(skipped.get(0).example().contains("Global"), skipped.get(0).example());
  }

  /**
   * Nothing is lost silently: each plan object is imported on its own, and every field of it (every leaf, by its
   * generalized name such as {@code plans[].countries[].iso3}) has a MAPPED, DEFAULTED, KEPT or SKIPPED line about it
   * in the report, or sits inside a value that was kept or skipped whole.
   */
  @Test
  void everyFieldOfEveryPlanObjectIsAccountedForInTheReport() {
    JsonTree.Obj root = FtsFiles.json(OVERVIEW);
    List<JsonTree.Node> plans = FtsFiles.arr(root.members().get("data"), "plans");
    assertEquals(6, plans.size());
    int fields = 0;
    for (JsonTree.Node p : plans) {
      String one = "{\"data\":{\"plans\":[" + JsonTree.compact(p) + "]}}";
      ImportReport report = FtsReader.create()
          .readPlanOverview(new ByteArrayInputStream(one.getBytes(StandardCharsets.UTF_8))).report();
      Set<String> leaves = FtsFiles.leaves(p, "plans[]");
      List<String> lost = leaves.stream().filter(l -> !FtsFiles.accountedFor(report, l)).toList();
      assertEquals(List.of(), lost, "fields of plan " + FtsFiles.num(p, "id") + " missing from the report:\n"
          + report.toText());
      fields += leaves.size();
    }
    assertTrue(fields > 100, "checked " + fields + " fields");
    // The answer's other members are reported too.
    for (String s : List.of("status", "data.totals", "data.meta")) {
      assertEquals(1, RESULT.report().count(ImportReport.Action.SKIPPED, s), s);
    }
  }

  @Test
  void everySkippedOrDefaultedLineSaysWhy() {
    for (ImportReport.Line l : RESULT.report().lines()) {
      if (l.action() == ImportReport.Action.SKIPPED || l.action() == ImportReport.Action.DEFAULTED) {
        assertFalse(l.reason().isBlank(), l.toString());
      }
    }
    // what the model has no field for is kept, named x-fts-...
    Map<String, String> kept = new LinkedHashMap<>();
    RESULT.report().lines(ImportReport.Action.KEPT).forEach(l -> kept.put(l.source(), l.target()));
    assertFalse(kept.containsKey("plans[].requirements.origRequirements"), "mapped, not kept");
    assertEquals("/funding/x-fts-progress", kept.get("plans[].funding.progress"));
    assertEquals("/x-fts-plan-costing", kept.get("plans[].planCosting"));
    assertTrue(kept.values().stream().allMatch(t -> t.matches("(/[a-z]+)*/x-fts-[a-z0-9-]+")), kept.toString());
  }
}
