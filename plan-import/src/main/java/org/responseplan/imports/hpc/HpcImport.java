package org.responseplan.imports.hpc;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.hpc.HpcCategories.Kind;
import org.responseplan.imports.hpc.HpcCategories.Mapping;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Arr;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Null;
import org.responseplan.imports.internal.JsonTree.Num;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.imports.internal.JsonTree.Str;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import tools.jackson.core.JsonGenerator;

/**
 * One import of an HPC {@code responseMonitoring} answer: the state of one call of {@link HpcReader}. Findings point
 * into the source document (JSON Pointers such as {@code /data/caseloads/3/inNeed}, with line and column); report
 * lines name source fields relative to {@code data} and targets as JSON Pointer patterns into the plan.
 */
final class HpcImport {
  static final String HPC_CLUSTER = "hpc-cluster";
  static final String EXT_SKIPPED = "x-hpc-skipped";
  static final String EXT_SUBSETS = "x-hpc-subsets";
  static final String EXT_NOT_IMPORTED = "x-hpc-not-imported";

  /** HPC figure names and the model's figures, in the model's order. */
  private static final Map<String, PeopleMetric> METRICS = new LinkedHashMap<>();

  static {
    METRICS.put("totalPopulation", PeopleMetric.TOTAL_POPULATION);
    METRICS.put("affected", PeopleMetric.AFFECTED);
    METRICS.put("inNeed", PeopleMetric.IN_NEED);
    METRICS.put("target", PeopleMetric.TARGETED);
    METRICS.put("expectedReach", PeopleMetric.EXPECTED_REACH);
    METRICS.put("reached", PeopleMetric.REACHED);
  }

