package org.responseplan.imports.fts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** The FTS plan overview answer ({@code data.plans[]}) into plans. See {@code docs/formats/fts.md}. */
final class OverviewImport {
  private static final String P = "plans[].";

  /** FTS caseload total types and the people figure each fills. */
  private static final Map<String, PeopleMetric> CASELOAD_TYPES = Map.of(
      "totalPopulation", PeopleMetric.TOTAL_POPULATION,
      "affected", PeopleMetric.AFFECTED,
      "inNeed", PeopleMetric.IN_NEED,
      "target", PeopleMetric.TARGETED,
      "expectedReach", PeopleMetric.EXPECTED_REACH,
      "reached", PeopleMetric.REACHED);

  /** Plan members read by name; every other member is kept as an {@code x-fts-...} extension. */
  private static final Set<String> READ = Set.of("id", "name", "code", "startDate", "endDate", "planType",
      "countries", "caseLoads", "usageYears", "requirements", "funding");

  private static final String COUNTRY_DETAIL = "FTS location record detail (location id, name, p-code, status,"
      + " coordinates, dates); the country is identified by its ISO3 code";

  private final JsonFields f;
  private final Sink sink;

  OverviewImport(JsonFields fields) {
    this.f = fields;
    this.sink = fields.sink;
  }

