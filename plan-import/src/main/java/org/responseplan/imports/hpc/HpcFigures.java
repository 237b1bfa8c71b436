package org.responseplan.imports.hpc;

import static org.responseplan.imports.hpc.HpcSource.EXT_HOUSEHOLDS;
import static org.responseplan.imports.hpc.HpcSource.EXT_NOT_IMPORTED;
import static org.responseplan.imports.hpc.HpcSource.EXT_SKIPPED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.hpc.HpcCategories.Category;
import org.responseplan.imports.hpc.HpcCategories.Kind;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Arr;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Null;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.imports.internal.JsonTree.Str;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sex;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The people figures of HPC caseloads: the totals of a caseload and its disaggregated attachments, each a breakdown
 * cell at its location, a subset kept aside, or not imported with the reason.
 */
final class HpcFigures {
  /** HPC figure names and the model's figures, in the model's order. */
  static final Map<String, PeopleMetric> METRICS = new LinkedHashMap<>();

  static {
    METRICS.put("totalPopulation", PeopleMetric.TOTAL_POPULATION);
    METRICS.put("affected", PeopleMetric.AFFECTED);
    METRICS.put("inNeed", PeopleMetric.IN_NEED);
    METRICS.put("target", PeopleMetric.TARGETED);
    METRICS.put("expectedReach", PeopleMetric.EXPECTED_REACH);
    METRICS.put("reached", PeopleMetric.REACHED);
  }

  private static final Set<String> ATTACHMENT_READ = Set.of("locationId", "categoryLabel", "categoryName",
      "dataMatrix");

  /**
   * One disaggregated attachment as read, before it becomes a cell: {@code label} is the text its category was read
   * from, {@code labelField} the member it is in ({@code categoryLabel}, else {@code categoryName}).
   */
  record Pending(String pointer, Obj source, @Nullable String locationId, String labelField, String label,
      Category category, EnumMap<PeopleMetric, Long> values, Map<PeopleMetric, String> valuePointers,
      Map<String, Node> rawValues, Map<String, Node> skipped, Map<String, Node> otherMetrics) {

    /** The report's name of the category: {@code disaggregatedAttachments[].categoryLabel=IDPs}. */
    String where() {
      return "disaggregatedAttachments[]." + labelField + "=" + label;
    }

    /** The pointer of one figure's value, else of the attachment. */
    String valuePointer(PeopleMetric metric) {
      return valuePointers.getOrDefault(metric, pointer);
    }
  }

  /** A built cell with the attachment it came from. */
  record Placed(PeopleCell cell, Pending from) {}

  /** A household count kept aside, with its age band decided (adults: 18-59 or 18+). */
  record Aside(Pending from, @Nullable AgeBand ageBand) {}

  private final HpcSource src;
  private final HpcValues values;
  private final HpcLocations locations;
  private final HpcConsistency consistency;
  /** Categories that are not a known sex, age or population group, by code, with their labels. */
  final Map<String, String> hpcCategoryCodes = new LinkedHashMap<>();

  HpcFigures(HpcSource src, HpcLocations locations) {
    this.src = src;
    this.values = new HpcValues(src);
    this.locations = locations;
    this.consistency = new HpcConsistency(src, locations);
  }

