package org.responseplan.imports.fts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.imports.fts.FtsFiles.FLOWS_929;
import static org.responseplan.imports.fts.FtsFiles.fundingTotal;
import static org.responseplan.imports.fts.FtsFiles.sector;
import static org.responseplan.imports.fts.FtsFiles.usd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.Rounding;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Code;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/** The FTS flow search for plan 929 (Afghanistan 2020) grouped by cluster. */
class FtsClusterFlowsTest {
  private static final ImportResult<Plan> RESULT = FtsReader.create().readClusterFlows(FtsFiles.path(FLOWS_929));
  private static final Plan PLAN = RESULT.value();

  @Test
  void onePlanWithASectorPerClusterAndTheTwoUnattributedBuckets() {
    assertEquals(List.of(), RESULT.report().findings());
    assertEquals("fts-929", PLAN.getId());
    assertEquals(1, RESULT.report().count(ImportReport.Action.DEFAULTED, "planId"), "the id comes from the file name");
    assertEquals(Optional.of(usd(1_131_050_820L)), PLAN.getRequirements());
    assertEquals(Optional.of(usd(564_467_765L)), fundingTotal(PLAN));
    // 16 clusters with requirements, 2 with funding only (5404 Aviation COVID-19, 5400 Coordination COVID-19),
    // then "Not specified" and "Multiple clusters/sectors (shared)".
    assertEquals(20, PLAN.getSectors().size());
    assertEquals(16, PLAN.getSectors().stream().filter(s -> s.getRequirements().isPresent()).count());
    assertEquals(List.of("5404", "5400", FtsReader.NOT_SPECIFIED, FtsReader.SHARED), PLAN.getSectors().stream()
        .filter(s -> s.getRequirements().isEmpty()).map(Sector::getId).toList());
    Sector coordination = sector(PLAN, "5254");
    assertEquals(Code.of(FtsReader.CLUSTER_VOCABULARY, "5254", "Coordination"), coordination.getCode());
    assertEquals(Optional.of(usd(14_939_040L)), coordination.getRequirements());
    assertEquals(Optional.of(usd(5_077_130L)), fundingTotal(coordination));
    assertEquals(Money.of("14400000", "USD"), coordination.getOriginalRequirements().orElseThrow());
    // Revisions: the plan's original and revised requirements; the COVID-19 clusters were added in a revision, so
    // their original requirements are not reported (never 0), and coverage stays on the revised figure.
    assertEquals(Optional.of(usd(732_600_000L)), PLAN.getOriginalRequirements());
    assertEquals(9, PLAN.getSectors().stream().filter(s -> s.getOriginalRequirements().isPresent()).count());
    Sector healthCovid = sector(PLAN, "5403");
    assertEquals(Optional.of(usd(107_614_298L)), healthCovid.getRequirements());
    assertTrue(healthCovid.getOriginalRequirements().isEmpty());
    assertEquals(new BigDecimal("49.91"), Calculators.fundingCoverage(FundingFigures.of(PLAN)).percent(Rounding.FTS)
        .orElseThrow());
    // The cluster vocabulary is declared by the plan, with every code used.
    var vocabulary = PLAN.getVocabularies().get(0);
    assertEquals(FtsReader.CLUSTER_VOCABULARY, vocabulary.getId());
    assertEquals(PLAN.getSectors().stream().map(s -> s.getCode().getCode()).toList(),
        List.copyOf(vocabulary.getCodes().keySet()));
  }

  @Test
  void notSpecifiedAndSharedFundingAreKeptAsSectorsWithFundingAndNoRequirements() {
    Sector notSpecified = sector(PLAN, FtsReader.NOT_SPECIFIED);
    assertEquals("Not specified", notSpecified.getCode().getName().orElseThrow());
    assertEquals(Optional.of(usd(160_548_636L)), fundingTotal(notSpecified));
    assertTrue(notSpecified.getRequirements().isEmpty());
    Sector shared = sector(PLAN, FtsReader.SHARED);
    assertEquals(FtsReader.SHARED_NAME, shared.getCode().getName().orElseThrow());
    assertEquals(Optional.of(usd(24_156_904L)), fundingTotal(shared));
    assertTrue(shared.getRequirements().isEmpty());
    // The 12 shared flows are kept; their totals add up to the shared sector's funding.
    String objects = shared.getFunding().orElseThrow().getExtensions().get("x-fts-shared-funding-objects").json();
    assertEquals(12, objects.split("\"behavior\":\"shared\"", -1).length - 1);
    // A cluster listed with zero funding (5407) has a funding of 0, as published: not left out.
    assertEquals(Optional.of(usd(0)), fundingTotal(sector(PLAN, "5407")));
  }

