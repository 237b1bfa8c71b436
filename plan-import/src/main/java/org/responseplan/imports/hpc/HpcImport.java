package org.responseplan.imports.hpc;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Arr;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Null;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * One import of an HPC {@code responseMonitoring} answer: the state of one call of {@link HpcReader}. Findings point
 * into the source document (JSON Pointers such as {@code /data/caseloads/3/inNeed}, with line and column); report
 * lines name source fields relative to {@code data} and targets as JSON Pointer patterns into the plan.
 *
 * <p>The parts: {@link HpcIdentity} (plan id, names, period), {@link HpcLocations}, {@link HpcClusters} (sectors),
 * {@link HpcFigures} (caseloads' people figures, with {@link HpcConsistency}) and {@link HpcValues} (counts and
 * dates by the rules every importer shares).
 */
final class HpcImport {
  /** Data members read into the model; any other member of {@code data} is kept as a plan extension. */
  private static final Set<String> DATA_READ = Set.of("locations", "caseloads", "lastPublishedDate");

  /** The answer of the largest plans is a few megabytes: the default limits of the plan JSON reader suit it. */
  private static final JsonTree.Parser PARSER = JsonTree.parser(ReadLimits.DEFAULT);

  private final HpcSource src;
  private final @Nullable String planIdHint;
  private final String planIdHintSource;
  private final HpcIdentity identity;
  private final HpcLocations locations;
  private final HpcFigures figures;
  private final HpcClusters clusters;

  HpcImport(Locale locale, @Nullable String planIdHint, String planIdHintSource) {
    this.src = new HpcSource(locale);
    this.planIdHint = planIdHint;
    this.planIdHintSource = planIdHintSource;
    this.locations = new HpcLocations(src);
    this.identity = new HpcIdentity(src, locations, planIdHint, planIdHintSource);
    this.figures = new HpcFigures(src, locations);
    this.clusters = new HpcClusters(src, figures);
  }

  ImportResult<Plan> run(InputStream in) {
    JsonTree.Parsed parsed = PARSER.parse(in);
    for (JsonTree.Duplicate d : parsed.duplicates()) {
      src.finding(Finding.of(Rule.DUPLICATE_KEY, d.pointer(), d.name(), src.locale).at(d.line(), d.column()));
    }
    Node root = parsed.root();
    if (root == null) {
      JsonTree.Failure failure = Objects.requireNonNull(parsed.failure());
      Finding f = Finding.of(failure.rule(), "", failure.detail(), src.locale);
      src.finding(failure.line() > 0 ? f.at(failure.line(), failure.column()) : f);
      return fallback();
    }
    try {
      return read(root);
    } catch (RuntimeException e) {
      // Never throw on bad data: an unforeseen shape of the answer becomes a finding.
      src.finding(Finding.of(Rule.UNREADABLE, "", e.getClass().getSimpleName() + ": " + e.getMessage(), src.locale));
      return fallback();
    }
  }

  ImportResult<Plan> unreadable(String detail) {
    src.finding(Finding.of(Rule.UNREADABLE, "", detail, src.locale));
    return fallback();
  }

  /** The plan when the answer cannot be read: its identity only, so that the result still names the plan. */
  private ImportResult<Plan> fallback() {
    String id = planIdHint == null ? "unknown" : planIdHint;
    String name = planIdHint == null ? HpcIdentity.NO_NAME : "HPC plan " + planIdHint;
    src.report.defaulted("planId", "/id", "the answer could not be read; the id is " + planIdHintSource, "hpc-" + id);
    src.report.defaulted("planVersion.name", "/name", "the answer could not be read", name);
    return new ImportResult<>(Plan.builder().id("hpc-" + id).name(name).build(), src.report.build());
  }

  // ---- the answer ----