  /**
   * The people figures of a caseload: its totals, and a breakdown cell per placed attachment. Null when the caseload
   * states nothing; values the model cannot hold are kept in extensions, with report lines and findings.
   */
  @Nullable PeopleFigures figures(Obj c, String pointer, String owner, Map<String, RawJson> extensions) {
    PeopleFigures.Builder b = PeopleFigures.builder();
    Map<String, Node> skipped = new LinkedHashMap<>();
    EnumMap<PeopleMetric, Long> totals = totals(c, pointer, owner, skipped);
    totals.forEach((m, v) -> m.set(b, v));
    List<Placed> cells = new ArrayList<>();
    List<Node> notImported = new ArrayList<>();
    List<Aside> households = new ArrayList<>();
    place(attachments(c, pointer, owner), totals, owner, new Placing(cells, households, notImported));
    consistency.check(cells);
    for (Placed p : cells) {
      b.addBreakdown(p.cell());
    }
    if (!households.isEmpty()) {
      extensions.put(EXT_HOUSEHOLDS, RawJson.of(JsonTree.generate(g -> consistency.writeAside(g, households))));
    }
    if (!notImported.isEmpty()) {
      extensions.put(EXT_NOT_IMPORTED, JsonTree.raw(new Arr(notImported, 0, 0)));
    }
    if (!skipped.isEmpty()) {
      extensions.put(EXT_SKIPPED, JsonTree.raw(new Obj(skipped, 0, 0)));
    }
    b.putAllExtensions(extensions);
    try {
      PeopleFigures built = b.build();
      return built.isEmpty() && built.getBreakdown().isEmpty() && built.getExtensions().isEmpty() ? null : built;
    } catch (InvalidPlanException e) {
      // Cells above their total were set aside above; this is a safety net for rules added to the model later.
      src.finding(Finding.of(e.rule(), pointer, e.value(), src.locale, e.details()).at(c.line(), c.column()));
      src.report.skipped("disaggregatedAttachments[]", "the breakdown breaks a rule of the model: " + e.getMessage(),
          pointer);
      PeopleFigures.Builder totalsOnly = PeopleFigures.builder();
      totals.forEach((m, v) -> m.set(totalsOnly, v));
      return totalsOnly.putAllExtensions(extensions).build();
    }
  }

  /** The caseload's totals; values that are not counts go to {@code skipped}. */
  private EnumMap<PeopleMetric, Long> totals(Obj c, String pointer, String owner, Map<String, Node> skipped) {
    EnumMap<PeopleMetric, Long> totals = new EnumMap<>(PeopleMetric.class);
    for (Map.Entry<String, PeopleMetric> m : METRICS.entrySet()) {
      Node v = c.member(m.getKey());
      if (v == null) {
        continue;
      }
      OptionalLong n = values.count(v, pointer + "/" + m.getKey(), "caseloads[]." + m.getKey(),
          owner + "/" + m.getValue().jsonName());
      if (n.isPresent()) {
        totals.put(m.getValue(), n.getAsLong());
      } else if (!HpcValues.isBlank(v)) {
        skipped.put(m.getValue().jsonName(), v);
      }
    }
    return totals;
  }

  /** Where placed attachments go: cells (subset cells among them), household counts, or not imported. */
  private record Placing(List<Placed> cells, List<Aside> households, List<Node> notImported) {}

