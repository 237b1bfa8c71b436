package org.responseplan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.PlanRollup;
import org.responseplan.indicators.PlanSummary;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.indicators.Rounding;
import org.responseplan.imports.fts.FtsReader;
import org.responseplan.imports.hpc.HpcReader;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReader;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.PlanValidator;

/**
 * The readers (plan JSON, FTS, HPC, HXL), the validator and the rollups are documented as thread-safe: one shared
 * instance of each, used from 8 threads at once on the sample files and the seed plan, gives every time exactly what
 * a single-threaded run gives.
 */
class SharedReadersConcurrencyTest {
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path SEED = Path.of("../examples/plans/iom-venezuela-rmrp-2022.json");
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  private static final PlanReader PLANS = PlanJson.reader().lenient();
  private static final FtsReader FTS = FtsReader.create();
  private static final HpcReader HPC = HpcReader.create();
  private static final HxlReader HXL = HxlReader.create();
  private static final PlanValidator VALIDATOR = PlanValidator.create();

  /** Every piece of work, by name, each giving a text that holds all of its result. */
  private static Map<String, Callable<String>> work() throws Exception {
    Map<String, Callable<String>> work = new LinkedHashMap<>();
    work.put("seed plan: read, validate, summary, rollup", () -> {
      Plan plan = PLANS.read(SEED).plan().orElseThrow();
      return VALIDATOR.validate(plan) + "\n" + PlanSummary.of(plan).toText(Rounding.FTS) + "\n"
          + PlanRollup.of(plan).by(Dimension.SECTOR).toCsv();
    });
    Path fts = RESOURCES.resolve("fts");
    work.put("fts overview", () -> plans(FTS.readPlanOverview(fts.resolve("fts-plan-overview-progress-2020.json"))));
    work.put("fts flows", () -> plan(FTS.readClusterFlows(fts.resolve("fts-flow-planid-929-groupby-cluster.json"))));
    work.put("fts csv", () -> plans(FTS.readRequirementsFundingCsv(fts.resolve("fts_requirements_funding_global.csv"))));
    work.put("fts cluster csv",
        () -> plans(FTS.readClusterCsv(fts.resolve("fts_requirements_funding_cluster_global.csv"))));
    work.put("hpc", () -> plan(HPC.readResponseMonitoring(RESOURCES.resolve("hpc/hpc-response-monitoring-plan-1188.json"))));
    try (var files = Files.list(RESOURCES.resolve("hxl"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        work.put("hxl table " + f.getFileName(), () -> {
          ImportResult<org.responseplan.imports.hxl.HxlTable> t = HXL.readTable(f);
          return t.value() + "\n" + t.value().rows() + "\n" + t.report().toText();
        });
        work.put("hxl 5W " + f.getFileName(), () -> {
          ImportResult<?> r = HXL.readActivityReports(f);
          ImportResult<ReachAggregator> a = HXL.aggregateActivityReports(f, 2);
          return r.value() + "\n" + r.report().toText() + "\n" + a.value().result(Dimension.SECTOR).toCsv() + a.value().problems() + "\n" + a.report().toText();
        });
        work.put("hxl people " + f.getFileName(), () -> {
          ImportResult<?> r = HXL.readPeopleFigures(f);
          return r.value() + "\n" + r.report().toText();
        });
      }
    }
    return work;
  }

  private static String plan(ImportResult<Plan> r) {
    Plan plan = r.value();
    return new String(PlanJson.writer().toBytes(plan), java.nio.charset.StandardCharsets.UTF_8) + "\n"
        + r.report().toText() + "\n" + VALIDATOR.validate(plan) + "\n" + PlanRollup.of(plan).by(Dimension.PLAN).toCsv();
  }

  private static String plans(ImportResult<List<Plan>> r) {
    StringBuilder b = new StringBuilder(r.report().toText());
    for (Plan p : r.value()) {
      b.append('\n').append(plan(new ImportResult<>(p, r.report())));
    }
    return b.toString();
  }

  @Test
  void sharedInstancesOnEightThreadsGiveTheSingleThreadedResults() throws Exception {
    Map<String, Callable<String>> work = work();
    Map<String, String> expected = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<String>> w : work.entrySet()) {
      expected.put(w.getKey(), w.getValue().call());
    }
    assertTrue(expected.size() > 20, "every sample is read: " + expected.keySet());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<String> names = new ArrayList<>();
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (int t = 0; t < THREADS; t++) {
          // Each thread takes the work in another order, so that different readers overlap.
          List<String> keys = new ArrayList<>(work.keySet());
          java.util.Collections.rotate(keys, t * 3 + round);
          for (String k : keys) {
            Callable<String> c = work.get(k);
            names.add(k);
            results.add(pool.submit(() -> {
              start.await();
              return c.call();
            }));
          }
        }
      }
      start.countDown();
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(names.get(i)), results.get(i).get(120, TimeUnit.SECONDS), names.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
