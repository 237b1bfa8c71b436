package org.responseplan.imports.fts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The FTS flow search answer grouped by cluster ({@code data.requirements.objects[]},
 * {@code data.report3.fundingTotals}) into one plan with a plan-level sector per cluster. See
 * {@code docs/formats/fts.md}.
 */
final class FlowImport {
  private static final String REQ = "data.requirements.";
  private static final String FT = "data.report3.fundingTotals.";
  private static final String FTO = FT + "objects[].";

  /** One cluster while the answer is read. */
  private static final class Acc {
    final String code;
    String name;
    @Nullable Money requirements;
    @Nullable Money originalRequirements;
    @Nullable Money funding;
    final JsonFields.Ext ext = new JsonFields.Ext();
    final JsonFields.Ext fundingExt = new JsonFields.Ext();

    Acc(String code, String name) {
      this.code = code;
      this.name = name;
    }
  }

  private final JsonFields f;
  private final Sink sink;
  private final Map<String, Acc> clusters = new LinkedHashMap<>();
  private final JsonFields.Ext planExt = new JsonFields.Ext();
  private final JsonFields.Ext planFundingExt = new JsonFields.Ext();
  private @Nullable Money planRequirements;
  private @Nullable Money planOriginalRequirements;
  private @Nullable Money planFunding;
  private @Nullable String planId;
  private @Nullable String planName;
  private @Nullable String planCode;

  FlowImport(JsonFields fields) {
    this.f = fields;
    this.sink = fields.sink;
  }

  /**
   * The plan of the answer. {@code idHint} is the FTS plan id known from elsewhere (the file name, the caller), used
   * when the answer names no plan; {@code hintReason} says where it came from.
   */
  Plan run(JsonTree.@Nullable Node root, @Nullable String idHint, String hintReason) {
    if (root != null) {
      read(root);
    }
    return build(idHint, hintReason);
  }

  private void read(JsonTree.Node root) {
    if (!(root instanceof JsonTree.Obj o)) {
      sink.wrongType("", root, "an object (an FTS API answer)");
      return;
    }
    JsonTree.Obj data = null;
    for (Map.Entry<String, JsonTree.Node> e : o.members().entrySet()) {
      String path = JsonPointer.append("", e.getKey());
      switch (e.getKey()) {
        case "status" -> {
          if (e.getValue() instanceof JsonTree.Str s && s.value().equals("ok")) {
            sink.report.skipped("status", "status of the API answer, checked to be \"ok\"", path);
          } else {
            sink.finding(Severity.WARNING, Rule.INVALID_VALUE, path, e.getValue().describe(), e.getValue().line(),
                e.getValue().column(), "\"ok\"");
            sink.report.skipped("status", "status of the API answer is not \"ok\"", path);
          }
        }
        case "data" -> {
          if (e.getValue() instanceof JsonTree.Obj d) {
            data = d;
          } else {
            sink.wrongType(path, e.getValue(), "an object");
          }
        }
        case "meta" -> sink.report.skipped("meta", "metadata of the API answer (its language)", path);
        default -> sink.report.skipped(e.getKey(), "not part of an FTS flow search answer", path);
      }
    }
    if (data == null) {
      if (o.get("data").isEmpty()) {
        sink.finding(Rule.REQUIRED_FIELD, "/data", null, o.line(), o.column());
      }
      return;
    }
    for (Map.Entry<String, JsonTree.Node> e : data.members().entrySet()) {
      String path = JsonPointer.append("/data", e.getKey());
      JsonTree.Node v = e.getValue();
      switch (e.getKey()) {
        case "requirements" -> {
          if (v instanceof JsonTree.Obj r) {
            requirements(r, path);
          } else {
            objectExpected(path, v, "data.requirements");
          }
        }
        case "report3" -> {
          if (v instanceof JsonTree.Obj r) {
            report3(r, path);
          } else {
            objectExpected(path, v, "data.report3");
          }
        }
        case "plan" -> {
          if (v instanceof JsonTree.Obj p) {
            planInfo(p, path);
          } else {
            objectExpected(path, v, "data.plan");
          }
        }
        default -> sink.report.skipped("data." + e.getKey(),
            "not part of a flow search grouped by cluster (only requirements and report3, funding by destination"
                + " cluster, are imported)", path);
      }
    }
  }

  private void objectExpected(String path, JsonTree.Node v, String source) {
    if (v instanceof JsonTree.Null) {
      sink.report.skipped(source, "null in the source: no value", path);
    } else {
      sink.wrongType(path, v, "an object");
      sink.report.skipped(source, "not an object", path);
    }
  }