  private ImportResult<Plan> read(Node root) {
    if (!(root instanceof Obj top)) {
      src.finding(Finding.of(Rule.WRONG_TYPE, "", root.excerpt(), src.locale, "an object {\"data\": {...}}")
          .at(root.line(), root.column()));
      return fallback();
    }
    Obj data = top.obj("data");
    Plan.Builder plan = Plan.builder();
    Node dataNode = top.member("data");
    if (dataNode != null && data == null) {
      src.finding(Finding.of(Rule.WRONG_TYPE, "/data", dataNode.excerpt(), src.locale, "an object")
          .at(dataNode.line(), dataNode.column()));
      return fallback();
    }
    if (data == null) {
      if (top.member("caseloads") != null) {
        data = top;
        src.base = "";
        src.report.defaulted("data", "/", "the answer has no \"data\" wrapper; its members are read as data", null);
      } else {
        src.finding(Finding.of(Rule.REQUIRED_FIELD, "/data", null, src.locale).at(top.line(), top.column()));
        return fallback();
      }
    } else {
      for (Map.Entry<String, Node> e : top.members().entrySet()) {
        if (!e.getKey().equals("data")) {
          src.keep(plan::putExtensions, e.getKey(), e.getValue(), e.getKey(), "/");
        }
      }
    }

    locations.read(data);
    clusters.read(data);
    identity.read(data, plan);
    for (Map.Entry<String, Node> e : data.members().entrySet()) {
      if (!DATA_READ.contains(e.getKey())) {
        src.keep(plan::putExtensions, e.getKey(), e.getValue(), e.getKey(), "/");
      }
    }
    for (String iso3 : locations.countries) {
      plan.addOperationalPresence(Location.country(iso3));
      src.report.mapped("locations[adminLevel=0]", "/operationalPresence/*/country");
    }

    Arr caseloads = data.arr("caseloads");
    Node caseloadsNode = data.member("caseloads");
    if (caseloadsNode != null && caseloads == null && !(caseloadsNode instanceof Null)) {
      src.finding(Finding.of(Rule.WRONG_TYPE, src.base + "/caseloads", caseloadsNode.excerpt(), src.locale, "an array")
          .at(caseloadsNode.line(), caseloadsNode.column()));
      src.report.skipped("caseloads", "not an array: the plan has no people figures", null);
    } else if (caseloads == null) {
      src.finding(Finding.of(Rule.REQUIRED_FIELD, src.base + "/caseloads", null, src.locale)
          .withSeverity(Severity.WARNING)
          .at(data.line(), data.column()));
      src.report.skipped("caseloads", "absent: the plan has no people figures", null);
    } else {
      caseloads(caseloads, plan);
    }

    if (!clusters.hpcClusterCodes.isEmpty()) {
      plan.addVocabularies(Vocabulary.builder().id(HpcClusters.HPC_CLUSTER)
          .name("HPC plan clusters without a global cluster code").putAllCodes(clusters.hpcClusterCodes).build());
    }
    if (!figures.hpcCategoryCodes.isEmpty()) {
      plan.addVocabularies(Vocabulary.builder().id(HpcCategories.HPC_CATEGORY)
          .name("HPC disaggregation categories").putAllCodes(figures.hpcCategoryCodes).build());
    }
    try {
      return new ImportResult<>(plan.build(), src.report.build());
    } catch (InvalidPlanException e) {
      src.finding(Finding.of(e.rule(), "", e.value(), src.locale, e.details()));
      return fallback();
    }
  }

  private void caseloads(Arr caseloads, Plan.Builder plan) {
    boolean planPeople = false;
    Set<String> sectorIds = new HashSet<>();
    List<Node> otherPlanCaseloads = new ArrayList<>();
    List<Obj> clusterCaseloads = new ArrayList<>();
    for (Node n : caseloads.items()) {
      if (n instanceof Obj c && !isPlanLevel(c)) {
        clusterCaseloads.add(c);
      }
    }
    clusters.name(clusterCaseloads);
    for (int i = 0; i < caseloads.items().size(); i++) {
      String pointer = src.base + "/caseloads/" + i;
      Node n = caseloads.items().get(i);
      if (!(n instanceof Obj c)) {
        src.finding(Finding.of(Rule.WRONG_TYPE, pointer, n.excerpt(), src.locale, "a caseload object")
            .at(n.line(), n.column()));
        src.report.skipped("caseloads[]", "not an object", pointer);
        continue;
      }
      if (isPlanLevel(c)) {
        if (planPeople) {
          otherPlanCaseloads.add(c);
          src.finding(Finding.of(Rule.EXTENSION_KEPT, pointer, "caseloads/" + i, src.locale).at(c.line(), c.column()));
          src.report.kept("caseloads[caseloadType=plan] (a second one)", "/x-hpc-other-plan-caseloads", pointer);
          continue;
        }
        planPeople = true;
        src.report.mapped("caseloads[caseloadType=plan]", "/people");
        Map<String, RawJson> ext = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : c.members().entrySet()) {
          if (!HpcFigures.METRICS.containsKey(e.getKey()) && !e.getKey().equals("disaggregatedAttachments")) {
            src.keep(ext::put, e.getKey(), e.getValue(), "caseloads[caseloadType=plan]." + e.getKey(), "/people");
          }
        }
        PeopleFigures people = figures.figures(c, pointer, "/people", ext);
        if (people != null) {
          plan.people(people);
        }
      } else {
        plan.addSectors(clusters.sector(c, pointer, sectorIds));
      }
    }
    if (!otherPlanCaseloads.isEmpty()) {
      plan.putExtensions("x-hpc-other-plan-caseloads",
          JsonTree.raw(new Arr(otherPlanCaseloads, 0, 0)));
    }
  }

  /** The plan-wide caseload: {@code caseloadType} "plan", or, without a type, no entity and no cluster. */
  private static boolean isPlanLevel(Obj c) {
    String type = c.text("caseloadType");
    if (type != null) {
      return type.equalsIgnoreCase("plan");
    }
    String cluster = c.text("availableGlobalClusterCode");
    return c.text("entityId") == null
        && (cluster == null || cluster.equalsIgnoreCase("n/a") || cluster.equalsIgnoreCase("ALL"));
  }
}