  /**
   * Places each attachment: a cell (a subset cell for a subset such as disability), a household count, or not
   * imported (with the reason and a report line).
   */
  private void place(List<Pending> pending, EnumMap<PeopleMetric, Long> totals, String owner, Placing into) {
    Set<String> elderly = elderlyKeys(pending);
    // The finest admin level of the caseload's cells: coarser figures beside it would count the same people twice.
    int finest = 0;
    for (Pending p : pending) {
      Kind kind = p.category().kind();
      if ((kind == Kind.CELL || kind == Kind.TOTAL) && locations.place(p.locationId()).location() != null) {
        finest = Math.max(finest, locations.levelOf(p.locationId()));
      }
    }
    Set<String> keys = new HashSet<>();
    for (Pending p : pending) {
      if (p.category().kind() == Kind.INVALID) {
        notParsed(p, into.notImported());
        continue;
      }
      HpcLocations.Place place = locations.place(p.locationId());
      if (place.location() == null) {
        into.notImported().add(notImported(p.source(), place.problem()));
        src.report.skipped("disaggregatedAttachments[]", "the location cannot be placed in a country (kept in "
            + EXT_NOT_IMPORTED + ")", p.pointer());
        src.finding(Finding.of(Rule.INVALID_VALUE, p.pointer() + "/locationId", p.locationId(), src.locale,
            "a location with an ISO 3166-1 alpha-3 country: " + place.problem()).withSeverity(Severity.WARNING)
            .at(p.source().line(), p.source().column()));
        continue;
      }
      if (p.category().kind() == Kind.HOUSEHOLDS) {
        aside(p, elderly, owner, into);
        continue;
      }
      Location where = place.location();
      int level = locations.levelOf(p.locationId());
      if (level < finest) {
        if (level == 0 && locations.countries.size() == 1 && p.category().kind() != Kind.TOTAL) {
          where = null;
          src.report.defaulted("disaggregatedAttachments[] at admin 0", owner + "/breakdown/* (no location)",
              "the caseload also has admin-" + finest + " figures: the country's figures are its national "
                  + "breakdown, a cell without location (cells by location would be added to the sub-national ones)",
              p.pointer());
        } else {
          String why = "admin-" + level + " figures of a caseload that also has admin-" + finest
              + " figures: cells of both levels would count the same people twice";
          into.notImported().add(notImported(p.source(), why));
          src.report.skipped("disaggregatedAttachments[] at admin " + level,
              why + " (kept in " + EXT_NOT_IMPORTED + ")",
              p.pointer());
          continue;
        }
      }
      PeopleCell cell = cell(p, where, totals, elderly, owner);
      if (cell == null) {
        into.notImported().add(notImported(p.source(), "the cell could not be built"));
        continue;
      }
      if (!keys.add(cell.getKey())) {
        src.finding(Finding.of(Rule.DUPLICATE_BREAKDOWN_CELL, p.pointer(), cell.getKey(), src.locale,
            "an earlier attachment")
            .at(p.source().line(), p.source().column()));
        src.report.skipped("disaggregatedAttachments[]", "the same category at the same location again (kept in "
            + EXT_NOT_IMPORTED + ")", p.pointer());
        into.notImported().add(notImported(p.source(), "the same category at the same location again"));
        continue;
      }
      into.cells().add(new Placed(cell, p));
    }
  }

  /** A category that does not parse cleanly: kept whole in {@code x-hpc-not-imported}, with a warning. */
  private void notParsed(Pending p, List<Node> notImported) {
    String problems = String.join("; ", p.category().problems());
    notImported.add(notImported(p.source(), "the category does not parse: " + problems));
    src.report.skipped(p.where(), "the category does not parse: " + problems + " (kept in " + EXT_NOT_IMPORTED + ")",
        p.pointer());
    Node at = p.source().member(p.labelField());
    Finding f = Finding.of(Rule.INVALID_VALUE, p.pointer() + "/" + p.labelField(), p.label(), src.locale,
        "a category of parts separated by \" - \" with at most one sex, one age band, one subset or household "
            + "part and no empty part (here: " + problems + ")").withSeverity(Severity.WARNING);
    src.finding(at == null ? f : f.at(at.line(), at.column()));
  }

  /** A household count: kept aside in an extension, never a cell of people. */
  private void aside(Pending p, Set<String> elderly, String owner, Placing into) {
    Category c = p.category();
    AgeBand band = c.ageBand();
    if (c.adults()) {
      band = elderly.contains(elderKey(p)) ? HpcCategories.ADULTS_18_59 : AgeBand.ADULTS;
    }
    Code asideCode = c.aside();
    if (asideCode != null && c.asideName() != null && asideCode.getVocabulary().equals(HpcCategories.HPC_CATEGORY)) {
      hpcCategoryCodes.putIfAbsent(asideCode.getCode(), c.asideName());
    }
    Code group = c.group();
    if (group != null && c.groupName() != null && group.getVocabulary().equals(HpcCategories.HPC_CATEGORY)) {
      hpcCategoryCodes.putIfAbsent(group.getCode(), c.groupName());
    }
    into.households().add(new Aside(p, band));
    src.report.kept(p.where() + " (households, not people: never in the people figures)",
        owner + "/" + EXT_HOUSEHOLDS, p.pointer());
  }