  /** Plan identity, when the answer carries it ({@code data.plan: {id, name, code}}). */
  private void planInfo(JsonTree.Obj p, String path) {
    for (Map.Entry<String, JsonTree.Node> e : p.members().entrySet()) {
      String k = e.getKey();
      String source = "data.plan." + k;
      String mp = JsonPointer.append(path, k);
      Optional<String> t = JsonFields.idText(e.getValue());
      switch (k) {
        case "id" -> {
          if (t.isPresent()) {
            planId = t.get();
            sink.report.mapped(source, "/id");
          } else {
            sink.wrongType(mp, e.getValue(), "an FTS plan id");
            sink.report.skipped(source, "not a plan id", mp);
          }
        }
        case "name" -> {
          planName = JsonFields.text(e.getValue()).orElse(null);
          if (planName != null) {
            sink.report.mapped(source, "/name");
          } else {
            sink.report.skipped(source, "not a name", mp);
          }
        }
        case "code" -> {
          planCode = JsonFields.text(e.getValue()).orElse(null);
          if (planCode != null) {
            sink.report.mapped(source, "/code");
          } else {
            sink.report.skipped(source, "not a code", mp);
          }
        }
        default -> f.keep(planExt, "", "x-fts-plan-" + SourceValues.kebab(k), e.getValue(), source, mp);
      }
    }
  }

  private void requirements(JsonTree.Obj r, String path) {
    for (Map.Entry<String, JsonTree.Node> e : r.members().entrySet()) {
      String k = e.getKey();
      String mp = JsonPointer.append(path, k);
      JsonTree.Node v = e.getValue();
      switch (k) {
        case "totalRevisedReqs" -> planRequirements = f.amount(v, mp, REQ + k, "/requirements").orElse(null);
        case "totalOrigReqs" ->
            planOriginalRequirements = f.amount(v, mp, REQ + k, "/originalRequirements").orElse(null);
        case "objects" -> {
          if (v instanceof JsonTree.Arr a) {
            for (int i = 0; i < a.items().size(); i++) {
              requirementObject(a.items().get(i), JsonPointer.append(mp, i));
            }
            if (a.items().isEmpty()) {
              sink.report.skipped(REQ + k, "empty list: no cluster requirements", mp);
            }
          } else {
            sink.wrongType(mp, v, "an array of clusters");
            sink.report.skipped(REQ + k, "not an array", mp);
          }
        }
        default -> f.keep(planExt, "", "x-fts-requirements-" + SourceValues.kebab(k), v, REQ + k, mp);
      }
    }
  }

  private void requirementObject(JsonTree.Node node, String path) {
    String src = REQ + "objects[]";
    if (!(node instanceof JsonTree.Obj o)) {
      sink.wrongType(path, node, "an object (a cluster)");
      sink.report.skipped(src, "not an object", path);
      return;
    }
    Acc acc = cluster(o, path, src);
    if (acc == null) {
      return;
    }
    for (Map.Entry<String, JsonTree.Node> e : o.members().entrySet()) {
      String k = e.getKey();
      String source = src + "." + k;
      String mp = JsonPointer.append(path, k);
      JsonTree.Node v = e.getValue();
      switch (k) {
        case "id", "name" -> { }
        case "objectType" -> {
          if (v instanceof JsonTree.Str s && s.value().equals("Cluster")) {
            sink.report.mapped(source, "/sectors/*");
          } else {
            sink.finding(Severity.WARNING, Rule.INVALID_VALUE, mp, v.describe(), v.line(), v.column(),
                "\"Cluster\"");
            f.keep(acc.ext, "/sectors/*", "x-fts-object-type", v, source, mp);
          }
        }
        case "revisedRequirements" -> {
          Optional<Money> m = f.amount(v, mp, source, "/sectors/*/requirements");
          if (m.isPresent()) {
            if (acc.requirements != null) {
              sink.report.skipped(source, "the cluster is listed twice; the first requirement is used", mp);
            } else {
              acc.requirements = m.get();
            }
          }
        }
        case "origRequirements" -> {
          Optional<Money> m = f.amount(v, mp, source, "/sectors/*/originalRequirements");
          if (m.isPresent()) {
            if (acc.originalRequirements != null) {
              sink.report.skipped(source, "the cluster is listed twice; the first requirement is used", mp);
            } else {
              acc.originalRequirements = m.get();
            }
          }
        }
        case "tags" -> {
          if (v instanceof JsonTree.Arr a && a.items().isEmpty()) {
            sink.report.skipped(source, "empty list", mp);
          } else {
            f.keep(acc.ext, "/sectors/*", "x-fts-tags", v, source, mp);
          }
        }
        default -> f.keep(acc.ext, "/sectors/*", "x-fts-" + SourceValues.kebab(k), v, source, mp);
      }
    }
  }