  /** Data members read into the model; any other member of {@code data} is kept as a plan extension. */
  private static final Set<String> DATA_READ = Set.of("locations", "caseloads", "lastPublishedDate");
  private static final Set<String> ATTACHMENT_READ = Set.of("locationId", "categoryLabel", "categoryName",
      "dataMatrix");
  private static final Set<String> ISO3;
  private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());

  static {
    Set<String> all = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    all.add("XKX"); // Kosovo, as UN agencies and OCHA write it
    ISO3 = Set.copyOf(all);
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,100}(\\.[0-9]{1,100})?([eE][+-]?[0-9]{1,3})?");
  private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The answer of the largest plans is a few megabytes: the default limits of the plan JSON reader suit it. */
  private static final JsonTree.Parser PARSER = JsonTree.parser(ReadLimits.DEFAULT);

  private final Locale locale;
  private final @Nullable String planIdHint;
  private final String planIdHintSource;
  private final ImportReport.Builder report = ImportReport.builder("hpc");

  private String base = "/data";
  private final Map<String, Obj> locations = new LinkedHashMap<>();
  private final Map<String, String> locationPointers = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Map<String, List<Obj>> clustersByEntity = new LinkedHashMap<>();
  private final Map<String, String> hpcClusterCodes = new LinkedHashMap<>();
  private final Map<String, String> hpcCategoryCodes = new LinkedHashMap<>();

  /** Where an HPC location is in the model, or why it cannot be placed. */
  private record Place(@Nullable Location location, String problem) {}

  /** One disaggregated attachment as read, before it becomes a cell. */
  private record Pending(String pointer, Obj source, @Nullable String locationId, String label, Mapping mapping,
      EnumMap<PeopleMetric, Long> values, Map<PeopleMetric, String> valuePointers, Map<String, Node> rawValues,
      Map<String, Node> skipped, Map<String, Node> otherMetrics) {}

  /** A built cell with the attachment it came from. */
  private record Placed(PeopleCell cell, Pending from) {}

  HpcImport(Locale locale, @Nullable String planIdHint, String planIdHintSource) {
    this.locale = locale;
    this.planIdHint = planIdHint;
    this.planIdHintSource = planIdHintSource;
  }

  ImportResult<Plan> run(InputStream in) {
    JsonTree.Parsed parsed = PARSER.parse(in);
    for (JsonTree.Duplicate d : parsed.duplicates()) {
      finding(Finding.of(Rule.DUPLICATE_KEY, d.pointer(), d.name(), locale).at(d.line(), d.column()));
    }
    Node root = parsed.root();
    if (root == null) {
      JsonTree.Failure failure = Objects.requireNonNull(parsed.failure());
      Finding f = Finding.of(failure.rule(), "", failure.detail(), locale);
      finding(failure.line() > 0 ? f.at(failure.line(), failure.column()) : f);
      return fallback();
    }
    try {
      return read(root);
    } catch (RuntimeException e) {
      // Never throw on bad data: an unforeseen shape of the answer becomes a finding.
      finding(Finding.of(Rule.UNREADABLE, "", e.getClass().getSimpleName() + ": " + e.getMessage(), locale));
      return fallback();
    }
  }

  ImportResult<Plan> unreadable(String detail) {
    finding(Finding.of(Rule.UNREADABLE, "", detail, locale));
    return fallback();
  }

  /** The plan when the answer cannot be read: its identity only, so that the result still names the plan. */
  private ImportResult<Plan> fallback() {
    String id = planIdHint == null ? "unknown" : planIdHint;
    report.defaulted("planId", "/id", "the answer could not be read; the id is " + planIdHintSource, "hpc-" + id);
    report.defaulted("planVersion.name", "/name", "the answer could not be read", "HPC plan " + id);
    return new ImportResult<>(Plan.builder().id("hpc-" + id).name("HPC plan " + id).build(), report.build());
  }

  // ---- the answer ----

  private ImportResult<Plan> read(Node root) {
    if (!(root instanceof Obj top)) {
      finding(Finding.of(Rule.WRONG_TYPE, "", root.excerpt(), locale, "an object {\"data\": {...}}")
          .at(root.line(), root.column()));
      return fallback();
    }
    Obj data = top.obj("data");
    Plan.Builder plan = Plan.builder();
    Node dataNode = top.member("data");
    if (dataNode != null && data == null) {
      finding(Finding.of(Rule.WRONG_TYPE, "/data", dataNode.excerpt(), locale, "an object")
          .at(dataNode.line(), dataNode.column()));
      return fallback();
    }
    if (data == null) {
      if (top.member("caseloads") != null) {
        data = top;
        base = "";
        report.defaulted("data", "/", "the answer has no \"data\" wrapper; its members are read as data", null);
      } else {
        finding(Finding.of(Rule.REQUIRED_FIELD, "/data", null, locale).at(top.line(), top.column()));
        return fallback();
      }
    } else {
      for (Map.Entry<String, Node> e : top.members().entrySet()) {
        if (!e.getKey().equals("data")) {
          keep(plan::putExtensions, e.getKey(), e.getValue(), e.getKey(), "/");
        }
      }
    }

    readLocations(data);
    readGlobalClusters(data);
    identity(data, plan);
    for (Map.Entry<String, Node> e : data.members().entrySet()) {
      if (!DATA_READ.contains(e.getKey())) {
        keep(plan::putExtensions, e.getKey(), e.getValue(), e.getKey(), "/");
      }
    }
    for (String iso3 : countries) {
      plan.addOperationalPresence(Location.country(iso3));
      report.mapped("locations[adminLevel=0]", "/operationalPresence/*/country");
    }

    Arr caseloads = data.arr("caseloads");
    Node caseloadsNode = data.member("caseloads");
    if (caseloadsNode != null && caseloads == null && !(caseloadsNode instanceof Null)) {
      finding(Finding.of(Rule.WRONG_TYPE, base + "/caseloads", caseloadsNode.excerpt(), locale, "an array")
          .at(caseloadsNode.line(), caseloadsNode.column()));
      report.skipped("caseloads", "not an array: the plan has no people figures", null);
    } else if (caseloads == null) {
      finding(Finding.of(Rule.REQUIRED_FIELD, base + "/caseloads", null, locale).withSeverity(Severity.WARNING)
          .at(data.line(), data.column()));
      report.skipped("caseloads", "absent: the plan has no people figures", null);
    } else {
      caseloads(caseloads, plan);
    }

    if (!hpcClusterCodes.isEmpty()) {
      plan.addVocabularies(Vocabulary.builder().id(HPC_CLUSTER)
          .name("HPC plan clusters without a global cluster code").putAllCodes(hpcClusterCodes).build());
    }
    if (!hpcCategoryCodes.isEmpty()) {
      plan.addVocabularies(Vocabulary.builder().id(HpcCategories.HPC_CATEGORY)
          .name("HPC disaggregation categories").putAllCodes(hpcCategoryCodes).build());
    }
    try {
      return new ImportResult<>(plan.build(), report.build());
    } catch (InvalidPlanException e) {
      finding(Finding.of(e.rule(), "", e.value(), locale, e.details()));
      return fallback();
    }
  }

  private void identity(Obj data, Plan.Builder plan) {
    Obj hpcPlan = data.obj("plan");
    Obj version = data.obj("planVersion");
    if (version == null && hpcPlan != null) {
      version = hpcPlan.obj("planVersion");
    }
    String id = data.text("planId");
    String idSource = "planId";
    if (id == null && hpcPlan != null) {
      id = hpcPlan.text("id");
      idSource = "plan.id";
    }
    if (id != null && !id.isEmpty()) {
      report.mapped(idSource, "/id");
    } else if (planIdHint != null) {
      id = planIdHint;
      report.defaulted("planId", "/id", "the answer does not name its plan; the id is " + planIdHintSource,
          "hpc-" + id);
    } else {
      id = "unknown";
      finding(Finding.of(Rule.REQUIRED_FIELD, base + "/planId", null, locale).withSeverity(Severity.WARNING));
      report.defaulted("planId", "/id", "the answer does not name its plan and none was given", "hpc-unknown");
    }
    plan.id("hpc-" + id);

    String name = version == null ? null : version.text("name");
    if (name == null && hpcPlan != null) {
      name = hpcPlan.text("name");
    }
    if (name != null && !name.isEmpty()) {
      plan.name(name);
      report.mapped("planVersion.name", "/name");
    } else {
      plan.name("HPC plan " + id);
      report.defaulted("planVersion.name", "/name", "the answer does not name its plan", "HPC plan " + id);
    }
    String code = version == null ? null : version.text("code");
    if (code == null && hpcPlan != null) {
      code = hpcPlan.text("code");
    }
    if (code != null && !code.isEmpty()) {
      plan.code(code);
      report.mapped("planVersion.code", "/code");
    }
    if (version != null) {
      period(version, data.obj("planVersion") != null ? base + "/planVersion" : base + "/plan/planVersion", plan);
    }
    Node published = data.member("lastPublishedDate");
    if (published != null && !(published instanceof Null)) {
      LocalDate day = date(JsonTree.text(published));
      if (day != null) {
        plan.lastUpdated(day);
        report.mapped("lastPublishedDate", "/lastUpdated");
      } else {
        finding(Finding.of(Rule.INVALID_VALUE, base + "/lastPublishedDate", published.excerpt(), locale,
            "a date written dd/mm/yyyy or yyyy-mm-dd").withSeverity(Severity.WARNING)
            .at(published.line(), published.column()));
        report.skipped("lastPublishedDate", "not a date", published.excerpt());
      }
    }
  }

  private void period(Obj version, String versionPointer, Plan.Builder plan) {
    LocalDate start = date(version.text("startDate"));
    LocalDate end = date(version.text("endDate"));
    if (version.member("startDate") == null && version.member("endDate") == null) {
      return;
    }
    if (start == null || end == null) {
      finding(Finding.of(Rule.INVALID_VALUE, versionPointer + (start == null ? "/startDate" : "/endDate"),
          start == null ? version.text("startDate") : version.text("endDate"), locale, "a date yyyy-mm-dd")
          .withSeverity(Severity.WARNING));
      report.skipped("planVersion.startDate/endDate", "not both dates", null);
      return;
    }
    try {
      plan.period(Period.of(start, end));
      report.mapped("planVersion.startDate/endDate", "/period");
    } catch (InvalidPlanException e) {
      finding(Finding.of(Rule.PERIOD_ORDER, versionPointer + "/endDate", end, locale, start));
      report.skipped("planVersion.startDate/endDate", "the end is before the start", end.toString());
    }
  }

  /** {@code dd/mm/yyyy} (as HPC writes {@code lastPublishedDate}) or an ISO date, possibly with a time. */
  private static @Nullable LocalDate date(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10 && text.charAt(2) == '/') {
        return LocalDate.parse(text, DAY_MONTH_YEAR);
      }
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // ---- locations ----

  private void readLocations(Obj data) {
    Arr list = data.arr("locations");
    Node node = data.member("locations");
    if (list == null) {
      if (node != null && !(node instanceof Null)) {
        finding(Finding.of(Rule.WRONG_TYPE, base + "/locations", node.excerpt(), locale, "an array")
            .at(node.line(), node.column()));
        report.skipped("locations", "not an array: no figure can be placed", null);
      }
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      Node n = list.items().get(i);
      String pointer = base + "/locations/" + i;
      String id = n instanceof Obj o ? o.text("id") : null;
      if (id == null) {
        finding(Finding.of(Rule.REQUIRED_FIELD, pointer + "/id", null, locale).withSeverity(Severity.WARNING)
            .at(n.line(), n.column()));
        report.skipped("locations[]", "no id: no figure can refer to it", pointer);
        continue;
      }
      Obj o = (Obj) n;
      locations.putIfAbsent(id, o);
      locationPointers.putIfAbsent(id, pointer);
      for (String coordinate : List.of("latitude", "longitude")) {
        if (o.member(coordinate) != null) {
          report.skipped("locations[]." + coordinate,
              "the area's centre point: the model places people by p-code and name", null);
        }
      }
    }
    for (String id : locations.keySet()) {
      if (level(locations.get(id)) == 0) {
        Place p = place(id);
        if (p.location() != null) {
          countries.add(p.location().getCountry());
        }
      }
    }
  }

  /** The admin level of a location id; -1 when unknown. */
  private int levelOf(@Nullable String id) {
    Obj l = id == null ? null : locations.get(id);
    return l == null ? -1 : level(l);
  }

  private static int level(Obj location) {
    String level = location.text("adminLevel");
    try {
      return level == null ? -1 : Integer.parseInt(level);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Place place(@Nullable String id) {
    if (id == null) {
      return new Place(null, "the attachment names no locationId");
    }
    Place known = places.get(id);
    if (known != null) {
      return known;
    }
    Place p = resolve(id);
    places.put(id, p);
    return p;
  }

  private Place resolve(String id) {
    Obj l = locations.get(id);
    if (l == null) {
      return new Place(null, "location " + id + " is not in data.locations");
    }
    String pointer = locationPointers.get(id);
    int level = level(l);
    String pcode = l.text("pcode");
    String name = l.text("name");
    if (level < 0 || level > 2) {
      String problem = level < 0 ? "location " + id + " has no admin level"
          : "location " + id + " is at admin level " + level + ", deeper than admin-2, the deepest the model has";
      finding(Finding.of(Rule.INVALID_VALUE, pointer + "/adminLevel", l.text("adminLevel"), locale,
          "admin level 0, 1 or 2").withSeverity(Severity.WARNING).at(l.line(), l.column()));
      return new Place(null, problem);
    }
    String country = country(id, l, pointer);
    if (country == null) {
      return new Place(null, "location " + id + " (" + name + ") has no ISO 3166-1 alpha-3 country");
    }
    Location.Builder b = Location.builder().country(country);
    if (level == 2) {
      Obj parent = parent(l);
      if (parent != null && level(parent) == 1 && parent.text("pcode") != null) {
        b.admin1Code(parent.text("pcode"));
        report.mapped("locations[parentLocationId].pcode", "breakdown/*/location/admin1Code");
        if (parent.text("name") != null) {
          b.admin1Name(parent.text("name"));
          report.mapped("locations[parentLocationId].name", "breakdown/*/location/admin1Name");
        }
      }
      if (pcode != null) {
        b.admin2Code(pcode);
        report.mapped("locations[adminLevel=2].pcode", "breakdown/*/location/admin2Code");
      }
      if (name != null) {
        b.admin2Name(name);
        report.mapped("locations[adminLevel=2].name", "breakdown/*/location/admin2Name");
      }
    } else if (level == 1) {
      if (pcode != null) {
        b.admin1Code(pcode);
        report.mapped("locations[adminLevel=1].pcode", "breakdown/*/location/admin1Code");
      }
      if (name != null) {
        b.admin1Name(name);
        report.mapped("locations[adminLevel=1].name", "breakdown/*/location/admin1Name");
      }
    } else if (name != null) {
      report.skipped("locations[adminLevel=0].name", "the model names a country by its ISO 3166-1 alpha-3 code", name);
    }
    b.putExtensions("x-hpc-location-id", JsonTree.raw(l.member("id")));
    report.kept("locations[].id", "breakdown/*/location/x-hpc-location-id", null);
    return new Place(b.build(), "");
  }

  private @Nullable Obj parent(Obj l) {
    String parentId = l.text("parentLocationId");
    return parentId == null ? null : locations.get(parentId);
  }

  /** The location's country: from its admin-0 ancestor, else the plan's only country, else its p-code prefix. */
  private @Nullable String country(String id, Obj l, String pointer) {
    Obj at = l;
    for (int hops = 0; hops < 10 && at != null; hops++) {
      if (level(at) == 0) {
        String code = countryCode(at, hops == 0 ? pointer : locationPointers.get(at.text("id")));
        if (code != null || hops == 0) {
          return code;
        }
        break;
      }
      at = parent(at);
    }
    List<String> planCountries = new ArrayList<>();
    for (Obj o : locations.values()) {
      if (level(o) == 0 && o != l) {
        String c = countryCode(o, locationPointers.get(o.text("id")));
        if (c != null && !planCountries.contains(c)) {
          planCountries.add(c);
        }
      }
    }
    if (planCountries.size() == 1) {
      report.defaulted("locations[].parentLocationId", "breakdown/*/location/country",
          "the location has no admin-0 ancestor; the answer's only country is used", id);
      return planCountries.get(0);
    }
    String pcode = l.text("pcode");
    if (pcode != null && pcode.length() > 2) {
      String iso3 = iso2To3(pcode.substring(0, 2));
      if (iso3 != null) {
        report.defaulted("locations[].pcode", "breakdown/*/location/country",
            "the location has no admin-0 ancestor; p-codes start with the ISO 3166-1 alpha-2 code", pcode);
        return iso3;
      }
    }
    finding(Finding.of(Rule.INVALID_COUNTRY, pointer, l.text("name"), locale).withSeverity(Severity.WARNING)
        .at(l.line(), l.column()));
    return null;
  }

  /** The ISO3 code of an admin-0 location: its {@code iso3}, else its p-code (alpha-3, or alpha-2 converted). */
  private @Nullable String countryCode(Obj l0, @Nullable String pointer) {
    if (countryCodes.containsKey(l0)) {
      return countryCodes.get(l0);
    }
    String code = readCountryCode(l0, pointer);
    countryCodes.put(l0, code);
    return code;
  }

  /** Admin-0 locations (by identity) and their ISO3 code, or null when they have none. */
  private final Map<Obj, @Nullable String> countryCodes = new java.util.IdentityHashMap<>();

  private @Nullable String readCountryCode(Obj l0, @Nullable String pointer) {
    String iso3 = l0.text("iso3");
    if (iso3 != null && ISO3.contains(iso3.toUpperCase(Locale.ROOT))) {
      report.mapped("locations[adminLevel=0].iso3", "breakdown/*/location/country");
      return iso3.toUpperCase(Locale.ROOT);
    }
    String pcode = l0.text("pcode");
    if (pcode != null) {
      String upper = pcode.toUpperCase(Locale.ROOT);
      if (upper.length() == 3 && ISO3.contains(upper)) {
        report.mapped("locations[adminLevel=0].pcode", "breakdown/*/location/country");
        return upper;
      }
      String converted = upper.length() == 2 ? iso2To3(upper) : null;
      if (converted != null) {
        report.defaulted("locations[adminLevel=0].pcode", "breakdown/*/location/country",
            "an ISO 3166-1 alpha-2 p-code, converted to alpha-3", pcode + " -> " + converted);
        return converted;
      }
    }
    finding(Finding.of(Rule.INVALID_COUNTRY, pointer == null ? base + "/locations" : pointer,
        l0.text("name"), locale).withSeverity(Severity.WARNING).at(l0.line(), l0.column()));
    return null;
  }

  private static @Nullable String iso2To3(String iso2) {
    if (!ISO2.contains(iso2)) {
      return null;
    }
    String iso3 = new Locale.Builder().setRegion(iso2).build().getISO3Country();
    return ISO3.contains(iso3) ? iso3 : null;
  }

  // ---- clusters ----

  private void readGlobalClusters(Obj data) {
    Arr list = data.arr("planGlobalClusters");
    if (list == null) {
      return;
    }
    for (Node n : list.items()) {
      if (!(n instanceof Obj cluster) || cluster.arr("planClusters") == null) {
        continue;
      }
      for (Node entity : cluster.arr("planClusters").items()) {
        String id = JsonTree.text(entity);
        if (id != null) {
          clustersByEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(cluster);
        }
      }
    }
  }

  /** The cluster code of a caseload, and the planGlobalClusters entry it came from (null when none). */
  private record ClusterCode(@Nullable String code, @Nullable Obj globalCluster, String how) {}

  private ClusterCode clusterCode(Obj caseload) {
    String available = caseload.text("availableGlobalClusterCode");
    if (available != null && (available.isEmpty() || available.equalsIgnoreCase("n/a"))) {
      available = null;
    }
    String entity = caseload.text("entityId");
    List<Obj> candidates = entity == null ? List.of() : clustersByEntity.getOrDefault(entity, List.of());
    for (Obj c : candidates) {
      if (available != null && available.equals(c.text("globalClusterCode"))) {
        return new ClusterCode(available, c, "");
      }
    }
    if (candidates.size() == 1 && candidates.get(0).text("globalClusterCode") != null) {
      String code = candidates.get(0).text("globalClusterCode");
      return new ClusterCode(code, candidates.get(0), available == null ? ""
          : "availableGlobalClusterCode " + available + " differs from planGlobalClusters, which maps entity "
              + entity + " to " + code + "; the plan's mapping is used (as HDX does)");
    }
    if (available != null) {
      return new ClusterCode(available, null, "");
    }
    return new ClusterCode(null, null, candidates.isEmpty() ? "no global cluster for entity " + entity
        : "entity " + entity + " has several global clusters and the caseload names none");
  }

  // ---- caseloads ----

  private void caseloads(Arr caseloads, Plan.Builder plan) {
    boolean planPeople = false;
    Set<String> sectorIds = new HashSet<>();
    List<Node> otherPlanCaseloads = new ArrayList<>();
    for (int i = 0; i < caseloads.items().size(); i++) {
      String pointer = base + "/caseloads/" + i;
      Node n = caseloads.items().get(i);
      if (!(n instanceof Obj c)) {
        finding(Finding.of(Rule.WRONG_TYPE, pointer, n.excerpt(), locale, "a caseload object")
            .at(n.line(), n.column()));
        report.skipped("caseloads[]", "not an object", pointer);
        continue;
      }
      if (isPlanLevel(c)) {
        if (planPeople) {
          otherPlanCaseloads.add(c);
          finding(Finding.of(Rule.EXTENSION_KEPT, pointer, "caseloads/" + i, locale).at(c.line(), c.column()));
          report.kept("caseloads[caseloadType=plan] (a second one)", "/x-hpc-other-plan-caseloads", pointer);
          continue;
        }
        planPeople = true;
        report.mapped("caseloads[caseloadType=plan]", "/people");
        Map<String, RawJson> ext = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : c.members().entrySet()) {
          if (!METRICS.containsKey(e.getKey()) && !e.getKey().equals("disaggregatedAttachments")) {
            keep(ext::put, e.getKey(), e.getValue(), "caseloads[caseloadType=plan]." + e.getKey(), "/people");
          }
        }
        PeopleFigures people = figures(c, pointer, "/people", ext);
        if (people != null) {
          plan.people(people);
        }
      } else {
        plan.addSectors(sector(c, pointer, sectorIds));
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

  private Sector sector(Obj c, String pointer, Set<String> ids) {
    ClusterCode cluster = clusterCode(c);
    String description = c.text("caseloadDescription");
    Code code;
    if (cluster.code() != null && Vocabularies.builtIn(Vocabularies.IASC_CLUSTER).orElseThrow()
        .contains(cluster.code())) {
      code = Code.of(Vocabularies.IASC_CLUSTER, cluster.code());
      if (cluster.how().isEmpty()) {
        report.mapped("caseloads[].availableGlobalClusterCode", "/sectors/*/code (iasc-cluster)");
      } else {
        report.defaulted("planGlobalClusters[].globalClusterCode", "/sectors/*/code (iasc-cluster)", cluster.how(),
            pointer);
      }
    } else {
      String own = cluster.code() != null ? cluster.code()
          : c.text("entityId") != null ? "entity-" + c.text("entityId")
          : "caseload-" + (c.text("caseloadId") == null ? pointer.substring(pointer.lastIndexOf('/') + 1)
              : c.text("caseloadId"));
      code = Code.of(HPC_CLUSTER, own);
      hpcClusterCodes.putIfAbsent(own, description == null || description.isEmpty() ? own : description);
      String why = cluster.code() != null ? "cluster code " + cluster.code() + " is not an IASC global cluster"
          : cluster.how();
      report.defaulted("caseloads[].entityId", "/sectors/*/code (hpc-cluster)",
          why + ": kept as a sector in the plan's vocabulary hpc-cluster", "hpc-cluster:" + own);
      Node at = c.member("availableGlobalClusterCode");
      Finding f = Finding.of(Rule.UNKNOWN_CODE, pointer + "/availableGlobalClusterCode",
          cluster.code() != null ? cluster.code() : c.text("availableGlobalClusterCode"), locale,
          Vocabularies.IASC_CLUSTER).withSeverity(Severity.WARNING);
      finding(at == null ? f : f.at(at.line(), at.column()));
    }
    String id = code.getCode();
    if (!ids.add(id)) {
      id = id + "-caseload-" + c.text("caseloadId");
      ids.add(id);
    }
    Sector.Builder s = Sector.builder().id(id).code(code);
    report.defaulted("caseloads[]", "/sectors/*/id",
        "the sector's code; -caseload-<caseloadId> is added when two caseloads have the same code", id);
    if (description != null && !description.isEmpty()) {
      s.description(description);
      report.mapped("caseloads[].caseloadDescription", "/sectors/*/description");
    }
    for (Map.Entry<String, Node> e : c.members().entrySet()) {
      String name = e.getKey();
      if (!METRICS.containsKey(name) && !name.equals("disaggregatedAttachments")
          && !name.equals("caseloadDescription")) {
        keep(s::putExtensions, name, e.getValue(), "caseloads[]." + name, "/sectors/*");
      }
    }
    if (cluster.globalCluster() != null && cluster.globalCluster().member("globalClusterId") != null) {
      s.putExtensions("x-hpc-global-cluster-id", JsonTree.raw(cluster.globalCluster().member("globalClusterId")));
      report.kept("planGlobalClusters[].globalClusterId", "/sectors/*/x-hpc-global-cluster-id", null);
    }
    PeopleFigures people = figures(c, pointer, "/sectors/*/people", new LinkedHashMap<>());
    if (people != null) {
      s.people(people);
    }
    return s.build();
  }

  // ---- people figures ----

  private @Nullable PeopleFigures figures(Obj c, String pointer, String owner, Map<String, RawJson> extensions) {
    PeopleFigures.Builder b = PeopleFigures.builder();
    EnumMap<PeopleMetric, Long> totals = new EnumMap<>(PeopleMetric.class);
    Map<String, Node> skipped = new LinkedHashMap<>();
    for (Map.Entry<String, PeopleMetric> m : METRICS.entrySet()) {
      Node v = c.member(m.getKey());
      if (v == null) {
        continue;
      }
      OptionalLong n = count(v, pointer + "/" + m.getKey(), "caseloads[]." + m.getKey(),
          owner + "/" + m.getValue().jsonName());
      if (n.isPresent()) {
        totals.put(m.getValue(), n.getAsLong());
      } else if (!isBlank(v)) {
        skipped.put(m.getValue().jsonName(), v);
      }
    }
    set(b, totals);

    List<Pending> pending = attachments(c, pointer, owner);
    // Adults are 18-59 where the caseload also reports elderly people at the location, else 18 and over.
    Set<String> withElderly = new HashSet<>();
    for (Pending p : pending) {
      if (p.mapping().ageBand() != null && p.mapping().ageBand().fromYears() == 60 && p.locationId() != null) {
        withElderly.add(p.locationId());
      }
    }
    // The finest admin level of the caseload's cells: coarser figures beside it would count the same people twice.
    int finest = 0;
    for (Pending p : pending) {
      if (p.mapping().kind() != Kind.SUBSET && place(p.locationId()).location() != null) {
        finest = Math.max(finest, levelOf(p.locationId()));
      }
    }
    List<Placed> cells = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    List<Node> notImported = new ArrayList<>();
    List<Pending> subsets = new ArrayList<>();
    for (Pending p : pending) {
      Place place = place(p.locationId());
      if (place.location() == null) {
        notImported.add(notImported(p.source(), place.problem()));
        report.skipped("disaggregatedAttachments[]", "the location cannot be placed in a country (kept in "
            + EXT_NOT_IMPORTED + ")", p.pointer());
        finding(Finding.of(Rule.INVALID_VALUE, p.pointer() + "/locationId", p.locationId(), locale,
            "a location with an ISO 3166-1 alpha-3 country: " + place.problem()).withSeverity(Severity.WARNING)
            .at(p.source().line(), p.source().column()));
        continue;
      }
      if (p.mapping().kind() == Kind.SUBSET) {
        subsets.add(p);
        hpcCategoryCodes.putIfAbsent(p.mapping().groupCode(), p.label());
        report.kept("disaggregatedAttachments[].categoryLabel=" + p.label()
            + " (a subset that overlaps the other categories)", owner + "/" + EXT_SUBSETS,
            p.pointer());
        continue;
      }
      Location where = place.location();
      int level = levelOf(p.locationId());
      if (level < finest) {
        if (level == 0 && countries.size() == 1 && p.mapping().kind() != Kind.TOTAL) {
          where = null;
          report.defaulted("disaggregatedAttachments[] at admin 0", owner + "/breakdown/* (no location)",
              "the caseload also has admin-" + finest + " figures: the country's figures are its national "
                  + "breakdown, a cell without location (cells by location would be added to the sub-national ones)",
              p.pointer());
        } else {
          String why = "admin-" + level + " figures of a caseload that also has admin-" + finest
              + " figures: cells of both levels would count the same people twice";
          notImported.add(notImported(p.source(), why));
          report.skipped("disaggregatedAttachments[] at admin " + level, why + " (kept in " + EXT_NOT_IMPORTED + ")",
              p.pointer());
          continue;
        }
      }
      PeopleCell cell = cell(p, where, totals, withElderly, owner);
      if (cell == null) {
        notImported.add(notImported(p.source(), "the cell could not be built"));
        continue;
      }
      if (!keys.add(cell.getKey())) {
        finding(Finding.of(Rule.DUPLICATE_BREAKDOWN_CELL, p.pointer(), cell.getKey(), locale, "an earlier attachment")
            .at(p.source().line(), p.source().column()));
        report.skipped("disaggregatedAttachments[]", "the same category at the same location again (kept in "
            + EXT_NOT_IMPORTED + ")", p.pointer());
        notImported.add(notImported(p.source(), "the same category at the same location again"));
        continue;
      }
      cells.add(new Placed(cell, p));
    }
    consistency(cells, subsets);
    for (Placed p : cells) {
      b.addBreakdown(p.cell());
    }
    if (!subsets.isEmpty()) {
      extensions.put(EXT_SUBSETS, RawJson.of(JsonTree.generate(g -> subsets(g, subsets))));
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
      finding(Finding.of(e.rule(), pointer, e.value(), locale, e.details()).at(c.line(), c.column()));
      report.skipped("disaggregatedAttachments[]", "the breakdown breaks a rule of the model: " + e.getMessage(),
          pointer);
      PeopleFigures.Builder totalsOnly = PeopleFigures.builder();
      set(totalsOnly, totals);
      return totalsOnly.putAllExtensions(extensions).build();
    }
  }

  private static boolean isBlank(Node v) {
    return v instanceof Null || v instanceof Str s && s.value().isBlank();
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
      finding(Finding.of(Rule.WRONG_TYPE, pointer + "/disaggregatedAttachments", list.excerpt(), locale,
          "an array").at(list.line(), list.column()));
      report.skipped("caseloads[].disaggregatedAttachments", "not an array", pointer);
      return out;
    }
    for (int j = 0; j < attachments.items().size(); j++) {
      String ap = pointer + "/disaggregatedAttachments/" + j;
      Node n = attachments.items().get(j);
      if (!(n instanceof Obj a)) {
        finding(Finding.of(Rule.WRONG_TYPE, ap, n.excerpt(), locale, "an attachment object")
            .at(n.line(), n.column()));
        report.skipped("disaggregatedAttachments[]", "not an object", ap);
        continue;
      }
      String label = a.text("categoryLabel");
      if (label == null || label.isEmpty()) {
        label = a.text("categoryName");
      }
      if (label == null || label.isEmpty()) {
        finding(Finding.of(Rule.REQUIRED_FIELD, ap + "/categoryLabel", null, locale).at(a.line(), a.column()));
        report.skipped("disaggregatedAttachments[]", "no category", ap);
        continue;
      }
      EnumMap<PeopleMetric, Long> values = new EnumMap<>(PeopleMetric.class);
      Map<PeopleMetric, String> valuePointers = new EnumMap<>(PeopleMetric.class);
      Map<String, Node> raw = new LinkedHashMap<>();
      Map<String, Node> skipped = new LinkedHashMap<>();
      Map<String, Node> other = new LinkedHashMap<>();
      Arr matrix = a.arr("dataMatrix");
      if (matrix == null && a.member("dataMatrix") != null) {
        finding(Finding.of(Rule.WRONG_TYPE, ap + "/dataMatrix", a.member("dataMatrix").excerpt(), locale,
            "an array").at(a.line(), a.column()));
      }
      for (int k = 0; matrix != null && k < matrix.items().size(); k++) {
        String mp = ap + "/dataMatrix/" + k;
        Node mn = matrix.items().get(k);
        String type = mn instanceof Obj m ? m.text("metricType") : null;
        if (type == null) {
          finding(Finding.of(Rule.REQUIRED_FIELD, mp + "/metricType", null, locale).at(mn.line(), mn.column()));
          report.skipped("disaggregatedAttachments[].dataMatrix[]", "no metricType", mp);
          continue;
        }
        Node v = ((Obj) mn).member("value");
        if (v == null) {
          v = new Null(mn.line(), mn.column());
        }
        PeopleMetric metric = METRICS.get(type);
        if (metric == null) {
          other.put(type, v);
          report.kept("dataMatrix[metricType=" + type + "]", owner + "/breakdown/*/x-hpc-other-metrics", mp);
          continue;
        }
        if (raw.containsKey(metric.jsonName())) {
          finding(Finding.of(Rule.DUPLICATE_KEY, mp + "/metricType", type, locale).at(mn.line(), mn.column()));
          report.skipped("disaggregatedAttachments[].dataMatrix[]", "the same metricType again", mp);
          continue;
        }
        raw.put(metric.jsonName(), v);
        OptionalLong count = count(v, mp + "/value", "dataMatrix[metricType=" + type + "].value",
            owner + "/breakdown/*/" + metric.jsonName());
        if (count.isPresent()) {
          values.put(metric, count.getAsLong());
          valuePointers.put(metric, mp + "/value");
        } else if (!isBlank(v)) {
          skipped.put(metric.jsonName(), v);
        }
      }
      out.add(new Pending(ap, a, a.text("locationId"), label, HpcCategories.of(label), values, valuePointers, raw,
          skipped, other));
    }
    return out;
  }

  /** The cell of an attachment at a placed location; null (reported) when the model cannot hold it. */
  private @Nullable PeopleCell cell(Pending p, @Nullable Location location, Map<PeopleMetric, Long> totals,
      Set<String> withElderly, String owner) {
    PeopleCell.Builder b = PeopleCell.builder();
    if (location != null) {
      b.location(location);
    }
    String source = "disaggregatedAttachments[].categoryLabel=" + p.label();
    String target = owner + "/breakdown/*/";
    Mapping m = p.mapping();
    switch (m.kind()) {
      case TOTAL -> report.mapped(source, target + "location (the location's total)");
      case CELL -> {
        if (m.sex() != null) {
          b.sex(m.sex());
        }
        if (m.ageBand() != null) {
          b.ageBand(m.ageBand());
        }
        if (m.groupCode() != null) {
          b.populationGroup(Code.of(m.groupVocabulary(), m.groupCode()));
        }
        report.mapped(source, target + dimensions(m));
      }
      case ADULTS -> {
        boolean elderly = p.locationId() != null && withElderly.contains(p.locationId());
        AgeBand band = elderly ? HpcCategories.ADULTS_18_59 : AgeBand.ADULTS;
        b.ageBand(band);
        report.defaulted(source, target + "ageBand=" + band, elderly
            ? "the caseload also reports Elderly (60+) at the location, so adults are 18-59"
            : "the caseload reports no Elderly at the location, so adults are 18 and over", p.pointer());
      }
      case UNKNOWN -> {
        b.populationGroup(Code.of(HpcCategories.HPC_CATEGORY, m.groupCode()));
        hpcCategoryCodes.putIfAbsent(m.groupCode(), p.label());
        report.defaulted(source, target + "populationGroup=" + HpcCategories.HPC_CATEGORY + ":" + m.groupCode(),
            "not a known sex, age or population-group category: a population group in the plan's vocabulary "
                + HpcCategories.HPC_CATEGORY, p.pointer());
      }
      default -> throw new IllegalStateException("subsets are not cells");
    }
    Map<String, Node> skipped = new LinkedHashMap<>(p.skipped());
    for (Map.Entry<PeopleMetric, Long> v : p.values().entrySet()) {
      PeopleMetric metric = v.getKey();
      Long total = totals.get(metric);
      if (total != null && v.getValue() > total) {
        String vp = p.valuePointers().get(metric);
        finding(at(Finding.of(Rule.CELL_EXCEEDS_TOTAL, vp, v.getValue(), locale, total), p, metric));
        report.skipped("dataMatrix[].value", "above the caseload's total " + metric.jsonName()
            + " (a model invariant; kept in " + EXT_SKIPPED + ")", vp);
        skipped.put(metric.jsonName(), p.rawValues().get(metric.jsonName()));
        continue;
      }
      set(b, metric, v.getValue());
    }
    Node labelNode = p.source().member("categoryLabel");
    if (labelNode != null) {
      b.putExtensions("x-hpc-category-label", JsonTree.raw(labelNode));
    }
    Node nameNode = p.source().member("categoryName");
    if (nameNode != null) {
      b.putExtensions("x-hpc-category-name", JsonTree.raw(nameNode));
    }
    report.kept("disaggregatedAttachments[].categoryLabel/categoryName", target + "x-hpc-category-label/-name",
        null);
    if (!skipped.isEmpty()) {
      b.putExtensions(EXT_SKIPPED, JsonTree.raw(new Obj(skipped, 0, 0)));
    }
    if (!p.otherMetrics().isEmpty()) {
      b.putExtensions("x-hpc-other-metrics", JsonTree.raw(new Obj(p.otherMetrics(), 0, 0)));
    }
    for (Map.Entry<String, Node> e : p.source().members().entrySet()) {
      if (!ATTACHMENT_READ.contains(e.getKey())) {
        keep(b::putExtensions, e.getKey(), e.getValue(), "disaggregatedAttachments[]." + e.getKey(),
            target.substring(0, target.length() - 1));
      }
    }
    try {
      return b.build();
    } catch (InvalidPlanException e) {
      finding(Finding.of(e.rule(), p.pointer(), e.value(), locale, e.details())
          .at(p.source().line(), p.source().column()));
      report.skipped("disaggregatedAttachments[]", "breaks a rule of the model (kept in " + EXT_NOT_IMPORTED + ")",
          p.pointer());
      return null;
    }
  }

  private static String dimensions(Mapping m) {
    List<String> parts = new ArrayList<>();
    if (m.sex() != null) {
      parts.add("sex=" + m.sex().jsonName());
    }
    if (m.ageBand() != null) {
      parts.add("ageBand=" + m.ageBand());
    }
    if (m.groupCode() != null) {
      parts.add("populationGroup=" + m.groupVocabulary() + ":" + m.groupCode());
    }
    return String.join(" ", parts);
  }

  /**
   * Warnings about the source's own consistency at each location: cells of one kind (by sex, by age band, by
   * population group) that add up to more than the location's total, and single cells or subsets above it. The
   * figures are imported as published; the model's own rule compares cells with the caseload's national total.
   */
  private void consistency(List<Placed> cells, List<Pending> subsets) {
    Map<String, Placed> totals = new HashMap<>();
    for (Placed p : cells) {
      if (p.cell().getDimensions().equals("location")) {
        totals.put(p.from().locationId(), p);
      }
    }
    Map<String, EnumMap<PeopleMetric, Long>> sums = new LinkedHashMap<>();
    for (Placed p : cells) {
      Placed total = totals.get(p.from().locationId());
      if (total == null || total == p) {
        continue;
      }
      for (PeopleMetric m : PeopleMetric.values()) {
        OptionalLong v = m.of(p.cell());
        OptionalLong t = m.of(total.cell());
        if (v.isPresent() && t.isPresent()) {
          if (v.getAsLong() > t.getAsLong()) {
            finding(at(Finding.of(Rule.CELL_EXCEEDS_TOTAL, p.from().valuePointers().get(m), v.getAsLong(), locale,
                t.getAsLong()).withSeverity(Severity.WARNING), p.from(), m));
          }
          sums.computeIfAbsent(p.from().locationId() + "\u0000" + p.cell().getDimensions(),
              k -> new EnumMap<>(PeopleMetric.class)).merge(m, v.getAsLong(), HpcImport::saturatingAdd);
        }
      }
    }
    for (Map.Entry<String, EnumMap<PeopleMetric, Long>> e : sums.entrySet()) {
      String[] key = e.getKey().split("\u0000", 2);
      Placed total = totals.get(key[0]);
      for (Map.Entry<PeopleMetric, Long> s : e.getValue().entrySet()) {
        long t = s.getKey().of(total.cell()).getAsLong();
        if (s.getValue() > t) {
          finding(at(Finding.of(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, total.from().valuePointers().get(s.getKey()), t,
              locale, s.getValue(), key[1].replace("location+", "").replace("+location", ""))
              .withSeverity(Severity.WARNING), total.from(), s.getKey()));
        }
      }
    }
    for (Pending p : subsets) {
      Placed total = totals.get(p.locationId());
      for (Map.Entry<PeopleMetric, Long> v : p.values().entrySet()) {
        OptionalLong t = total == null ? OptionalLong.empty() : v.getKey().of(total.cell());
        if (t.isPresent() && v.getValue() > t.getAsLong()) {
          finding(at(Finding.of(Rule.CELL_EXCEEDS_TOTAL, p.valuePointers().get(v.getKey()), v.getValue(), locale,
              t.getAsLong()).withSeverity(Severity.WARNING), p, v.getKey()));
        }
      }
    }
  }

  /** The finding at the line and column of the attachment's value of {@code metric}. */
  private static Finding at(Finding f, Pending p, PeopleMetric metric) {
    Node v = p.rawValues().get(metric.jsonName());
    return v == null || v.line() <= 0 ? f : f.at(v.line(), v.column());
  }

  private static long saturatingAdd(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }

  private void subsets(JsonGenerator g, List<Pending> subsets) {
    g.writeStartArray();
    for (Pending p : subsets) {
      g.writeStartObject();
      g.writeStringProperty("category", HpcCategories.HPC_CATEGORY + ":" + p.mapping().groupCode());
      Node label = p.source().member("categoryLabel");
      if (label != null) {
        g.writeName("categoryLabel");
        JsonTree.write(g, label);
      }
      Node name = p.source().member("categoryName");
      if (name != null) {
        g.writeName("categoryName");
        JsonTree.write(g, name);
      }
      Location l = places.get(p.locationId()).location();
      g.writeName("location");
      g.writeStartObject();
      g.writeStringProperty("country", l.getCountry());
      l.getAdmin1Code().ifPresent(v -> g.writeStringProperty("admin1Code", v));
      l.getAdmin1Name().ifPresent(v -> g.writeStringProperty("admin1Name", v));
      l.getAdmin2Code().ifPresent(v -> g.writeStringProperty("admin2Code", v));
      l.getAdmin2Name().ifPresent(v -> g.writeStringProperty("admin2Name", v));
      g.writeName("x-hpc-location-id");
      JsonTree.write(g, locations.get(p.locationId()).member("id"));
      g.writeEndObject();
      for (Map.Entry<PeopleMetric, Long> v : p.values().entrySet()) {
        g.writeNumberProperty(v.getKey().jsonName(), v.getValue());
      }
      if (!p.skipped().isEmpty()) {
        g.writeName(EXT_SKIPPED);
        JsonTree.write(g, new Obj(p.skipped(), 0, 0));
      }
      if (!p.otherMetrics().isEmpty()) {
        g.writeName("x-hpc-other-metrics");
        JsonTree.write(g, new Obj(p.otherMetrics(), 0, 0));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- values ----

  /**
   * A count of people from a source value: a whole non-negative number, or a string holding one ({@code "123"},
   * {@code "1,234"}), read exactly. Null and blank are "not reported" (empty, never 0); anything else is skipped
   * with a finding.
   */
  private OptionalLong count(Node v, String pointer, String source, String target) {
    if (v instanceof Null) {
      report.skipped(source, "null: not reported, left empty (never 0)", pointer);
      return OptionalLong.empty();
    }
    BigDecimal number;
    String how = null;
    if (v instanceof Num n) {
      number = n.value();
    } else if (v instanceof Str s) {
      String text = s.value().trim();
      if (text.isEmpty()) {
        report.skipped(source, "an empty string: not reported, left empty (never 0)", pointer);
        return OptionalLong.empty();
      }
      if (NUMBER.matcher(text).matches()) {
        number = new BigDecimal(text);
        how = "a number written as a string, read exactly";
      } else if (THOUSANDS.matcher(text).matches()) {
        number = new BigDecimal(text.replace(",", ""));
        how = "a number with thousands separators written as a string, read exactly";
      } else {
        finding(Finding.of(Rule.INVALID_VALUE, pointer, s.value(), locale, "a number of people")
            .at(v.line(), v.column()));
        report.skipped(source, "not a number (kept in " + EXT_SKIPPED + ")", pointer);
        return OptionalLong.empty();
      }
    } else {
      finding(Finding.of(Rule.WRONG_TYPE, pointer, v.excerpt(), locale, "a number of people")
          .at(v.line(), v.column()));
      report.skipped(source, "not a number (kept in " + EXT_SKIPPED + ")", pointer);
      return OptionalLong.empty();
    }
    if (number.signum() < 0) {
      finding(Finding.of(Rule.NEGATIVE_COUNT, pointer, number.toPlainString(), locale).at(v.line(), v.column()));
      report.skipped(source, "negative: not a count of people (kept in " + EXT_SKIPPED + ")", pointer);
      return OptionalLong.empty();
    }
    if (number.stripTrailingZeros().scale() > 0) {
      finding(Finding.of(Rule.INVALID_VALUE, pointer, number.toPlainString(), locale, "a whole number of people")
          .withSeverity(Severity.WARNING).at(v.line(), v.column()));
      report.skipped(source, "not a whole number of people: not rounded, kept verbatim in " + EXT_SKIPPED, pointer);
      return OptionalLong.empty();
    }
    if (number.compareTo(LONG_MAX) > 0) {
      finding(Finding.of(Rule.INVALID_VALUE, pointer, number.toPlainString(), locale,
          "a number of people up to " + Long.MAX_VALUE).at(v.line(), v.column()));
      report.skipped(source, "too large for a count (kept in " + EXT_SKIPPED + ")", pointer);
      return OptionalLong.empty();
    }
    if (how == null) {
      report.mapped(source, target);
    } else {
      report.defaulted(source, target, how, v.excerpt());
    }
    return OptionalLong.of(number.longValueExact());
  }

  private static void set(PeopleFigures.Builder b, Map<PeopleMetric, Long> values) {
    for (Map.Entry<PeopleMetric, Long> e : values.entrySet()) {
      long v = e.getValue();
      switch (e.getKey()) {
        case TOTAL_POPULATION -> b.totalPopulation(v);
        case AFFECTED -> b.affected(v);
        case IN_NEED -> b.inNeed(v);
        case TARGETED -> b.targeted(v);
        case EXPECTED_REACH -> b.expectedReach(v);
        case REACHED -> b.reached(v);
      }
    }
  }

  private static void set(PeopleCell.Builder b, PeopleMetric metric, long v) {
    switch (metric) {
      case TOTAL_POPULATION -> b.totalPopulation(v);
      case AFFECTED -> b.affected(v);
      case IN_NEED -> b.inNeed(v);
      case TARGETED -> b.targeted(v);
      case EXPECTED_REACH -> b.expectedReach(v);
      case REACHED -> b.reached(v);
    }
  }

  // ---- extensions and findings ----

  /** Keeps a source member the model has no field for as the extension {@code x-hpc-<kebab-case name>}. */
  private void keep(java.util.function.BiConsumer<String, RawJson> into, String name, Node value, String source,
      String owner) {
    String ext = "x-hpc-" + kebab(name);
    into.accept(ext, JsonTree.raw(value));
    report.kept(source, (owner.endsWith("/") ? owner : owner + "/") + ext, null);
  }

  /** {@code caseloadCustomRef} as {@code caseload-custom-ref}. */
  static String kebab(String name) {
    StringBuilder b = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
          b.append('-');
        }
        b.append(Character.toLowerCase(c));
      } else if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    return b.length() == 0 ? "member" : b.toString();
  }

  private void finding(Finding f) {
    report.finding(f);
  }
}
