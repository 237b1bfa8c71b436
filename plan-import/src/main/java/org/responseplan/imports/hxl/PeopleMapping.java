package org.responseplan.imports.hxl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.hxl.Values.Parsed;
import org.responseplan.imports.hxl.Values.SexAge;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * A table of people figures to {@link PeopleFigures} by sector. Each row names a sector, a location and optionally a
 * population group, sex and age band; each figure column is a hashtag ({@code #population}, {@code #affected},
 * {@code #inneed}, {@code #targeted}, {@code #reached}) whose attributes, every one of them, name a sex ({@code f},
 * {@code m}, {@code i}), an age band ({@code children}, {@code adults}, {@code elderly}, {@code age12_17},
 * {@code age60plus}) or a population group ({@code refugees}, {@code idps}, ...). A value whose row and column name
 * no dimension is the sector's total; any other value is a breakdown cell.
 */
final class PeopleMapping {
  static final List<HxlTag> ADM1_NAME = Columns.tags("#adm1+name");
  static final List<HxlTag> ADM2_NAME = Columns.tags("#adm2+name");
  private static final Map<String, PeopleMetric> METRICS = Map.of("population", PeopleMetric.TOTAL_POPULATION,
      "affected", PeopleMetric.AFFECTED, "inneed", PeopleMetric.IN_NEED, "targeted", PeopleMetric.TARGETED,
      "reached", PeopleMetric.REACHED);
  private static final Map<String, String> GROUP_ALIASES = Map.of("host", "host-community", "asylum",
      "asylum-seekers", "idp", "idps", "refugee", "refugees", "migrant", "migrants", "returnee", "returnees");
  private static final Vocabulary GROUPS = Vocabularies.builtIn(Vocabularies.POPULATION_GROUP).orElseThrow();
  private static final String BLANK = "blank: not reported (null, never 0)";

  /** What a figure column counts, and for whom. */
  private record Spec(PeopleMetric metric, @Nullable Sex sex, @Nullable AgeBand age, @Nullable Code group) {}

  /** The dimensions of a cell; all null for the sector's total. */
  private record CellKey(@Nullable Location location, @Nullable Code group, @Nullable Sex sex,
      @Nullable AgeBand age) {
    boolean isTotal() {
      return location == null && group == null && sex == null && age == null;
    }
  }

  /** The values of one cell by metric, with the line and column each came from. */
  private static final class Cell {
    final long[] values = new long[PeopleMetric.values().length];
    final long[] lines = new long[values.length];
    final String[] labels = new String[values.length];
  }

  private final HxlTable table;
  private final Problems p;
  private final Columns cols;
  private HxlTable.@Nullable Column sector;
  private HxlTable.@Nullable Column country;
  private HxlTable.@Nullable Column adm1;
  private HxlTable.@Nullable Column adm1Name;
  private HxlTable.@Nullable Column adm2;
  private HxlTable.@Nullable Column adm2Name;
  private HxlTable.@Nullable Column group;
  private HxlTable.@Nullable Column sexCol;
  private HxlTable.@Nullable Column ageCol;
  private final Map<HxlTable.Column, Spec> figures = new LinkedHashMap<>();

  PeopleMapping(HxlTable table, Problems p) {
    this.table = table;
    this.p = p;
    this.cols = new Columns(table);
  }

  Map<String, PeopleFigures> read() {
    if (table.columns().isEmpty()) {
      return Map.of();
    }
    pickColumns();
    Map<String, Map<CellKey, Cell>> sectors = new LinkedHashMap<>();
    for (HxlTable.Row r : table.rows()) {
      row(r, sectors);
    }
    Map<String, PeopleFigures> out = new LinkedHashMap<>();
    sectors.forEach((s, cells) -> out.put(s, build(s, cells)));
    cols.reportUnused(p, this::whyNot);
    return out;
  }

  private void pickColumns() {
    sector = cols.pick("/{sector}", ActivityMapping.SECTOR);
    country = cols.pick("/*/breakdown/*/location/country", ActivityMapping.COUNTRY);
    adm1 = cols.pick("/*/breakdown/*/location/admin1Code", ActivityMapping.ADM1);
    adm1Name = cols.pick("/*/breakdown/*/location/admin1Name", ADM1_NAME);
    adm2 = cols.pick("/*/breakdown/*/location/admin2Code", ActivityMapping.ADM2);
    adm2Name = cols.pick("/*/breakdown/*/location/admin2Name", ADM2_NAME);
    group = cols.pick("/*/breakdown/*/populationGroup", ActivityMapping.GROUP);
    sexCol = cols.pick("/*/breakdown/*/sex", ActivityMapping.SEX);
    ageCol = cols.pick("/*/breakdown/*/ageBand", ActivityMapping.AGE);
    if (sector == null) {
      p.report.defaulted("(no sector column)", "/{sector}", "the table has no sector column: its figures are "
          + "returned under the sector \"\"", null);
    }
    for (HxlTable.Column c : table.columns()) {
      if (cols.isUsed(c) || c.tag() == null || !METRICS.containsKey(c.tag().hashtag())) {
        continue;
      }
      Object spec = spec(c.tag());
      if (spec instanceof String reason) {
        cols.skip(c, reason);
      } else {
        Spec s = (Spec) spec;
        HxlTable.Column sexGiven = s.sex() == null ? null : sexCol;
        HxlTable.Column ageGiven = s.age() == null ? null : ageCol;
        HxlTable.Column groupGiven = s.group() == null ? null : group;
        String given = sexGiven != null ? "sex in " + cols.label(sexGiven)
            : ageGiven != null ? "age band in " + cols.label(ageGiven)
            : groupGiven != null ? "population group in " + cols.label(groupGiven) : null;
        if (given != null) {
          cols.skip(c, "the table gives the " + given + "; a column cannot name another");
          continue;
        }
        HxlTable.Column same = null;
        for (Map.Entry<HxlTable.Column, Spec> e : figures.entrySet()) {
          if (e.getValue().equals(s)) {
            same = e.getKey();
          }
        }
        if (same != null) {
          cols.skip(c, "gives the same figure as " + cols.label(same) + ", whose values are used");
          continue;
        }
        figures.put(c, s);
        cols.use(c, target(s));
      }
    }
  }

  /** The spec of a figure column, or the reason its attributes do not make one. */
  private static Object spec(HxlTag tag) {
    PeopleMetric metric = METRICS.get(tag.hashtag());
    if (metric == null) {
      return "not a people figure";
    }
    Sex sex = null;
    AgeBand age = null;
    Code group = null;
    for (String a : tag.withoutInformational().attributes()) {
      Sex s = Values.sexAttribute(a);
      AgeBand b = Values.ageAttribute(a);
      Code g = groupAttribute(a);
      if (s != null && sex == null) {
        sex = s;
      } else if (b != null && age == null) {
        age = b;
      } else if (g != null && group == null) {
        group = g;
      } else if (s != null || b != null || g != null) {
        return "names two " + (s != null ? "sexes" : b != null ? "age bands" : "population groups")
            + ": not one cell of people figures";
      } else {
        return "the attribute +" + a + " is not a sex (f, m, i), an age band (children, adults, elderly, ageN_M, "
            + "ageNplus) or a population group (refugees, idps, ...): exact matching reads no other";
      }
    }
    return new Spec(metric, sex, age, group);
  }

  private static @Nullable Code groupAttribute(String attribute) {
    String code = attribute.replace('_', '-');
    code = GROUP_ALIASES.getOrDefault(code, code);
    return GROUPS.getCodes().containsKey(code) ? Code.of(Vocabularies.POPULATION_GROUP, code) : null;
  }

  private static String target(Spec s) {
    return "/*/breakdown/*/" + s.metric().jsonName();
  }

  private String whyNot(HxlTable.Column c) {
    HxlTag t = c.tag();
    if (t == null) {
      return "untagged: no hashtag, read by no mapping";
    }
    return "not a hashtag of the people-figures mapping (see docs/formats/hxl.md)";
  }

  private String text(HxlTable.Row r, HxlTable.@Nullable Column c) {
    if (c == null) {
      return "";
    }
    String v = r.get(c).strip();
    if (!v.isEmpty()) {
      p.report.mapped(cols.label(c), target(c));
    }
    return v;
  }

  private String target(HxlTable.Column c) {
    return c.equals(sector) ? "/{sector}" : c.equals(country) ? "/*/breakdown/*/location/country"
        : c.equals(adm1) ? "/*/breakdown/*/location/admin1Code"
        : c.equals(adm1Name) ? "/*/breakdown/*/location/admin1Name"
        : c.equals(adm2) ? "/*/breakdown/*/location/admin2Code"
        : c.equals(adm2Name) ? "/*/breakdown/*/location/admin2Name"
        : c.equals(group) ? "/*/breakdown/*/populationGroup" : c.equals(sexCol) ? "/*/breakdown/*/sex"
        : "/*/breakdown/*/ageBand";
  }

  private void row(HxlTable.Row r, Map<String, Map<CellKey, Cell>> sectors) {
    // The row's own dimensions.
    Parsed<SexAge> sx = sexCol == null ? Parsed.ok(new SexAge(null, null)) : Values.sex(r.get(sexCol));
    if (sx.isBad() && sexCol != null) {
      p.add(Rule.INVALID_VALUE, null, r.line(), sexCol.index(), cols.label(sexCol), r.get(sexCol).strip(),
          sx.why());
      p.report.skipped("row", "unknown sex", Problems.example(r.line(), null));
      return;
    }
    Parsed<AgeBand> ag = ageCol == null ? Parsed.ok(null) : Values.age(r.get(ageCol));
    if (ag.isBad() && ageCol != null) {
      p.add(Rule.INVALID_VALUE, null, r.line(), ageCol.index(), cols.label(ageCol), r.get(ageCol).strip(),
          ag.why());
      p.report.skipped("row", "unknown age band", Problems.example(r.line(), null));
      return;
    }
    SexAge sa = sx.value();
    Sex rowSex = sa == null ? null : sa.sex();
    AgeBand rowAge = ag.value();
    if (sa != null && sa.age() != null) {
      if (rowAge != null && !rowAge.equals(sa.age()) && ageCol != null) {
        p.add(Rule.INVALID_VALUE, null, r.line(), ageCol.index(), cols.label(ageCol), rowAge.toString(),
            "the age band " + sa.age() + " that the sex column implies");
        p.report.skipped("row", "the sex and age columns disagree", Problems.example(r.line(), null));
        return;
      }
      rowAge = sa.age();
    }
    Location location = location(r);
    if (location == LOCATION_ERROR) {
      return;
    }
    Code rowGroup = populationGroup(r);
    String sectorValue = text(r, sector);
    if (sexCol != null && rowSex != null) {
      p.report.mapped(cols.label(sexCol), "/*/breakdown/*/sex");
    }
    if (ageCol != null && rowAge != null) {
      p.report.mapped(cols.label(ageCol), "/*/breakdown/*/ageBand");
    }
    Map<CellKey, Cell> cells = sectors.computeIfAbsent(sectorValue, s -> new LinkedHashMap<>());
    // Each figure column: one value of one cell.
    for (Map.Entry<HxlTable.Column, Spec> e : figures.entrySet()) {
      HxlTable.Column c = e.getKey();
      Spec s = e.getValue();
      String label = cols.label(c);
      String raw = r.get(c);
      SourceValues.Result<Long> v = SourceValues.count(raw);
      SourceValues.Problem problem = v.problem();
      if (problem != null && problem.kind() == SourceValues.Kind.NEGATIVE) {
        p.add(Rule.NEGATIVE_COUNT, null, r.line(), c.index(), label, Objects.requireNonNull(problem.number())
            .toPlainString());
        p.report.skipped(label, "negative: a count of people cannot be negative", Problems.example(r.line(), raw));
        continue;
      }
      if (problem != null) {
        p.add(Rule.INVALID_VALUE, null, r.line(), c.index(), label, raw.strip(), problem.expected());
        p.report.skipped(label, "not a whole number of people", Problems.example(r.line(), raw));
        continue;
      }
      if (v.value() == null) {
        p.report.skipped(label, BLANK, Problems.example(r.line(), null));
        continue;
      }
      CellKey key = new CellKey(location, s.group() != null ? s.group() : rowGroup,
          s.sex() != null ? s.sex() : rowSex, s.age() != null ? s.age() : rowAge);
      Cell cell = cells.computeIfAbsent(key, k -> new Cell());
      int m = s.metric().ordinal();
      if (cell.lines[m] != 0) {
        p.add(Rule.DUPLICATE_BREAKDOWN_CELL, null, r.line(), c.index(), label, describe(sectorValue, key, s.metric()),
            "line " + cell.lines[m]);
        p.report.skipped(label, "the same cell is already given (the first value is kept)",
            Problems.example(r.line(), raw));
        continue;
      }
      cell.values[m] = v.value();
      cell.lines[m] = r.line();
      cell.labels[m] = label;
    }
  }

  private static String describe(String sector, CellKey k, PeopleMetric m) {
    StringBuilder b = new StringBuilder(m.jsonName());
    if (!sector.isEmpty()) {
      b.append(" sector=").append(sector);
    }
    if (k.location() != null) {
      b.append(" location=").append(k.location());
    }
    if (k.group() != null) {
      b.append(" populationGroup=").append(k.group().getCode());
    }
    if (k.sex() != null) {
      b.append(" sex=").append(k.sex().jsonName());
    }
    if (k.age() != null) {
      b.append(" ageBand=").append(k.age());
    }
    return b.toString();
  }

  /** Marks a row whose location cannot be built (reported). */
  private static final Location LOCATION_ERROR = Location.country("ERR");

  private @Nullable Location location(HxlTable.Row r) {
    String c = country == null ? "" : r.get(country).strip();
    String a1 = adm1 == null ? "" : r.get(adm1).strip();
    String a1n = adm1Name == null ? "" : r.get(adm1Name).strip();
    String a2 = adm2 == null ? "" : r.get(adm2).strip();
    String a2n = adm2Name == null ? "" : r.get(adm2Name).strip();
    if (c.isEmpty()) {
      if (a1.isEmpty() && a1n.isEmpty() && a2.isEmpty() && a2n.isEmpty()) {
        return null;
      }
      p.add(Rule.REQUIRED_FIELD, null, r.line(), country == null ? -1 : country.index(),
          country == null ? "#country+code" : cols.label(country), null);
      p.report.skipped("row", "an admin area without a country cannot be placed", Problems.example(r.line(), null));
      return LOCATION_ERROR;
    }
    if (!c.matches("[A-Z]{3}") && country != null) {
      p.add(Rule.INVALID_COUNTRY, Severity.WARNING, r.line(), country.index(), cols.label(country), c);
    }
    text(r, country);
    text(r, adm1);
    text(r, adm1Name);
    text(r, adm2);
    text(r, adm2Name);
    return Location.builder().country(c)
        .admin1Code(Optional.of(a1).filter(s -> !s.isEmpty()))
        .admin1Name(Optional.of(a1n).filter(s -> !s.isEmpty()))
        .admin2Code(Optional.of(a2).filter(s -> !s.isEmpty()))
        .admin2Name(Optional.of(a2n).filter(s -> !s.isEmpty()))
        .build();
  }

  private @Nullable Code populationGroup(HxlTable.Row r) {
    if (group == null) {
      return null;
    }
    String v = r.get(group).strip();
    if (v.isEmpty()) {
      return null;
    }
    p.report.mapped(cols.label(group), "/*/breakdown/*/populationGroup");
    String code = Values.normalise(v);
    code = GROUP_ALIASES.getOrDefault(code, code);
    if (GROUPS.getCodes().containsKey(code)) {
      return Code.of(Vocabularies.POPULATION_GROUP, code);
    }
    p.add(Rule.UNKNOWN_CODE, Severity.WARNING, r.line(), group.index(), cols.label(group), v,
        Vocabularies.POPULATION_GROUP);
    return Code.of(Vocabularies.POPULATION_GROUP, v);
  }

  private PeopleFigures build(String sectorValue, Map<CellKey, Cell> cells) {
    PeopleFigures.Builder figures = PeopleFigures.builder();
    Cell total = null;
    for (Map.Entry<CellKey, Cell> e : cells.entrySet()) {
      if (e.getKey().isTotal()) {
        total = e.getValue();
        for (PeopleMetric m : PeopleMetric.values()) {
          if (total.lines[m.ordinal()] != 0) {
            m.set(figures, total.values[m.ordinal()]);
            p.report.mapped(total.labels[m.ordinal()], "/*/" + m.jsonName());
          }
        }
      }
    }
    List<PeopleCell> built = new ArrayList<>();
    for (Map.Entry<CellKey, Cell> e : cells.entrySet()) {
      CellKey k = e.getKey();
      if (k.isTotal()) {
        continue;
      }
      Cell cell = e.getValue();
      PeopleCell.Builder b = PeopleCell.builder().sex(k.sex()).ageBand(k.age()).populationGroup(k.group())
          .location(k.location());
      boolean any = false;
      List<Integer> kept = new ArrayList<>();
      for (PeopleMetric m : PeopleMetric.values()) {
        int i = m.ordinal();
        if (cell.lines[i] == 0) {
          continue;
        }
        if (total != null && total.lines[i] != 0 && cell.values[i] > total.values[i]) {
          p.add(Rule.CELL_EXCEEDS_TOTAL, null, cell.lines[i], -1, cell.labels[i], cell.values[i],
              total.values[i]);
          p.report.skipped(cell.labels[i], "larger than the total of line " + total.lines[i],
              Problems.example(cell.lines[i], Long.toString(cell.values[i])));
          continue;
        }
        m.set(b, cell.values[i]);
        kept.add(i);
        any = true;
      }
      if (!any) {
        continue;
      }
      try {
        built.add(b.build());
        for (int i : kept) {
          p.report.mapped(cell.labels[i], "/*/breakdown/*/" + PeopleMetric.values()[i].jsonName());
        }
      } catch (InvalidPlanException ex) {
        long line = cell.lines[kept.get(0)];
        p.add(ex.rule(), null, line, -1, describe(sectorValue, k, PeopleMetric.values()[kept.get(0)]), ex.value(),
            ex.details());
        for (int i : kept) {
          p.report.skipped(cell.labels[i], "the cell cannot be built: " + ex.rule().code(),
              Problems.example(cell.lines[i], null));
        }
      }
    }
    figures.addAllBreakdown(built);
    try {
      return figures.build();
    } catch (InvalidPlanException ex) {
      p.add(ex.rule(), null, 0, -1, sectorValue.isEmpty() ? null : "sector " + sectorValue, ex.value(),
          ex.details());
      return PeopleFigures.builder().build();
    }
  }
}
