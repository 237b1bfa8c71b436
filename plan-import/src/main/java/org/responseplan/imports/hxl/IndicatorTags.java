package org.responseplan.imports.hxl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.imports.hxl.Values.Parsed;
import org.responseplan.model.validation.Rule;

/**
 * The hashtags of indicator-table columns ({@code PlanRollup}, {@code PlanSummary}, {@code ReachAggregator}), for
 * writing and reading back. A column this table does not name is written {@code #meta+NAME} (a dimension) or
 * {@code #indicator+NAME} (a measure).
 */
final class IndicatorTags {
  private IndicatorTags() {}

  /** How a column's cells are read back. */
  enum Kind {
    /** Text; a dimension or the currency. */
    TEXT,
    /** A count of people: {@link Long}. */
    COUNT,
    /** Money or a percentage: {@link BigDecimal}. */
    DECIMAL,
    /** Not known: Long when every cell is a whole number, else BigDecimal when every cell is a number, else text. */
    INFER
  }

  /** One known column. */
  record Entry(String column, HxlTag tag, boolean measure, Kind kind) {}

  /** The entry a column of the table gives. */
  private record Picked(Entry entry, HxlTable.Column column) {}

  static final List<Entry> ENTRIES = List.of(
      dim("plan", "#activity+appeal+id"),
      dim("objective", "#meta+objective"),
      dim("objective_title", "#meta+objective+name"),
      dim("sector", "#sector"),
      dim("sector_name", "#sector+name"),
      dim("country", "#country+code"),
      dim("country_name", "#country+name"),
      dim("adm1", "#adm1+code"),
      dim("adm1_name", "#adm1+name"),
      dim("adm2", "#adm2+code"),
      dim("adm2_name", "#adm2+name"),
      dim("population_group", "#population+group"),
      dim("population_group_name", "#population+group+name"),
      // Sex and age are values in a tidy table, not subsets of one figure column: the attributes +f, +m, +children,
      // +adults, +elderly do not fit, so plain extension columns with the values (female, 0-17, ...).
      dim("sex", "#x_sex"),
      dim("age", "#x_age"),
      // A subset (people also counted in the other rows, such as people with disabilities): its code and name.
      dim("subset", "#x_subset"),
      dim("subset_name", "#x_subset+name"),
      dim("period", "#date+period"),
      dim("level", "#meta+level"),
      dim("name", "#meta+name"),
      measure("requirements", "#value+funding+required", Kind.DECIMAL),
      measure("funding", "#value+funding+total", Kind.DECIMAL),
      measure("funding_coverage_pct", "#value+funding+pct", Kind.DECIMAL),
      measure("funding_gap", "#value+funding+gap", Kind.DECIMAL),
      measure("over_funding", "#value+funding+over", Kind.DECIMAL),
      measure("in_need", "#inneed", Kind.COUNT),
      measure("targeted", "#targeted", Kind.COUNT),
      measure("reached", "#reached", Kind.COUNT),
      measure("total_monthly_beneficiaries", "#reached+total", Kind.COUNT),
      measure("need_coverage_pct", "#indicator+need_coverage+pct", Kind.DECIMAL),
      measure("reach_coverage_pct", "#indicator+reach_coverage+pct", Kind.DECIMAL),
      measure("cost_per_person_targeted", "#indicator+cost_per_person_targeted", Kind.DECIMAL),
      measure("currency", "#currency", Kind.TEXT),
      measure("total_population", "#population", Kind.COUNT),
      measure("affected", "#affected", Kind.COUNT),
      measure("expected_reach", "#indicator+expected_reach", Kind.COUNT));

  private static Entry dim(String column, String tag) {
    return new Entry(column, HxlTag.parse(tag), false, Kind.TEXT);
  }

  private static Entry measure(String column, String tag, Kind kind) {
    return new Entry(column, HxlTag.parse(tag), true, kind);
  }

  /** The tag a column is written with. */
  static HxlTag tag(String column, boolean measure) {
    for (Entry e : ENTRIES) {
      if (e.column().equals(column) && e.measure() == measure) {
        return e.tag();
      }
    }
    return HxlTag.of(measure ? "indicator" : "meta", token(column));
  }

  /** A column name as an attribute: lower case; other characters than a-z, 0-9, '_' become '_'. */
  static String token(String name) {
    String t = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return HxlTag.isToken(t) ? t : "x" + t;
  }