  /**
   * The places where the caseload reports elderly people (an age band from 60): the location, with the sex and
   * group of the cell, so that adults beside them are read as 18-59.
   */
  private static Set<String> elderlyKeys(List<Pending> pending) {
    Set<String> keys = new HashSet<>();
    for (Pending p : pending) {
      AgeBand band = p.category().ageBand();
      if (band != null && band.fromYears() >= 60 && p.locationId() != null) {
        keys.add(elderKey(p));
      }
    }
    return keys;
  }

  private static String elderKey(Pending p) {
    Category c = p.category();
    return p.locationId() + "\u0000" + c.sex() + "\u0000" + c.group() + "\u0000" + c.kind() + "\u0000" + c.aside();
  }

  private static Node notImported(Obj attachment, String reason) {
    Map<String, Node> m = new LinkedHashMap<>();
    m.put("reason", new Str(reason, 0, 0));
    m.put("attachment", attachment);
    return new Obj(m, 0, 0);
  }

  private List<Pending> attachments(Obj c, String pointer, String owner) {
    List<Pending> out = new ArrayList<>();
    Node list = c.member("disaggregatedAttachments");
    if (list == null || list instanceof Null) {
      return out;
    }
    if (!(list instanceof Arr attachments)) {
      src.finding(Finding.of(Rule.WRONG_TYPE, pointer + "/disaggregatedAttachments", list.excerpt(), src.locale,
          "an array").at(list.line(), list.column()));
      src.report.skipped("caseloads[].disaggregatedAttachments", "not an array", pointer);
      return out;
    }
    for (int j = 0; j < attachments.items().size(); j++) {
      String ap = pointer + "/disaggregatedAttachments/" + j;
      Node n = attachments.items().get(j);
      if (!(n instanceof Obj a)) {
        src.finding(Finding.of(Rule.WRONG_TYPE, ap, n.excerpt(), src.locale, "an attachment object")
            .at(n.line(), n.column()));
        src.report.skipped("disaggregatedAttachments[]", "not an object", ap);
        continue;
      }
      Pending read = category(a, ap);
      if (read == null) {
        src.finding(Finding.of(Rule.REQUIRED_FIELD, ap + "/categoryLabel", null, src.locale).at(a.line(), a.column()));
        src.report.skipped("disaggregatedAttachments[]", "no category", ap);
        continue;
      }
      EnumMap<PeopleMetric, Long> values = new EnumMap<>(PeopleMetric.class);
      Map<PeopleMetric, String> valuePointers = new EnumMap<>(PeopleMetric.class);
      Map<String, Node> raw = new LinkedHashMap<>();
      Map<String, Node> skipped = new LinkedHashMap<>();
      Map<String, Node> other = new LinkedHashMap<>();
      Arr matrix = a.arr("dataMatrix");
      if (matrix == null && a.member("dataMatrix") != null) {
        src.finding(Finding.of(Rule.WRONG_TYPE, ap + "/dataMatrix", a.member("dataMatrix").excerpt(), src.locale,
            "an array").at(a.line(), a.column()));
      }
      for (int k = 0; matrix != null && k < matrix.items().size(); k++) {
        String mp = ap + "/dataMatrix/" + k;
        Node mn = matrix.items().get(k);
        String type = mn instanceof Obj m ? m.text("metricType") : null;
        if (type == null) {
          src.finding(Finding.of(Rule.REQUIRED_FIELD, mp + "/metricType", null, src.locale).at(mn.line(), mn.column()));
          src.report.skipped("disaggregatedAttachments[].dataMatrix[]", "no metricType", mp);
          continue;
        }
        Node v = ((Obj) mn).member("value");
        if (v == null) {
          v = new Null(mn.line(), mn.column());
        }
        PeopleMetric metric = METRICS.get(type);
        if (metric == null) {
          other.put(type, v);
          src.report.kept("dataMatrix[metricType=" + type + "]", owner + "/breakdown/*/x-hpc-other-metrics", mp);
          continue;
        }
        if (raw.containsKey(metric.jsonName())) {
          src.finding(Finding.of(Rule.DUPLICATE_KEY, mp + "/metricType", type, src.locale).at(mn.line(), mn.column()));
          src.report.skipped("disaggregatedAttachments[].dataMatrix[]", "the same metricType again", mp);
          continue;
        }
        raw.put(metric.jsonName(), v);
        OptionalLong count = this.values.count(v, mp + "/value", "dataMatrix[metricType=" + type + "].value",
            owner + "/breakdown/*/" + metric.jsonName());
        if (count.isPresent()) {
          values.put(metric, count.getAsLong());
          valuePointers.put(metric, mp + "/value");
        } else if (!HpcValues.isBlank(v)) {
          skipped.put(metric.jsonName(), v);
        }
      }
      out.add(new Pending(ap, a, a.text("locationId"), read.labelField(), read.label(), read.category(), values,
          valuePointers, raw, skipped, other));
    }
    return out;
  }

