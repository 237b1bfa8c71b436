package org.responseplan.imports.fts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.responseplan.imports.CsvLimits;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The HDX tables derived from FTS: {@code fts_requirements_funding_global.csv} (a plan per row) and
 * {@code fts_requirements_funding_cluster_global.csv} (a row per plan and cluster). See {@code docs/formats/fts.md}.
 */
final class HdxCsvImport {
  /** The two tables. */
  enum Table { PLANS, CLUSTERS }

  static final String PERCENT_FUNDED = FtsReader.PERCENT_FUNDED_EXTENSION;

  private static final List<String> PLAN_COLUMNS = List.of("countryCode", "id", "name", "code", "typeId",
      "typeName", "startDate", "endDate", "year");
  private static final List<String> CLUSTER_COLUMNS = List.of("clusterCode", "cluster");
  private static final List<String> FIGURE_COLUMNS = List.of("requirements", "funding", "percentFunded");

  private record Row(long line, List<String> cells) {
    String where() {
      return "line " + line;
    }
  }

  private final Sink sink;
  private final Table table;
  private final Map<String, Integer> columns = new LinkedHashMap<>();

  HdxCsvImport(Sink sink, Table table) {
    this.sink = sink;
    this.table = table;
  }

  List<Plan> run(InputStream in) {
    List<Row> rows = new ArrayList<>();
    CsvLimits limits = CsvLimits.DEFAULT;
    long cellsHeld = 0;
    try (CsvReader csv = CsvReader.open(in, limits)) {
      List<String> header = csv.next();
      if (header == null || (header.size() == 1 && header.get(0).isBlank())) {
        sink.finding(Rule.REQUIRED_FIELD, "line 1", "a header row", 1, 0);
        return List.of();
      }
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).trim();
        if (columns.putIfAbsent(name, i) != null) {
          sink.finding(Severity.WARNING, Rule.DUPLICATE_KEY, "line 1", name, 1, i + 1);
        }
      }
      List<String> required = table == Table.PLANS ? List.of("id", "name", "requirements", "funding")
          : List.of("id", "name", "clusterCode", "cluster", "requirements", "funding");
      boolean missing = false;
      for (String c : required) {
        if (!columns.containsKey(c)) {
          sink.finding(Rule.REQUIRED_FIELD, "line 1", "column " + c, 1, 0);
          missing = true;
        }
      }
      if (missing) {
        return List.of();
      }
      try {
        for (List<String> r = csv.next(); r != null; r = csv.next()) {
          if (r.size() == 1 && r.get(0).isBlank()) {
            sink.report.skipped("(blank line)", "a line with no values", "line " + csv.line());
            continue;
          }
          if (r.size() != header.size()) {
            sink.finding(Severity.WARNING, Rule.INVALID_VALUE, "line " + csv.line(), r.size() + " values",
                (int) csv.line(), 0, header.size() + " values, one per column of the header");
            for (int i = header.size(); i < r.size(); i++) {
              if (!r.get(i).isBlank()) {
                sink.report.skipped("(column " + (i + 1) + ")", "a value beyond the header's columns",
                    "line " + csv.line());
              }
            }
          }
          cellsHeld += r.size();
          if (cellsHeld > limits.maxTableCells()) {
            throw new CsvReader.LimitExceeded("more than " + limits.maxTableCells() + " cells in the rows of a "
                + "table (CsvLimits.maxTableCells)", csv.line());
          }
          rows.add(new Row(csv.line(), r));
        }
      } catch (UncheckedIOException e) {
        sink.finding(Rule.UNREADABLE, "line " + csv.line(), e.getMessage(), (int) csv.line(), 0);
      } catch (CsvReader.LimitExceeded e) {
        sink.finding(Rule.CSV_LIMIT, "line " + e.line(), e.getMessage(), (int) e.line(), 0);
      }
    } catch (CsvReader.LimitExceeded e) {
      sink.finding(Rule.CSV_LIMIT, "line " + e.line(), e.getMessage(), (int) e.line(), 0);
      return List.of();
    } catch (IOException | UncheckedIOException e) {
      sink.finding(Rule.UNREADABLE, "", e.getMessage(), 0, 0);
      return List.of();
    }
    for (String c : columns.keySet()) {
      if (!PLAN_COLUMNS.contains(c) && !FIGURE_COLUMNS.contains(c)
          && !(table == Table.CLUSTERS && CLUSTER_COLUMNS.contains(c))) {
        sink.report.kept(c, (table == Table.CLUSTERS ? "/sectors/*/" : "/") + "x-hdx-" + SourceValues.kebab(c),
            "every row");
      }
    }
    return table == Table.PLANS ? plans(rows) : clusterPlans(rows);
  }

  private String cell(Row r, String column) {
    Integer i = columns.get(column);
    return i == null || i >= r.cells().size() ? "" : r.cells().get(i).trim();
  }

  /** The plan id without any suffix: {@code fts-929}, or {@code fts-not-specified-AFG-2020} for a row without one. */
  private String baseId(Row r) {
    String id = cell(r, "id");
    if (!id.isEmpty()) {
      return "fts-" + id;
    }
    String country = cell(r, "countryCode");
    String year = cell(r, "year");
    return "fts-" + FtsReader.NOT_SPECIFIED + "-" + (country.isEmpty() ? "unknown" : country) + "-"
        + (year.isEmpty() ? "unknown" : year);
  }

  /**
   * Plan ids, one per key (base id and country): the base id, or with the country appended when the same plan is
   * listed under several countries (each row then holds that country's part of the plan).
   */
  private Map<String, String> ids(List<String> keys) {
    Map<String, Set<String>> countriesByBase = new HashMap<>();
    for (String k : keys) {
      String[] parts = k.split("\u0000", -1);
      countriesByBase.computeIfAbsent(parts[0], x -> new HashSet<>()).add(parts[1]);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String k : keys) {
      String[] parts = k.split("\u0000", -1);
      boolean several = countriesByBase.getOrDefault(parts[0], Set.of()).size() > 1;
      ids.put(k, several ? parts[0] + "-" + (parts[1].isEmpty() ? "unknown" : parts[1]) : parts[0]);
    }
    return ids;
  }

  private String key(Row r) {
    return baseId(r) + "\u0000" + cell(r, "countryCode");
  }

  // ---- fts_requirements_funding_global.csv: one plan per row ----

  private List<Plan> plans(List<Row> rows) {
    List<String> keys = rows.stream().map(this::key).toList();
    Map<String, String> ids = ids(keys);
    Set<String> used = new HashSet<>();
    List<Plan> plans = new ArrayList<>();
    for (Row r : rows) {
      String id = uniqueId(ids.getOrDefault(key(r), baseId(r)), r, used);
      Plan.Builder b = Plan.builder().id(id);
      JsonFields.Ext ext = new JsonFields.Ext();
      planColumns(r, b, ext);
      amount(r, "requirements", "/requirements").ifPresent(b::requirements);
      amount(r, "funding", "/funding/total").ifPresent(m -> b.funding(Funding.ofTotal(m)));
      percentFunded(r, ext, "/");
      otherColumns(r, ext);
      plans.add(b.putAllExtensions(ext.map).build());
    }
    return plans;
  }

  private String uniqueId(String id, Row r, Set<String> used) {
    if (!baseId(r).equals(id)) {
      sink.report.defaulted("id", "/id", "the plan is listed under several countries: each country's row is a"
          + " plan of its own (the country's part of the plan), its id ends with the country code", r.where());
    }
    if (used.add(id)) {
      return id;
    }
    String unique = id + "-line" + r.line();
    sink.finding(Severity.WARNING, Rule.DUPLICATE_ID, r.where(), id, (int) r.line(), 0, "an earlier line");
    sink.report.defaulted("id", "/id", "the same plan and country are listed twice; the line number is appended",
        r.where());
    used.add(unique);
    return unique;
  }

  /** The plan columns of a row: id, name, code, type, period, country, year. */
  private void planColumns(Row r, Plan.Builder b, JsonFields.Ext ext) {
    String where = r.where();
    String id = cell(r, "id");
    if (id.isEmpty()) {
      sink.report.defaulted("id", "/id", "a row without a plan id (funding to the country not attributed to any"
          + " plan, FTS \"Not specified\"): kept as a plan of its own, fts-not-specified-<country>-<year>", where);
    } else {
      sink.report.mapped("id", "/id");
    }
    String name = cell(r, "name");
    if (!name.isEmpty()) {
      b.name(name);
      sink.report.mapped("name", "/name");
    } else {
      String fallback = id.isEmpty() ? FtsReader.NOT_SPECIFIED_NAME : "FTS plan " + id;
      b.name(fallback);
      sink.report.defaulted("name", "/name", "blank; a name is made from the plan id", where);
    }
    String code = cell(r, "code");
    if (!code.isEmpty()) {
      b.code(code);
      sink.report.mapped("code", "/code");
    } else if (columns.containsKey("code")) {
      sink.report.skipped("code", "blank: no plan code", where);
    }
    String typeId = cell(r, "typeId");
    String typeName = cell(r, "typeName");
    if (!typeId.isEmpty() || !typeName.isEmpty()) {
      String c = typeId.isEmpty() ? SourceValues.code(typeName) : typeId;
      String n = typeName.isEmpty() ? c : typeName;
      b.planType(Code.of(FtsReader.PLAN_TYPE_VOCABULARY, c, n));
      b.addVocabularies(Vocabulary.builder().id(FtsReader.PLAN_TYPE_VOCABULARY).name("FTS plan types")
          .putCodes(c, n).build());
      if (typeId.isEmpty()) {
        sink.report.defaulted("typeId", "/planType/code", "blank; the code is made from typeName", where);
      } else {
        sink.report.mapped("typeId", "/planType/code");
      }
      if (!typeName.isEmpty()) {
        sink.report.mapped("typeName", "/planType/name");
      }
    } else if (columns.containsKey("typeId") || columns.containsKey("typeName")) {
      sink.report.skipped("typeId", "blank: no plan type", where);
    }
    period(r, b);
    String country = cell(r, "countryCode");
    if (country.isEmpty()) {
      if (columns.containsKey("countryCode")) {
        sink.report.skipped("countryCode", "blank: no country", where);
      }
    } else if (!SourceValues.isCountry(country)) {
      sink.finding(Rule.INVALID_COUNTRY, where, country, (int) r.line(), column("countryCode"));
      sink.report.skipped("countryCode", "not an ISO 3166-1 alpha-3 country code", where);
    } else {
      b.addOperationalPresence(Location.country(country));
      sink.report.mapped("countryCode", "/operationalPresence/*/country");
    }
    String year = cell(r, "year");
    if (!year.isEmpty()) {
      Optional<BigDecimal> y = SourceValues.decimal(year).optional();
      RawJson value;
      if (y.isPresent() && y.get().scale() <= 0) {
        value = RawJson.of(y.get().toPlainString());
      } else {
        sink.finding(Rule.INVALID_VALUE, where, year, (int) r.line(), column("year"), "a year such as 2020");
        value = RawJson.string(year);
      }
      ext.put("x-hdx-year", value);
      sink.report.kept("year", "/x-hdx-year", where);
    } else if (columns.containsKey("year")) {
      sink.report.skipped("year", "blank: no year", where);
    }
  }

  private void period(Row r, Plan.Builder b) {
    String where = r.where();
    String s = cell(r, "startDate");
    String e = cell(r, "endDate");
    Optional<LocalDate> start = dateCell(r, "startDate", s);
    Optional<LocalDate> end = dateCell(r, "endDate", e);
    if (start.isPresent() && end.isPresent()) {
      if (end.get().isBefore(start.get())) {
        sink.finding(Rule.PERIOD_ORDER, where, end.get(), (int) r.line(), column("endDate"), start.get());
        sink.report.skipped("startDate", "the period ends before it starts", where);
        sink.report.skipped("endDate", "the period ends before it starts", where);
      } else {
        b.period(Period.of(start.get(), end.get()));
        sink.report.mapped("startDate", "/period/start");
        sink.report.mapped("endDate", "/period/end");
      }
    } else if (start.isPresent() || end.isPresent()) {
      sink.report.skipped(start.isPresent() ? "startDate" : "endDate", "a period needs both a start and an end date",
          where);
    }
  }

  private Optional<LocalDate> dateCell(Row r, String column, String text) {
    if (text.isEmpty()) {
      if (columns.containsKey(column)) {
        sink.report.skipped(column, "blank: no date", r.where());
      }
      return Optional.empty();
    }
    Optional<LocalDate> d = SourceValues.date(text).optional();
    if (d.isEmpty()) {
      sink.finding(Rule.INVALID_VALUE, r.where(), text, (int) r.line(), column(column), "a date such as 2020-01-01");
      sink.report.skipped(column, "not a date", r.where());
    }
    return d;
  }

  private int column(String name) {
    Integer i = columns.get(name);
    return i == null ? 0 : i + 1;
  }

  /** An amount in US dollars; blank is "not reported" (never 0). */
  private Optional<Money> amount(Row r, String column, String target) {
    String text = cell(r, column);
    if (text.isEmpty()) {
      sink.report.skipped(column, "blank: not reported (kept empty, never 0)", r.where());
      return Optional.empty();
    }
    Optional<BigDecimal> v = SourceValues.decimal(text).optional();
    if (v.isEmpty()) {
      sink.finding(Rule.INVALID_VALUE, r.where(), text, (int) r.line(), column(column), "an amount in US dollars");
      sink.report.skipped(column, "not a number", r.where());
      return Optional.empty();
    }
    if (v.get().signum() < 0) {
      sink.finding(Rule.NEGATIVE_AMOUNT, r.where(), text, (int) r.line(), column(column));
      sink.report.skipped(column, "negative amount", r.where());
      return Optional.empty();
    }
    sink.report.mapped(column, target);
    return Optional.of(Values.usd(v.get()));
  }

  /** {@code percentFunded} as published: a number, or null when HDX left it blank. */
  private void percentFunded(Row r, JsonFields.Ext ext, String owner) {
    if (!columns.containsKey("percentFunded")) {
      return;
    }
    String text = cell(r, "percentFunded");
    RawJson value;
    if (text.isEmpty()) {
      value = RawJson.of("null");
    } else {
      Optional<BigDecimal> v = SourceValues.decimal(text).optional();
      if (v.isPresent()) {
        value = RawJson.of(v.get().toPlainString());
      } else {
        sink.finding(Rule.INVALID_VALUE, r.where(), text, (int) r.line(), column("percentFunded"),
            "a percentage such as 50");
        value = RawJson.string(text);
      }
    }
    ext.put(PERCENT_FUNDED, value);
    if (text.isEmpty()) {
      sink.report.defaulted("percentFunded", owner + PERCENT_FUNDED, "blank (HDX leaves it blank where requirements"
          + " or funding are missing): kept as null", r.where());
    } else {
      sink.report.kept("percentFunded", owner + PERCENT_FUNDED, r.where());
    }
  }

  /** Columns the importer does not know, kept as text. */
  private void otherColumns(Row r, JsonFields.Ext ext) {
    for (Map.Entry<String, Integer> c : columns.entrySet()) {
      String name = c.getKey();
      if (PLAN_COLUMNS.contains(name) || FIGURE_COLUMNS.contains(name)
          || (table == Table.CLUSTERS && CLUSTER_COLUMNS.contains(name))) {
        continue;
      }
      String text = cell(r, name);
      if (!text.isEmpty()) {
        ext.put("x-hdx-" + SourceValues.kebab(name), RawJson.string(text));
      }
    }
  }

  // ---- fts_requirements_funding_cluster_global.csv: a plan per plan id (and country), a sector per row ----

  private List<Plan> clusterPlans(List<Row> rows) {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row r : rows) {
      groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
    }
    Map<String, String> ids = ids(new ArrayList<>(groups.keySet()));
    List<Plan> plans = new ArrayList<>();
    for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
      List<Row> group = g.getValue();
      Row first = group.get(0);
      String id = ids.getOrDefault(g.getKey(), baseId(first));
      if (!baseId(first).equals(id)) {
        sink.report.defaulted("id", "/id", "the plan is listed under several countries: each country's rows are a"
            + " plan of its own (the country's part of the plan), its id ends with the country code",
            first.where());
      }
      Plan.Builder b = Plan.builder().id(id);
      JsonFields.Ext ext = new JsonFields.Ext();
      planColumns(first, b, ext);
      Vocabulary.Builder vocabulary = Vocabulary.builder().id(FtsReader.CLUSTER_VOCABULARY)
          .name("FTS clusters of this plan");
      Map<String, String> vocabularyCodes = new LinkedHashMap<>();
      Set<String> sectorIds = new HashSet<>();
      for (Row r : group) {
        if (!r.equals(first)) {
          samePlanColumns(first, r);
        }
        b.addSectors(sector(r, sectorIds, vocabularyCodes));
      }
      vocabularyCodes.forEach(vocabulary::putCodes);
      b.addVocabularies(vocabulary.build());
      plans.add(b.putAllExtensions(ext.map).build());
    }
    return plans;
  }

  /** A later row of a plan repeats the plan columns of its first row; a difference is a warning. */
  private void samePlanColumns(Row first, Row r) {
    for (String c : PLAN_COLUMNS) {
      if (!columns.containsKey(c)) {
        continue;
      }
      String a = cell(first, c);
      String v = cell(r, c);
      if (a.equals(v)) {
        sink.report.skipped(c, "repeats the value on the plan's first row (checked equal)", null);
      } else {
        sink.finding(Severity.WARNING, Rule.INVALID_VALUE, r.where(), v, (int) r.line(), column(c),
            "\"" + a + "\", the " + c + " on " + first.where() + " for the same plan");
        sink.report.skipped(c, "differs from the plan's first row, whose value is used", r.where());
      }
    }
  }

  private Sector sector(Row r, Set<String> sectorIds, Map<String, String> vocabularyCodes) {
    String where = r.where();
    String clusterCode = cell(r, "clusterCode");
    String clusterName = cell(r, "cluster");
    String code;
    if (!clusterCode.isEmpty()) {
      code = clusterCode;
      sink.report.mapped("clusterCode", "/sectors/*/code/code");
    } else {
      code = Values.bucketCode(clusterName);
      sink.report.defaulted("clusterCode", "/sectors/*/code/code", "blank: a row not attributed to one cluster"
          + " (\"Not specified\", \"Multiple clusters/sectors (shared)\"); its code is made from its name", where
          + " (" + clusterName + ")");
    }
    String name;
    if (!clusterName.isEmpty()) {
      name = clusterName;
      sink.report.mapped("cluster", "/sectors/*/code/name");
    } else {
      name = code;
      sink.report.defaulted("cluster", "/sectors/*/code/name", "blank; the cluster code is the name", where);
    }
    vocabularyCodes.putIfAbsent(code, name);
    String id = code;
    if (!sectorIds.add(id)) {
      id = code + "-line" + r.line();
      sectorIds.add(id);
      sink.report.defaulted("clusterCode", "/sectors/*/id", "the cluster is listed twice for the plan; the second"
          + " sector's id has the line number appended", where);
    }
    Sector.Builder s = Sector.builder().id(id).code(Code.of(FtsReader.CLUSTER_VOCABULARY, code, name));
    amount(r, "requirements", "/sectors/*/requirements").ifPresent(s::requirements);
    amount(r, "funding", "/sectors/*/funding/total").ifPresent(m -> s.funding(Funding.ofTotal(m)));
    JsonFields.Ext ext = new JsonFields.Ext();
    percentFunded(r, ext, "/sectors/*/");
    otherColumns(r, ext);
    return s.putAllExtensions(ext.map).build();
  }
}