  /**
   * The cluster an entry names by {@code id} and {@code name} (created when new), or null when it names none. An
   * entry without an id is "Not specified", "Multiple clusters/sectors (shared)" or another named bucket.
   */
  private @Nullable Acc cluster(JsonTree.Obj o, String path, String src) {
    Optional<String> id = o.get("id").flatMap(JsonFields::idText);
    Optional<String> name = o.get("name").flatMap(JsonFields::text);
    String code;
    if (id.isPresent()) {
      code = id.get();
      sink.report.mapped(src + ".id", "/sectors/*/code/code");
    } else if (name.isPresent()) {
      code = Values.bucketCode(name.get());
      sink.report.defaulted(src + ".name", "/sectors/*/code/code", "an entry without a cluster id (funding not"
          + " attributed to one cluster); its code is made from its name", path + " (" + name.get() + ")");
    } else {
      o.get("id").ifPresent(n -> sink.wrongType(path + "/id", n, "a cluster id"));
      sink.finding(Severity.WARNING, Rule.REQUIRED_FIELD, path + "/id", null, o.line(), o.column());
      sink.report.skipped(src, "an entry with neither a cluster id nor a name", path);
      return null;
    }
    if (name.isPresent()) {
      sink.report.mapped(src + ".name", "/sectors/*/code/name");
    }
    Acc acc = clusters.get(code);
    if (acc == null) {
      acc = new Acc(code, name.orElse(code));
      clusters.put(code, acc);
    }
    return acc;
  }

  private void report3(JsonTree.Obj r, String path) {
    for (Map.Entry<String, JsonTree.Node> e : r.members().entrySet()) {
      String k = e.getKey();
      String mp = JsonPointer.append(path, k);
      JsonTree.Node v = e.getValue();
      switch (k) {
        case "fundingTotals" -> {
          if (v instanceof JsonTree.Obj ft) {
            fundingTotals(ft, mp);
          } else {
            objectExpected(mp, v, "data.report3.fundingTotals");
          }
        }
        case "pledgeTotals" -> f.keep(planExt, "", "x-fts-pledge-totals", v, "data.report3." + k, mp);
        default -> f.keep(planExt, "", "x-fts-report3-" + SourceValues.kebab(k), v, "data.report3." + k, mp);
      }
    }
  }

  private void fundingTotals(JsonTree.Obj ft, String path) {
    List<JsonTree.Node> otherGroupings = new ArrayList<>();
    for (Map.Entry<String, JsonTree.Node> e : ft.members().entrySet()) {
      String k = e.getKey();
      String mp = JsonPointer.append(path, k);
      JsonTree.Node v = e.getValue();
      switch (k) {
        case "total" -> planFunding = f.amount(v, mp, FT + k, "/funding/total").orElse(null);
        case "objects" -> {
          if (!(v instanceof JsonTree.Arr a)) {
            sink.wrongType(mp, v, "an array");
            sink.report.skipped(FT + k, "not an array", mp);
            continue;
          }
          for (int i = 0; i < a.items().size(); i++) {
            JsonTree.Node item = a.items().get(i);
            String ip = JsonPointer.append(mp, i);
            if (item instanceof JsonTree.Obj g
                && g.get("type").flatMap(JsonFields::text).orElse("").equals("Cluster")) {
              clusterGrouping(g, ip);
            } else if (item instanceof JsonTree.Obj) {
              otherGroupings.add(item);
              sink.report.kept(FT + "objects[]", "/funding/x-fts-other-funding-totals", ip);
            } else {
              sink.wrongType(ip, item, "an object");
              sink.report.skipped(FT + "objects[]", "not an object", ip);
            }
          }
        }
        default -> f.keep(planFundingExt, "/funding", "x-fts-" + SourceValues.kebab(k), v, FT + k, mp);
      }
    }
    if (!otherGroupings.isEmpty()) {
      planFundingExt.put("x-fts-other-funding-totals", f.raw(new JsonTree.Arr(otherGroupings, 0, 0)));
    }
  }