  /** Reads a table written by {@link HxlWriter} (or tagged alike) back into an indicator table. */
  static IndicatorTable read(HxlTable table, Problems p) {
    Columns cols = new Columns(table);
    Map<String, Picked> byName = new LinkedHashMap<>();
    for (HxlTable.Column c : table.columns()) {
      Entry e = entry(c);
      if (e == null) {
        continue;
      }
      Picked earlier = byName.get(e.column());
      if (earlier != null) {
        cols.skip(c, "gives the column " + e.column() + " again; " + cols.label(earlier.column()) + " is used");
        continue;
      }
      byName.put(e.column(), new Picked(e, c));
      cols.use(c, "/" + e.column());
    }
    // Dimensions first, then measures, each in column order.
    List<Picked> order = new ArrayList<>(byName.size());
    List<String> dims = new ArrayList<>();
    List<String> measures = new ArrayList<>();
    for (boolean measure : new boolean[] {false, true}) {
      for (Picked k : byName.values()) {
        if (k.entry().measure() == measure) {
          order.add(k);
          (measure ? measures : dims).add(k.entry().column());
        }
      }
    }
    List<Kind> kinds = new ArrayList<>(order.size());
    for (Picked k : order) {
      Kind kind = k.entry().kind();
      kinds.add(kind == Kind.INFER ? infer(table, k.column()) : kind);
    }
    List<List<@Nullable Object>> rows = new ArrayList<>(table.rows().size());
    for (HxlTable.Row r : table.rows()) {
      List<@Nullable Object> row = new ArrayList<>(order.size());
      for (int i = 0; i < order.size(); i++) {
        Picked k = order.get(i);
        row.add(cell(r, k.column(), kinds.get(i), cols, p, k.entry().column()));
      }
      rows.add(row);
    }
    cols.reportUnused(p, c -> c.tag() == null ? "untagged: no hashtag, read by no mapping"
        : "not a column of an indicator table (see docs/formats/hxl.md)");
    return new IndicatorTable(dims, measures, rows);
  }

  /** The column a tagged column gives, or null. */
  private static @Nullable Entry entry(HxlTable.Column c) {
    HxlTag t = c.tag();
    if (t == null) {
      return null;
    }
    for (Entry e : ENTRIES) {
      if (e.tag().matches(t)) {
        return e;
      }
    }
    Set<String> attributes = t.withoutInformational().attributes();
    boolean meta = t.hashtag().equals("meta");
    if ((meta || t.hashtag().equals("indicator")) && attributes.size() == 1) {
      String attribute = attributes.iterator().next();
      String header = c.header().strip();
      String name = !header.isEmpty() && token(header).equals(attribute) ? header : attribute;
      return new Entry(name, t, !meta, meta ? Kind.TEXT : Kind.INFER);
    }
    return null;
  }

  private static Kind infer(HxlTable table, HxlTable.Column c) {
    boolean counts = true;
    for (HxlTable.Row r : table.rows()) {
      String v = r.get(c);
      if (v.isBlank()) {
        continue;
      }
      if (Values.decimal(v).isBad()) {
        return Kind.TEXT;
      }
      // A column is of counts only when written as whole numbers: "2.0" or "1e3" in a column say it holds decimals.
      counts &= !Values.count(v).isBad() && v.indexOf('.') < 0 && v.indexOf('e') < 0 && v.indexOf('E') < 0;
    }
    return counts ? Kind.COUNT : Kind.DECIMAL;
  }

  private static @Nullable Object cell(HxlTable.Row r, HxlTable.Column c, Kind kind, Columns cols, Problems p,
      String name) {
    String raw = r.get(c);
    if (raw.isBlank()) {
      return null;
    }
    String label = cols.label(c);
    Parsed<?> v = switch (kind) {
      case COUNT -> Values.count(raw);
      case DECIMAL -> Values.decimal(raw);
      default -> Parsed.ok(raw.strip());
    };
    String problem = v.problem();
    if (problem != null) {
      p.add(Rule.INVALID_VALUE, null, r.line(), c.index(), label, raw.strip(), problem);
      p.report.skipped(label, kind == Kind.COUNT ? "not a whole number" : "not a number",
          Problems.example(r.line(), raw));
      return null;
    }
    p.report.mapped(label, "/" + name);
    return v.value();
  }
}