  List<Plan> run(JsonTree.Node root) {
    List<Plan> plans = new ArrayList<>();
    if (!(root instanceof JsonTree.Obj o)) {
      sink.wrongType("", root, "an object (an FTS API answer)");
      return plans;
    }
    JsonTree.Obj data = null;
    for (Map.Entry<String, JsonTree.Node> e : o.members().entrySet()) {
      String path = JsonPointer.append("", e.getKey());
      switch (e.getKey()) {
        case "status" -> status(e.getValue(), path);
        case "data" -> {
          if (e.getValue() instanceof JsonTree.Obj d) {
            data = d;
          } else {
            sink.wrongType(path, e.getValue(), "an object");
          }
        }
        case "meta" -> sink.report.skipped("meta", "metadata of the API answer (its language)", path);
        default -> sink.report.skipped(e.getKey(), "not part of an FTS plan overview answer", path);
      }
    }
    if (data == null) {
      if (o.get("data").isEmpty()) {
        sink.finding(Rule.REQUIRED_FIELD, "/data", null, o.line(), o.column());
      }
      return plans;
    }
    JsonTree.Arr list = null;
    for (Map.Entry<String, JsonTree.Node> e : data.members().entrySet()) {
      String path = JsonPointer.append("/data", e.getKey());
      switch (e.getKey()) {
        case "plans" -> {
          if (e.getValue() instanceof JsonTree.Arr a) {
            list = a;
          } else {
            sink.wrongType(path, e.getValue(), "an array of plans");
          }
        }
        case "totals" -> sink.report.skipped("data.totals", "totals over every plan the query matched, which may be"
            + " more plans than the answer lists; each plan's own requirements and funding are imported", path);
        case "meta" -> sink.report.skipped("data.meta", "metadata of the API answer (its language)", path);
        default -> sink.report.skipped("data." + e.getKey(), "not part of an FTS plan overview answer", path);
      }
    }
    if (list == null) {
      if (data.get("plans").isEmpty()) {
        sink.finding(Rule.REQUIRED_FIELD, "/data/plans", null, data.line(), data.column());
      }
      return plans;
    }
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = JsonPointer.append("/data/plans", i);
      JsonTree.Node item = list.items().get(i);
      if (!(item instanceof JsonTree.Obj p)) {
        sink.wrongType(path, item, "an object (a plan)");
        sink.report.skipped("plans[]", "not an object", path);
        continue;
      }
      Plan plan = plan(p, path, i);
      String first = ids.putIfAbsent(plan.getId(), path);
      if (first != null) {
        sink.finding(Severity.WARNING, Rule.DUPLICATE_ID, path + "/id", plan.getId(), p.line(), p.column(), first);
      }
      plans.add(plan);
    }
    return plans;
  }

  private void status(JsonTree.Node node, String path) {
    if (node instanceof JsonTree.Str s && s.value().equals("ok")) {
      sink.report.skipped("status", "status of the API answer, checked to be \"ok\"", path);
    } else {
      sink.finding(Severity.WARNING, Rule.INVALID_VALUE, path, node.describe(), node.line(), node.column(),
          "\"ok\"");
      sink.report.skipped("status", "status of the API answer is not \"ok\"", path);
    }
  }

  private Plan plan(JsonTree.Obj p, String path, int index) {
    Plan.Builder b = Plan.builder();
    JsonFields.Ext ext = new JsonFields.Ext();

    // id
    String id;
    Optional<String> ftsId = p.get("id").flatMap(JsonFields::idText);
    if (ftsId.isPresent()) {
      id = "fts-" + ftsId.get();
      sink.report.mapped(P + "id", "/id");
    } else {
      JsonTree.Node n = p.get("id").orElse(null);
      if (n == null) {
        sink.finding(Rule.REQUIRED_FIELD, path + "/id", null, p.line(), p.column());
      } else {
        sink.wrongType(path + "/id", n, "an FTS plan id (a number)");
      }
      id = "fts-unidentified-" + index;
      sink.report.defaulted(P + "id", "/id", "no usable FTS plan id; numbered by position in the answer", path);
    }
    b.id(id);

    // code, name
    Optional<String> code = Optional.empty();
    if (p.get("code").isPresent()) {
      JsonTree.Node n = p.get("code").get();
      code = JsonFields.text(n);
      if (code.isPresent()) {
        b.code(code.get());
        sink.report.mapped(P + "code", "/code");
      } else if (n instanceof JsonTree.Null) {
        sink.report.skipped(P + "code", "null in the source: no value", path + "/code");
      } else {
        sink.wrongType(path + "/code", n, "a plan code");
        sink.report.skipped(P + "code", "not a plan code", path + "/code");
      }
    }
    Optional<String> name = p.get("name").flatMap(JsonFields::text);
    if (name.isPresent()) {
      b.name(name.get());
      sink.report.mapped(P + "name", "/name");
    } else {
      String fallback = code.orElse("FTS plan " + ftsId.orElse(String.valueOf(index)));
      b.name(fallback);
      sink.finding(Severity.WARNING, Rule.REQUIRED_FIELD, path + "/name",
          p.get("name").map(JsonTree.Node::describe).orElse(null), p.line(), p.column());
      sink.report.defaulted(P + "name", "/name", "no name in the source; the plan code or FTS id is used", path);
    }

    period(p, path, b);
    planType(p, path, b, ext);
    countries(p, path, b, ext);
    people(p, path, b, ext);
    usageYears(p, path, ext);
    requirements(p, path, b, ext);
    funding(p, path, b);

    // Every other member is kept as it is, named x-fts-<member>.
    for (Map.Entry<String, JsonTree.Node> e : p.members().entrySet()) {
      if (READ.contains(e.getKey())) {
        continue;
      }
      String source = P + e.getKey();
      String mp = JsonPointer.append(path, e.getKey());
      f.keep(ext, "", "x-fts-" + SourceValues.kebab(e.getKey()), e.getValue(), source, mp);
      if (e.getKey().equals("updatedAt")) {
        JsonFields.text(e.getValue()).flatMap(t -> SourceValues.date(t).optional()).ifPresent(d -> {
          b.lastUpdated(d);
          sink.report.mapped(source, "/lastUpdated");
        });
      }
    }
    return b.putAllExtensions(ext.map).build();
  }

  private void period(JsonTree.Obj p, String path, Plan.Builder b) {
    Optional<LocalDate> start = date(p, path, "startDate");
    Optional<LocalDate> end = date(p, path, "endDate");
    if (start.isPresent() && end.isPresent()) {
      if (end.get().isBefore(start.get())) {
        JsonTree.Node n = p.get("endDate").orElseThrow();
        sink.finding(Rule.PERIOD_ORDER, path + "/endDate", end.get(), n.line(), n.column(), start.get());
        sink.report.skipped(P + "startDate", "the period ends before it starts", path);
        sink.report.skipped(P + "endDate", "the period ends before it starts", path);
        return;
      }
      b.period(Period.of(start.get(), end.get()));
      sink.report.mapped(P + "startDate", "/period/start");
      sink.report.mapped(P + "endDate", "/period/end");
    } else if (start.isPresent() || end.isPresent()) {
      sink.report.skipped(P + (start.isPresent() ? "startDate" : "endDate"),
          "a period needs both a start and an end date", path);
    }
  }

  private Optional<LocalDate> date(JsonTree.Obj p, String path, String member) {
    Optional<JsonTree.Node> n = p.get(member);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String mp = path + "/" + member;
    if (n.get() instanceof JsonTree.Null) {
      sink.report.skipped(P + member, "null in the source: no value", mp);
      return Optional.empty();
    }
    Optional<LocalDate> d = JsonFields.text(n.get()).flatMap(t -> SourceValues.date(t).optional());
    if (d.isEmpty()) {
      sink.about(Rule.INVALID_VALUE, mp, n.get(), "a date such as 2020-01-01");
      sink.report.skipped(P + member, "not a date", mp);
    }
    return d;
  }

  private void planType(JsonTree.Obj p, String path, Plan.Builder b, JsonFields.Ext ext) {
    Optional<JsonTree.Node> node = p.get("planType");
    if (node.isEmpty()) {
      return;
    }
    String tp = path + "/planType";
    if (node.get() instanceof JsonTree.Null) {
      sink.report.skipped(P + "planType", "null in the source: no value", tp);
      return;
    }
    if (!(node.get() instanceof JsonTree.Obj t)) {
      sink.wrongType(tp, node.get(), "an object (a plan type)");
      sink.report.skipped(P + "planType", "not an object", tp);
      return;
    }
    Optional<String> typeId = t.get("id").flatMap(JsonFields::idText);
    Optional<String> typeName = t.get("name").flatMap(JsonFields::text);
    if (typeId.isEmpty() && typeName.isEmpty()) {
      sink.finding(Severity.WARNING, Rule.REQUIRED_FIELD, tp + "/id", null, t.line(), t.column());
      sink.report.skipped(P + "planType", "a plan type with neither id nor name", tp);
    } else {
      String c = typeId.orElseGet(() -> SourceValues.code(typeName.get()));
      String n = typeName.orElse(c);
      b.planType(Code.of(FtsReader.PLAN_TYPE_VOCABULARY, c, n));
      b.addVocabularies(Vocabulary.builder().id(FtsReader.PLAN_TYPE_VOCABULARY).name("FTS plan types")
          .putCodes(c, n).build());
      if (typeId.isPresent()) {
        sink.report.mapped(P + "planType.id", "/planType/code");
      } else {
        sink.report.defaulted(P + "planType.id", "/planType/code", "no id; the code is made from the name", tp);
      }
      if (typeName.isPresent()) {
        sink.report.mapped(P + "planType.name", "/planType/name");
      }
    }
    for (Map.Entry<String, JsonTree.Node> e : t.members().entrySet()) {
      String k = e.getKey();
      String source = P + "planType." + k;
      String mp = JsonPointer.append(tp, k);
      switch (k) {
        case "id", "name" -> {
          if (JsonFields.text(e.getValue()).isEmpty() && JsonFields.idText(e.getValue()).isEmpty()) {
            sink.report.skipped(source, "not a usable " + k, mp);
          }
        }
        case "group", "parentID", "code", "createdAt", "updatedAt" -> sink.report.skipped(source,
            "FTS plan-type registry detail; the plan type is identified by its id and name", mp);
        default -> f.keep(ext, "", "x-fts-plan-type-" + SourceValues.kebab(k), e.getValue(), source, mp);
      }
    }
  }

  private void countries(JsonTree.Obj p, String path, Plan.Builder b, JsonFields.Ext ext) {
    Optional<JsonTree.Node> node = p.get("countries");
    if (node.isEmpty()) {
      return;
    }
    String cp = path + "/countries";
    if (node.get() instanceof JsonTree.Null) {
      sink.report.skipped(P + "countries", "null in the source: no value", cp);
      return;
    }
    if (!(node.get() instanceof JsonTree.Arr a)) {
      sink.wrongType(cp, node.get(), "an array of countries");
      sink.report.skipped(P + "countries", "not an array", cp);
      return;
    }
    if (a.items().isEmpty()) {
      sink.report.skipped(P + "countries", "empty list", cp);
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    List<JsonTree.Node> withoutIso3 = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      String ip = JsonPointer.append(cp, i);
      JsonTree.Node item = a.items().get(i);
      if (!(item instanceof JsonTree.Obj c)) {
        sink.wrongType(ip, item, "an object (a country)");
        sink.report.skipped(P + "countries[]", "not an object", ip);
        continue;
      }
      Optional<JsonTree.Node> iso = c.get("iso3");
      if (iso.isEmpty() || iso.get() instanceof JsonTree.Null) {
        String label = c.get("name").flatMap(JsonFields::text).orElse("unnamed");
        sink.report.skipped(P + "countries[].iso3", "no ISO 3166-1 alpha-3 code (a location such as \"Global\"):"
            + " an operational presence holds countries only; the location is kept in x-fts-locations-without-iso3",
            ip + " (" + label + ")");
        withoutIso3.add(c);
        continue;
      }
      Optional<String> iso3 = JsonFields.text(iso.get());
      String ipIso = ip + "/iso3";
      if (iso3.isEmpty() || !SourceValues.isCountry(iso3.get())) {
        sink.finding(Rule.INVALID_COUNTRY, ipIso, iso3.orElse(iso.get().describe()), iso.get().line(),
            iso.get().column());
        sink.report.skipped(P + "countries[].iso3", "not an ISO 3166-1 alpha-3 country code", ipIso);
      } else if (!seen.add(iso3.get())) {
        sink.report.skipped(P + "countries[].iso3", "the country is listed twice", ipIso);
      } else {
        b.addOperationalPresence(Location.country(iso3.get()));
        sink.report.mapped(P + "countries[].iso3", "/operationalPresence/*/country");
      }
      for (String k : c.members().keySet()) {
        if (!k.equals("iso3")) {
          sink.report.skipped(P + "countries[]." + k, COUNTRY_DETAIL, null);
        }
      }
    }
    if (!withoutIso3.isEmpty()) {
      String name = "x-fts-locations-without-iso3";
      ext.put(name, f.raw(new JsonTree.Arr(withoutIso3, 0, 0)));
      sink.report.kept(P + "countries[]", "/" + name, cp);
    }
  }

  private void people(JsonTree.Obj p, String path, Plan.Builder b, JsonFields.Ext ext) {
    Optional<JsonTree.Node> node = p.get("caseLoads");
    if (node.isEmpty()) {
      return;
    }
    String cp = path + "/caseLoads";
    if (node.get() instanceof JsonTree.Null) {
      sink.report.skipped(P + "caseLoads", "null in the source: no people figures", cp);
      return;
    }
    if (!(node.get() instanceof JsonTree.Arr a)) {
      sink.wrongType(cp, node.get(), "an array of caseloads");
      sink.report.skipped(P + "caseLoads", "not an array", cp);
      return;
    }
    if (a.items().isEmpty()) {
      sink.report.skipped(P + "caseLoads", "empty list: no people figures", cp);
      return;
    }
    // The plan's headline figures come from one caseload: the only one, or the one with the most people in need.
    int chosen = -1;
    long most = -1;
    for (int i = 0; i < a.items().size(); i++) {
      if (a.items().get(i) instanceof JsonTree.Obj c) {
        long inNeed = inNeedOf(c);
        if (chosen < 0 || inNeed > most) {
          chosen = i;
          most = inNeed;
        }
      }
    }
    List<JsonTree.Node> others = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      String ip = JsonPointer.append(cp, i);
      JsonTree.Node item = a.items().get(i);
      if (!(item instanceof JsonTree.Obj)) {
        sink.wrongType(ip, item, "an object (a caseload)");
        sink.report.skipped(P + "caseLoads[]", "not an object", ip);
      } else if (i != chosen) {
        others.add(item);
      }
    }
    if (chosen < 0) {
      return;
    }
    if (a.items().size() > 1) {
      sink.report.defaulted(P + "caseLoads[]", "/people", a.items().size() + " caseloads: the one with the most"
          + " people in need gives the plan's figures; the others are kept in x-fts-other-case-loads (people are"
          + " never summed across caseloads)", JsonPointer.append(cp, chosen));
    }
    JsonTree.Obj c = (JsonTree.Obj) a.items().get(chosen);
    String ccp = JsonPointer.append(cp, chosen);
    PeopleFigures.Builder pb = PeopleFigures.builder();
    JsonFields.Ext pext = new JsonFields.Ext();
    Map<PeopleMetric, Long> figures = new EnumMap<>(PeopleMetric.class);
    for (Map.Entry<String, JsonTree.Node> e : c.members().entrySet()) {
      String k = e.getKey();
      String mp = JsonPointer.append(ccp, k);
      if (k.equals("totals")) {
        totals(e.getValue(), mp, figures, pext);
      } else {
        f.keep(pext, "/people", "x-fts-" + SourceValues.kebab(k), e.getValue(), P + "caseLoads[]." + k, mp);
      }
    }
    for (Map.Entry<PeopleMetric, Long> e : figures.entrySet()) {
      e.getKey().set(pb, e.getValue());
    }
    if (!figures.isEmpty() || !pext.isEmpty()) {
      b.people(pb.putAllExtensions(pext.map).build());
    }
    if (!others.isEmpty()) {
      String name = "x-fts-other-case-loads";
      ext.put(name, f.raw(new JsonTree.Arr(others, 0, 0)));
      sink.report.kept(P + "caseLoads[]", "/" + name, cp);
    }
  }

  /** The in-need total of a caseload for choosing one, or -1 when it has none. */
  private static long inNeedOf(JsonTree.Obj caseLoad) {
    if (caseLoad.get("totals").orElse(null) instanceof JsonTree.Arr totals) {
      for (JsonTree.Node t : totals.items()) {
        if (t instanceof JsonTree.Obj o && o.get("type").flatMap(JsonFields::text).orElse("").equals("inNeed")) {
          JsonTree.Node v = o.get("value").orElse(null);
          SourceValues.Result<Long> count = v instanceof JsonTree.Num n ? SourceValues.count(n.value())
              : v instanceof JsonTree.Str s ? SourceValues.count(s.value()) : null;
          return count == null || count.value() == null ? -1 : count.value();
        }
      }
    }
    return -1;
  }

  private void totals(JsonTree.Node node, String path, Map<PeopleMetric, Long> figures, JsonFields.Ext pext) {
    String source = P + "caseLoads[].totals";
    if (node instanceof JsonTree.Null) {
      sink.report.skipped(source, "null in the source: no people figures", path);
      return;
    }
    if (!(node instanceof JsonTree.Arr a)) {
      sink.wrongType(path, node, "an array of totals");
      sink.report.skipped(source, "not an array", path);
      return;
    }
    if (a.items().isEmpty()) {
      sink.report.skipped(source, "empty list: no people figures", path);
    }
    for (int i = 0; i < a.items().size(); i++) {
      String tp = JsonPointer.append(path, i);
      JsonTree.Node item = a.items().get(i);
      if (!(item instanceof JsonTree.Obj t)) {
        sink.wrongType(tp, item, "an object (a total)");
        sink.report.skipped(source + "[]", "not an object", tp);
        continue;
      }
      Optional<String> type = t.get("type").flatMap(JsonFields::text);
      for (String k : t.members().keySet()) {
        if (k.equals("name")) {
          sink.report.skipped(source + "[].name", "display label of the figure; its type identifies it", null);
        } else if (!k.equals("type") && !k.equals("value")) {
          sink.report.skipped(source + "[]." + k, "not part of a caseload total", JsonPointer.append(tp, k));
        }
      }
      if (type.isEmpty()) {
        sink.finding(Rule.REQUIRED_FIELD, tp + "/type", t.get("type").map(JsonTree.Node::describe).orElse(null),
            t.line(), t.column());
        sink.report.skipped(source + "[]", "a total without a type", tp);
        continue;
      }
      JsonTree.Node value = t.get("value").orElse(new JsonTree.Null(t.line(), t.column()));
      String vp = tp + "/value";
      PeopleMetric metric = CASELOAD_TYPES.get(type.get());
      if (metric == null) {
        // A figure the model has no field for (FTS "measure", "Covered"): kept on the people figures.
        String name = "x-fts-" + SourceValues.kebab(type.get());
        f.keep(pext, "/people", name, value, source + "[].value", vp);
        sink.report.mapped(source + "[].type", "/people/" + name);
        continue;
      }
      sink.report.mapped(source + "[].type", "/people/" + metric.jsonName());
      if (figures.containsKey(metric)) {
        sink.report.skipped(source + "[].value", "the figure type " + type.get() + " is listed twice; the first"
            + " is used", vp);
        continue;
      }
      OptionalLong count = f.count(value, vp, source + "[].value");
      if (count.isPresent()) {
        figures.put(metric, count.getAsLong());
        sink.report.mapped(source + "[].value", "/people/" + metric.jsonName());
      }
    }
  }

  private void usageYears(JsonTree.Obj p, String path, JsonFields.Ext ext) {
    Optional<JsonTree.Node> node = p.get("usageYears");
    if (node.isEmpty()) {
      return;
    }
    String up = path + "/usageYears";
    String source = P + "usageYears";
    if (!(node.get() instanceof JsonTree.Arr a) || a.items().isEmpty()) {
      f.keep(ext, "", "x-fts-usage-years", node.get(), source, up);
      return;
    }
    List<JsonTree.Node> years = new ArrayList<>();
    for (int i = 0; i < a.items().size(); i++) {
      JsonTree.Node item = a.items().get(i);
      String ip = JsonPointer.append(up, i);
      if (item instanceof JsonTree.Obj y && y.get("year").isPresent()) {
        years.add(y.get("year").get());
        for (String k : y.members().keySet()) {
          if (!k.equals("year")) {
            sink.report.skipped(source + "[]." + k, "FTS usage-year registry detail; the year is kept", null);
          }
        }
      } else {
        sink.wrongType(ip, item, "an object with a year");
        sink.report.skipped(source + "[]", "not a usage year", ip);
      }
    }
    if (!years.isEmpty()) {
      ext.put("x-fts-usage-years", f.raw(new JsonTree.Arr(years, 0, 0)));
      sink.report.kept(source + "[].year", "/x-fts-usage-years", up);
    }
  }

  private void requirements(JsonTree.Obj p, String path, Plan.Builder b, JsonFields.Ext ext) {
    Optional<JsonTree.Node> node = p.get("requirements");
    if (node.isEmpty()) {
      return;
    }
    String rp = path + "/requirements";
    if (!(node.get() instanceof JsonTree.Obj r)) {
      if (node.get() instanceof JsonTree.Null) {
        sink.report.skipped(P + "requirements", "null in the source: requirements not reported", rp);
      } else {
        sink.wrongType(rp, node.get(), "an object (requirements)");
        sink.report.skipped(P + "requirements", "not an object", rp);
      }
      return;
    }
    for (Map.Entry<String, JsonTree.Node> e : r.members().entrySet()) {
      String k = e.getKey();
      String source = P + "requirements." + k;
      String mp = JsonPointer.append(rp, k);
      if (k.equals("revisedRequirements")) {
        Optional<Money> m = f.amount(e.getValue(), mp, source, "/requirements");
        m.ifPresent(b::requirements);
      } else if (k.equals("origRequirements")) {
        // kept as published, 0 included (FTS gives 0 for plans such as the 3RP 2020 that have no original figure)
        f.amount(e.getValue(), mp, source, "/originalRequirements").ifPresent(b::originalRequirements);
      } else {
        JsonTree.Node v = e.getValue();
        boolean numeric = v instanceof JsonTree.Num || v instanceof JsonTree.Null
            || (v instanceof JsonTree.Str s && SourceValues.decimal(s.value()).optional().isPresent());
        if (!numeric) {
          // kept as published all the same, with a finding that it is not an amount
          sink.about(Rule.INVALID_VALUE, mp, v, "an amount in US dollars");
        }
        f.keep(ext, "", "x-fts-" + SourceValues.kebab(k), v, source, mp);
      }
    }
  }

  private void funding(JsonTree.Obj p, String path, Plan.Builder b) {
    Optional<JsonTree.Node> node = p.get("funding");
    if (node.isEmpty()) {
      return;
    }
    String fp = path + "/funding";
    if (!(node.get() instanceof JsonTree.Obj fo)) {
      if (node.get() instanceof JsonTree.Null) {
        sink.report.skipped(P + "funding", "null in the source: funding not reported", fp);
      } else {
        sink.wrongType(fp, node.get(), "an object (funding)");
        sink.report.skipped(P + "funding", "not an object", fp);
      }
      return;
    }
    Funding.Builder fb = Funding.builder();
    JsonFields.Ext fext = new JsonFields.Ext();
    boolean any = false;
    for (Map.Entry<String, JsonTree.Node> e : fo.members().entrySet()) {
      String k = e.getKey();
      String source = P + "funding." + k;
      String mp = JsonPointer.append(fp, k);
      if (k.equals("totalFunding")) {
        Optional<Money> m = f.amount(e.getValue(), mp, source, "/funding/total");
        if (m.isPresent()) {
          fb.total(m.get());
          any = true;
        }
      } else {
        f.keep(fext, "/funding", "x-fts-" + SourceValues.kebab(k), e.getValue(), source, mp);
      }
    }
    if (any || !fext.isEmpty()) {
      b.funding(fb.putAllExtensions(fext.map).build());
    }
  }
}