  private void clusterGrouping(JsonTree.Obj g, String path) {
    // objectsBreakdown first: it lists every cluster of the plan, with or without funding.
    JsonTree.Node breakdown = g.get("objectsBreakdown").orElse(null);
    if (breakdown instanceof JsonTree.Arr a) {
      for (int i = 0; i < a.items().size(); i++) {
        fundingEntry(a.items().get(i), JsonPointer.append(path + "/objectsBreakdown", i), "objectsBreakdown", true);
      }
    }
    JsonTree.Node shared = null;
    JsonTree.Node sharedObjects = null;
    for (Map.Entry<String, JsonTree.Node> e : g.members().entrySet()) {
      String k = e.getKey();
      String mp = JsonPointer.append(path, k);
      JsonTree.Node v = e.getValue();
      switch (k) {
        case "type", "direction" -> sink.report.skipped(FTO + k,
            "grouping of the breakdown (funding by destination cluster), checked", mp);
        case "objectsBreakdown" -> {
          if (!(v instanceof JsonTree.Arr)) {
            sink.wrongType(mp, v, "an array");
            sink.report.skipped(FTO + k, "not an array", mp);
          }
        }
        case "singleFundingObjects" -> {
          if (v instanceof JsonTree.Arr a) {
            for (int i = 0; i < a.items().size(); i++) {
              fundingEntry(a.items().get(i), JsonPointer.append(mp, i), k, false);
            }
          } else {
            sink.wrongType(mp, v, "an array");
            sink.report.skipped(FTO + k, "not an array", mp);
          }
        }
        case "singleFundingTotal" -> f.keep(planFundingExt, "/funding", "x-fts-single-funding-total", v,
            FTO + k, mp);
        case "totalBreakdown" -> f.keep(planFundingExt, "/funding", "x-fts-total-breakdown", v, FTO + k, mp);
        case "sharedFundingTotal" -> shared = v;
        case "sharedFundingObjects" -> sharedObjects = v;
        default -> f.keep(planFundingExt, "/funding", "x-fts-" + SourceValues.kebab(k), v, FTO + k, mp);
      }
    }
    if (shared != null || sharedObjects != null) {
      sharedFunding(shared, sharedObjects, path);
    }
  }

  /**
   * One entry of {@code objectsBreakdown} (primary: it lists every cluster) or {@code singleFundingObjects} (the
   * same totals again for clusters with funding, checked against the breakdown).
   */
  private void fundingEntry(JsonTree.Node node, String path, String list, boolean primary) {
    String src = FTO + list + "[]";
    if (!(node instanceof JsonTree.Obj o)) {
      sink.wrongType(path, node, "an object (a cluster's funding)");
      sink.report.skipped(src, "not an object", path);
      return;
    }
    Acc acc = cluster(o, path, src);
    if (acc == null) {
      return;
    }
    for (Map.Entry<String, JsonTree.Node> e : o.members().entrySet()) {
      String k = e.getKey();
      String source = src + "." + k;
      String mp = JsonPointer.append(path, k);
      JsonTree.Node v = e.getValue();
      switch (k) {
        case "id", "name" -> { }
        case "type", "direction", "behavior" -> sink.report.skipped(source,
            "grouping of the entry (Cluster, destination, single), the same for every entry", mp);
        case "totalFunding" -> {
          if (primary || acc.funding == null) {
            Optional<Money> m = f.amount(v, mp, source, "/sectors/*/funding/total");
            if (m.isPresent() && acc.funding == null) {
              acc.funding = m.get();
            } else if (m.isPresent()) {
              sink.report.skipped(source, "the cluster is listed twice; the first figure is used", mp);
            }
          } else {
            Optional<BigDecimal> same = v instanceof JsonTree.Num n ? Optional.of(n.value()) : Optional.empty();
            if (same.isPresent() && same.get().compareTo(acc.funding.amount()) == 0) {
              sink.report.skipped(source, "repeats objectsBreakdown[].totalFunding (checked equal)", mp);
            } else {
              sink.finding(Severity.WARNING, Rule.INVALID_VALUE, mp, v.describe(), v.line(), v.column(),
                  "the same total as objectsBreakdown[].totalFunding (" + acc.funding.amount().toPlainString() + ")");
              sink.report.skipped(source, "differs from objectsBreakdown[].totalFunding, which is used", mp);
            }
          }
        }
        default -> {
          if (primary) {
            f.keep(acc.fundingExt, "/sectors/*/funding", "x-fts-" + SourceValues.kebab(k), v, source, mp);
          } else {
            sink.report.skipped(source, "detail of objectsBreakdown[], which is kept", mp);
          }
        }
      }
    }
  }