  /**
   * The category of an attachment: its {@code categoryLabel} parsed, else its {@code categoryName}; the name is also
   * read when the label does not parse cleanly and the name does (with a report line). Null when it has neither.
   * The result holds the label and its category only.
   */
  private @Nullable Pending category(Obj a, String ap) {
    String label = a.text("categoryLabel");
    String given = a.text("categoryName");
    String name = given == null || given.isBlank() ? null : given;
    if (label == null || label.isBlank()) {
      return name != null ? pending(a, ap, "categoryName", name, HpcCategories.parse(name)) : null;
    }
    Category byLabel = HpcCategories.parse(label);
    if (byLabel.kind() == Kind.INVALID && name != null) {
      Category byName = HpcCategories.parse(name);
      if (byName.kind() != Kind.INVALID) {
        src.report.defaulted("disaggregatedAttachments[].categoryLabel=" + label,
            "disaggregatedAttachments[].categoryName=" + name, "the label does not parse ("
                + String.join("; ", byLabel.problems()) + "): its categoryName is read instead", ap);
        return pending(a, ap, "categoryName", name, byName);
      }
    }
    return pending(a, ap, "categoryLabel", label, byLabel);
  }

  private static Pending pending(Obj a, String ap, String field, String label, Category category) {
    return new Pending(ap, a, null, field, label, category, new EnumMap<>(PeopleMetric.class), Map.of(), Map.of(),
        Map.of(), Map.of());
  }