  /**
   * In this answer the sector funding adds up to the plan's total exactly: 18 clusters 379,762,225 + Not specified
   * 160,548,636 (together singleFundingTotal 540,310,861) + shared 24,156,904 = 564,467,765 = fundingTotals.total.
   */
  @Test
  void sectorFundingAddsUpToThePlanTotal() {
    BigDecimal clusters = BigDecimal.ZERO;
    for (Sector s : PLAN.getSectors()) {
      if (!s.getId().equals(FtsReader.NOT_SPECIFIED) && !s.getId().equals(FtsReader.SHARED)) {
        clusters = clusters.add(fundingTotal(s).orElseThrow().amount());
      }
    }
    assertEquals(new BigDecimal("379762225"), clusters);
    BigDecimal notSpecified = fundingTotal(sector(PLAN, FtsReader.NOT_SPECIFIED)).orElseThrow().amount();
    BigDecimal shared = fundingTotal(sector(PLAN, FtsReader.SHARED)).orElseThrow().amount();
    assertEquals(new BigDecimal("540310861"), clusters.add(notSpecified));
    assertEquals("540310861", PLAN.getFunding().orElseThrow().getExtensions().get("x-fts-single-funding-total").json());
    assertEquals(fundingTotal(PLAN).orElseThrow().amount(), clusters.add(notSpecified).add(shared));

    // Each cluster's x-fts-shared-funding counts every shared flow it takes part in at its full amount: summed,
    // they give 49,807,622, about twice the 24,156,904 actually shared. They must not be added.
    BigDecimal perCluster = BigDecimal.ZERO;
    for (Sector s : PLAN.getSectors()) {
      var ext = s.getFunding().orElseThrow().getExtensions().get("x-fts-shared-funding");
      if (ext != null) {
        perCluster = perCluster.add(new BigDecimal(ext.json()));
      }
    }
    assertEquals(new BigDecimal("49807622"), perCluster);
  }

  @Test
  void clusterRequirementsAddUpToThePlanRequirements() {
    BigDecimal sum = PLAN.getSectors().stream().map(Sector::getRequirements).flatMap(Optional::stream)
        .map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(PLAN.getRequirements().orElseThrow().amount(), sum);
  }

  /** The HDX cluster table for plan 929 was made from this answer: every sector agrees with it, figure by figure. */
  @Test
  void agreesWithTheHdxClusterTableForPlan929() {
    Plan hdx = FtsFiles.plan(FtsReader.create().readClusterCsv(FtsFiles.path(FtsFiles.CLUSTERS_CSV)).value(),
        "fts-929");
    assertEquals(Set.copyOf(PLAN.getSectors().stream().map(Sector::getId).toList()),
        Set.copyOf(hdx.getSectors().stream().map(Sector::getId).toList()));
    List<String> differences = new ArrayList<>();
    for (Sector s : PLAN.getSectors()) {
      Sector h = sector(hdx, s.getId());
      if (!s.getRequirements().equals(h.getRequirements()) || !fundingTotal(s).equals(fundingTotal(h))
          || !s.getCode().getName().equals(h.getCode().getName())) {
        differences.add(s.getId());
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void theFieldsOfTheAnswerAreAllAccountedFor() {
    JsonTree.Obj root = FtsFiles.json(FLOWS_929);
    List<String> lost = new ArrayList<>();
    for (var e : root.members().entrySet()) {
      String name = e.getKey().equals("data") ? "data" : e.getKey();
      for (String leaf : FtsFiles.leaves(e.getValue(), name)) {
        if (!FtsFiles.accountedFor(RESULT.report(), leaf)) {
          lost.add(leaf);
        }
      }
    }
    assertEquals(List.of(), lost, RESULT.report().toText());
  }

  @Test
  void thePlanIdCanBeGivenOrIsDefaulted() {
    FtsReader fts = FtsReader.create();
    assertEquals("fts-929", fts.readClusterFlows(FtsFiles.stream(FLOWS_929), "929").value().getId());
    ImportResult<Plan> unnamed = fts.readClusterFlows(FtsFiles.stream(FLOWS_929));
    assertEquals("fts-flow", unnamed.value().getId());
    assertTrue(unnamed.report().lines(ImportReport.Action.DEFAULTED).stream()
        .anyMatch(l -> l.source().equals("planId") && l.reason().contains("no plan id was given")));
  }
}
