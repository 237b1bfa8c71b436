package org.responseplan.imports.hpc;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.responseplan.imports.hpc.HpcCategories.Category;
import org.responseplan.imports.hpc.HpcFigures.Aside;
import org.responseplan.imports.hpc.HpcFigures.Pending;
import org.responseplan.imports.hpc.HpcFigures.Placed;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Sex;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import tools.jackson.core.JsonGenerator;

/** The cells of a caseload checked against the totals at their location, and household counts written as published. */
final class HpcConsistency {
  private final HpcSource src;
  private final HpcLocations locations;

  HpcConsistency(HpcSource src, HpcLocations locations) {
    this.src = src;
    this.locations = locations;
  }

  /**
   * Warnings about the source's own consistency at each location: cells of one kind (by sex, by age band, by
   * population group; a subset's cells on their own) that add up to more than the location's total, and single cells
   * (subset cells among them) above it. The figures are imported as published; the model's own rule compares cells
   * with the caseload's national total.
   */
  void check(List<Placed> cells) {
    Map<String, Placed> totals = new HashMap<>();
    for (Placed p : cells) {
      if (p.cell().getDimensions().equals("location")) {
        totals.put(p.from().locationId(), p);
      }
    }
    Map<String, EnumMap<PeopleMetric, Long>> sums = new LinkedHashMap<>();
    Map<String, Integer> added = new HashMap<>();
    for (Placed p : cells) {
      Placed total = totals.get(p.from().locationId());
      if (total == null || total.equals(p)) {
        continue;
      }
      for (PeopleMetric m : PeopleMetric.values()) {
        OptionalLong v = m.of(p.cell());
        OptionalLong t = m.of(total.cell());
        if (v.isPresent() && t.isPresent()) {
          if (v.getAsLong() > t.getAsLong()) {
            src.finding(at(Finding.of(Rule.CELL_EXCEEDS_TOTAL, p.from().valuePointer(m), v.getAsLong(),
                src.locale,
                t.getAsLong()).withSeverity(Severity.WARNING), p.from(), m));
          }
          String kind = p.from().locationId() + "\u0000" + p.cell().getDimensions()
              + p.cell().getSubset().map(x -> " " + x.getCode()).orElse("");
          sums.computeIfAbsent(kind, k -> new EnumMap<>(PeopleMetric.class))
              .merge(m, v.getAsLong(), HpcConsistency::saturatingAdd);
          added.merge(kind + "\u0000" + m, 1, Integer::sum);
        }
      }
    }
    for (Map.Entry<String, EnumMap<PeopleMetric, Long>> e : sums.entrySet()) {
      String[] key = e.getKey().split("\u0000", 2);
      Placed total = totals.get(key[0]);
      if (total == null) {
        continue;
      }
      for (Map.Entry<PeopleMetric, Long> s : e.getValue().entrySet()) {
        long t = s.getKey().of(total.cell()).getAsLong();
        // A kind of one cell above the total is its cell-exceeds-total warning already.
        if (s.getValue() > t && added.getOrDefault(e.getKey() + "\u0000" + s.getKey(), 0) > 1) {
          src.finding(at(Finding.of(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, total.from().valuePointer(s.getKey()), t,
              src.locale, s.getValue(), key[1].replace("location+", "").replace("+location", ""))
              .withSeverity(Severity.WARNING), total.from(), s.getKey()));
        }
      }
    }
  }

  /** The finding at the line and column of the attachment's value of {@code metric}. */
  static Finding at(Finding f, Pending p, PeopleMetric metric) {
    Node v = p.rawValues().get(metric.jsonName());
    return v == null || v.line() <= 0 ? f : f.at(v.line(), v.column());
  }

  private static long saturatingAdd(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }

  /**
   * Writes household counts ({@value HpcSource#EXT_HOUSEHOLDS}) as published: the category's code, label and name, the sex, age band and
   * population group read from the label, the location, and the figures.
   */
  void writeAside(JsonGenerator g, List<Aside> entries) {
    g.writeStartArray();
    for (Aside aside : entries) {
      Pending p = aside.from();
      Category c = p.category();
      g.writeStartObject();
      g.writeStringProperty("category", String.valueOf(c.aside()));
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
      Sex sex = c.sex();
      if (sex != null) {
        g.writeStringProperty("sex", sex.jsonName());
      }
      AgeBand band = aside.ageBand();
      if (band != null) {
        g.writeStringProperty("ageBand", band.toString());
      }
      Code group = c.group();
      if (group != null) {
        g.writeStringProperty("populationGroup", group.toString());
      }
      Location l = Objects.requireNonNull(locations.place(p.locationId()).location());
      g.writeName("location");
      g.writeStartObject();
      g.writeStringProperty("country", l.getCountry());
      l.getAdmin1Code().ifPresent(v -> g.writeStringProperty("admin1Code", v));
      l.getAdmin1Name().ifPresent(v -> g.writeStringProperty("admin1Name", v));
      l.getAdmin2Code().ifPresent(v -> g.writeStringProperty("admin2Code", v));
      l.getAdmin2Name().ifPresent(v -> g.writeStringProperty("admin2Name", v));
      String locationId = p.locationId();
      Obj location = locationId == null ? null : locations.locations.get(locationId);
      Node id = location == null ? null : location.member("id");
      if (id != null) {
        g.writeName("x-hpc-location-id");
        JsonTree.write(g, id);
      }
      g.writeEndObject();
      for (Map.Entry<PeopleMetric, Long> v : p.values().entrySet()) {
        g.writeNumberProperty(v.getKey().jsonName(), v.getValue());
      }
      if (!p.skipped().isEmpty()) {
        g.writeName(HpcSource.EXT_SKIPPED);
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
}