  /** The cell of an attachment at a placed location; null (reported) when the model cannot hold it. */
  private @Nullable PeopleCell cell(Pending p, @Nullable Location location, Map<PeopleMetric, Long> totals,
      Set<String> withElderly, String owner) {
    PeopleCell.Builder b = PeopleCell.builder();
    if (location != null) {
      b.location(location);
    }
    String target = owner + "/breakdown/*/";
    Category m = p.category();
    List<String> reasons = new ArrayList<>();
    if (m.sex() != null) {
      b.sex(m.sex());
    }
    AgeBand band = m.ageBand();
    if (m.adults()) {
      boolean elderly = withElderly.contains(elderKey(p));
      band = elderly ? HpcCategories.ADULTS_18_59 : AgeBand.ADULTS;
      reasons.add(adultsReason(m, elderly));
    }
    if (band != null) {
      b.ageBand(band);
    }
    Code group = m.group();
    if (group != null) {
      b.populationGroup(group);
      if (group.getVocabulary().equals(HpcCategories.HPC_CATEGORY)) {
        hpcCategoryCodes.putIfAbsent(group.getCode(), Objects.requireNonNullElse(m.groupName(), group.getCode()));
        reasons.add(m.parts().size() == 1
            ? "not a known sex, age or population-group category: a population group in the plan's vocabulary "
                + HpcCategories.HPC_CATEGORY
            : "\"" + m.groupName() + "\" is not a known population group: a population group in the plan's "
                + "vocabulary " + HpcCategories.HPC_CATEGORY);
      }
    }
    Code subset = m.kind() == Kind.SUBSET ? m.aside() : null;
    if (subset != null) {
      b.subset(subset);
      if (subset.getVocabulary().equals(HpcCategories.HPC_CATEGORY)) {
        hpcCategoryCodes.putIfAbsent(subset.getCode(), Objects.requireNonNullElse(m.asideName(), subset.getCode()));
      }
      reasons.add("a subset that overlaps the other categories: a subset cell, never added to the other cells");
    }
    reasons.addAll(m.notes());
    String dims = m.kind() == Kind.TOTAL ? "location (the location's total)" : dimensions(m.sex(), band, group);
    if (subset != null) {
      dims = (dims + " subset=" + subset).trim();
    }
    if (reasons.isEmpty()) {
      src.report.mapped(p.where(), target + dims);
    } else {
      src.report.defaulted(p.where(), target + dims, String.join("; ", reasons), p.pointer());
    }
    Map<String, Node> skipped = new LinkedHashMap<>(p.skipped());
    for (Map.Entry<PeopleMetric, Long> v : p.values().entrySet()) {
      PeopleMetric metric = v.getKey();
      Long total = totals.get(metric);
      if (total != null && v.getValue() > total) {
        String vp = p.valuePointer(metric);
        src.finding(HpcConsistency.at(Finding.of(Rule.CELL_EXCEEDS_TOTAL, vp, v.getValue(), src.locale, total), p,
            metric));
        src.report.skipped("dataMatrix[].value", "above the caseload's total " + metric.jsonName()
            + " (a model invariant; kept in " + EXT_SKIPPED + ")", vp);
        skipped.put(metric.jsonName(), p.rawValues().get(metric.jsonName()));
        continue;
      }
      metric.set(b, v.getValue());
    }
    Node labelNode = p.source().member("categoryLabel");
    if (labelNode != null) {
      b.putExtensions("x-hpc-category-label", JsonTree.raw(labelNode));
    }
    Node nameNode = p.source().member("categoryName");
    if (nameNode != null) {
      b.putExtensions("x-hpc-category-name", JsonTree.raw(nameNode));
    }
    src.report.kept("disaggregatedAttachments[].categoryLabel/categoryName", target + "x-hpc-category-label/-name",
        null);
    if (!skipped.isEmpty()) {
      b.putExtensions(EXT_SKIPPED, JsonTree.raw(new Obj(skipped, 0, 0)));
    }
    if (!p.otherMetrics().isEmpty()) {
      b.putExtensions("x-hpc-other-metrics", JsonTree.raw(new Obj(p.otherMetrics(), 0, 0)));
    }
    for (Map.Entry<String, Node> e : p.source().members().entrySet()) {
      if (!ATTACHMENT_READ.contains(e.getKey())) {
        src.keep(b::putExtensions, e.getKey(), e.getValue(), "disaggregatedAttachments[]." + e.getKey(),
            target.substring(0, target.length() - 1));
      }
    }
    try {
      return b.build();
    } catch (InvalidPlanException e) {
      src.finding(Finding.of(e.rule(), p.pointer(), e.value(), src.locale, e.details())
          .at(p.source().line(), p.source().column()));
      src.report.skipped("disaggregatedAttachments[]", "breaks a rule of the model (kept in " + EXT_NOT_IMPORTED + ")",
          p.pointer());
      return null;
    }
  }

  /** Why adults are 18-59 or 18 and over (the same words as before for a plain "Adult"). */
  private static String adultsReason(Category m, boolean elderly) {
    if (m.sex() == null && m.group() == null) {
      return elderly ? "the caseload also reports Elderly (60+) at the location, so adults are 18-59"
          : "the caseload reports no Elderly at the location, so adults are 18 and over";
    }
    return elderly
        ? "the caseload also reports Elderly (60+) of the same sex and group at the location, so adults are 18-59"
        : "the caseload reports no Elderly of the same sex and group at the location, so adults are 18 and over";
  }

  private static String dimensions(@Nullable Sex sex, @Nullable AgeBand band, @Nullable Code group) {
    List<String> parts = new ArrayList<>();
    if (sex != null) {
      parts.add("sex=" + sex.jsonName());
    }
    if (band != null) {
      parts.add("ageBand=" + band);
    }
    if (group != null) {
      parts.add("populationGroup=" + group);
    }
    return String.join(" ", parts);
  }
}