  /** The "Multiple clusters/sectors (shared)" sector: funding given to several clusters at once. */
  private void sharedFunding(JsonTree.@Nullable Node total, JsonTree.@Nullable Node objects, String path) {
    Acc acc = clusters.computeIfAbsent(FtsReader.SHARED, c -> new Acc(c, FtsReader.SHARED_NAME));
    if (total != null) {
      acc.funding = f.amount(total, path + "/sharedFundingTotal", FTO + "sharedFundingTotal",
          "/sectors/*/funding/total").orElse(null);
    }
    if (objects != null) {
      String op = path + "/sharedFundingObjects";
      f.keep(acc.fundingExt, "/sectors/*/funding", "x-fts-shared-funding-objects", objects,
          FTO + "sharedFundingObjects", op);
      if (total == null && objects instanceof JsonTree.Arr a) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean ok = true;
        for (JsonTree.Node n : a.items()) {
          if (n instanceof JsonTree.Obj o && o.get("totalFunding").orElse(null) instanceof JsonTree.Num v
              && v.value().signum() >= 0) {
            sum = sum.add(v.value());
          } else {
            ok = false;
          }
        }
        if (ok) {
          acc.funding = Values.usd(sum);
          sink.report.defaulted(FTO + "sharedFundingObjects", "/sectors/*/funding/total",
              "no sharedFundingTotal; the sum of the shared entries' totalFunding is used", op);
        }
      }
    }
  }

  private Plan build(@Nullable String idHint, String hintReason) {
    Plan.Builder b = Plan.builder();
    String id;
    if (planId != null) {
      id = planId;
    } else if (idHint != null) {
      id = idHint;
      sink.report.defaulted("planId", "/id", hintReason, idHint);
    } else {
      id = null;
      sink.report.defaulted("planId", "/id", "the answer names no plan and no plan id was given: the id is"
          + " \"fts-flow\"", null);
    }
    b.id(id == null ? "fts-flow" : "fts-" + id);
    if (planCode != null) {
      b.code(planCode);
    }
    if (planName != null) {
      b.name(planName);
    } else {
      String name = "FTS plan " + (id == null ? "(unknown)" : id);
      b.name(name);
      sink.report.defaulted("planName", "/name", "the answer carries no plan name", name);
    }
    if (planRequirements != null) {
      b.requirements(planRequirements);
    }
    if (planOriginalRequirements != null) {
      b.originalRequirements(planOriginalRequirements);
    }
    if (planFunding != null || !planFundingExt.isEmpty()) {
      Funding.Builder fb = Funding.builder().putAllExtensions(planFundingExt.map);
      if (planFunding != null) {
        fb.total(planFunding);
      }
      b.funding(fb.build());
    }
    List<Acc> ordered = new ArrayList<>();
    for (Acc a : clusters.values()) {
      if (!a.code.equals(FtsReader.NOT_SPECIFIED) && !a.code.equals(FtsReader.SHARED)) {
        ordered.add(a);
      }
    }
    Optional.ofNullable(clusters.get(FtsReader.NOT_SPECIFIED)).ifPresent(ordered::add);
    Optional.ofNullable(clusters.get(FtsReader.SHARED)).ifPresent(ordered::add);
    if (!ordered.isEmpty()) {
      Vocabulary.Builder vb = Vocabulary.builder().id(FtsReader.CLUSTER_VOCABULARY).name("FTS clusters of this plan");
      for (Acc a : ordered) {
        vb.putCodes(a.code, a.name);
        Sector.Builder sb = Sector.builder().id(a.code)
            .code(Code.of(FtsReader.CLUSTER_VOCABULARY, a.code, a.name))
            .putAllExtensions(a.ext.map);
        if (a.requirements != null) {
          sb.requirements(a.requirements);
        }
        if (a.originalRequirements != null) {
          sb.originalRequirements(a.originalRequirements);
        }
        if (a.funding != null || !a.fundingExt.isEmpty()) {
          Funding.Builder fb = Funding.builder().putAllExtensions(a.fundingExt.map);
          if (a.funding != null) {
            fb.total(a.funding);
          }
          sb.funding(fb.build());
        }
        b.addSectors(sb.build());
      }
      b.addVocabularies(vb.build());
    }
    return b.putAllExtensions(planExt.map).build();
  }
}
