package org.responseplan.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.Vocabulary;

/**
 * The names beside the code columns of a {@link PlanRollup} table: {@code objective_title}, {@code sector_name},
 * {@code country_name}, {@code adm1_name}, {@code adm2_name}, {@code population_group_name}, {@code subset_name}. A name comes from the
 * plan (a code's own name, the plan's vocabularies, the locations of its breakdowns and operational presence), else
 * from the built-in {@link Vocabularies}; a country's is its English name. Unknown: an empty cell, never the code.
 */
final class RollupNames {
  /** The ISO 3166-1 alpha-3 codes Java knows, to their English country names. */
  private static final Map<String, String> COUNTRIES = countries();

  private final Map<String, String> objectives = new HashMap<>();
  private final Map<String, String> sectors = new HashMap<>();
  private final Map<String, String> adm1 = new HashMap<>();
  private final Map<String, String> adm2 = new HashMap<>();
  private final Map<String, String> groups = new HashMap<>();
  private final Map<String, String> subsets = new HashMap<>();
  private final List<Vocabulary> vocabularies;

  private RollupNames(Plan plan) {
    this.vocabularies = plan.getVocabularies();
    plan.getOperationalPresence().forEach(this::location);
    people(plan.getPeople());
    for (Objective o : plan.getObjectives()) {
      objectives.putIfAbsent(o.getId(), o.getTitle());
      people(o.getPeople());
      o.getSectors().forEach(this::sector);
    }
    plan.getSectors().forEach(this::sector);
  }

  static RollupNames of(Plan plan) {
    return new RollupNames(plan);
  }

  /** The name column written after a dimension's column, or null when the dimension has none. */
  static @Nullable String nameColumn(Dimension d) {
    return switch (d) {
      case OBJECTIVE -> "objective_title";
      case SECTOR -> "sector_name";
      case COUNTRY -> "country_name";
      case ADM1 -> "adm1_name";
      case ADM2 -> "adm2_name";
      case POPULATION_GROUP -> "population_group_name";
      case SUBSET -> "subset_name";
      case PLAN, SEX, AGE, PERIOD -> null;
    };
  }

  /** The dimension columns of a table of {@code dims}, each name column right after its code column. */
  static List<String> columns(Set<Dimension> dims) {
    List<String> columns = new ArrayList<>();
    for (Dimension d : dims) {
      columns.add(d.column());
      String name = nameColumn(d);
      if (name != null) {
        columns.add(name);
      }
    }
    return columns;
  }

  /**
   * A row of the table without names (one cell per dimension of {@code dims}, then the measures) with the names
   * inserted after their codes.
   */
  List<@Nullable Object> withNames(Set<Dimension> dims, List<@Nullable Object> row) {
    List<@Nullable Object> out = new ArrayList<>(row.size() + dims.size());
    int i = 0;
    for (Dimension d : dims) {
      Object code = row.get(i++);
      out.add(code);
      if (nameColumn(d) != null) {
        out.add(code == null ? null : name(d, code.toString()));
      }
    }
    out.addAll(row.subList(i, row.size()));
    return out;
  }

  private @Nullable String name(Dimension d, String code) {
    return switch (d) {
      case OBJECTIVE -> objectives.get(code);
      case SECTOR -> sectors.get(code);
      case COUNTRY -> COUNTRIES.get(code);
      case ADM1 -> adm1.get(code);
      case ADM2 -> adm2.get(code);
      case POPULATION_GROUP -> groups.get(code);
      case SUBSET -> subsets.get(code);
      case PLAN, SEX, AGE, PERIOD -> null;
    };
  }

  private void sector(Sector s) {
    name(s.getCode()).ifPresent(n -> sectors.putIfAbsent(s.getCode().getCode(), n));
    people(s.getPeople());
    for (Activity a : s.getActivities()) {
      people(a.getPeople());
    }
  }

  private void people(Optional<PeopleFigures> people) {
    if (people.isEmpty()) {
      return;
    }
    for (PeopleCell c : people.get().getBreakdown()) {
      c.getLocation().ifPresent(this::location);
      c.getPopulationGroup().ifPresent(g -> name(g).ifPresent(n -> groups.putIfAbsent(g.getCode(), n)));
      c.getSubset().ifPresent(x -> name(x).ifPresent(n -> subsets.putIfAbsent(x.getCode(), n)));
    }
  }

  private void location(Location l) {
    if (l.getAdmin1Code().isPresent() && l.getAdmin1Name().isPresent()) {
      adm1.putIfAbsent(l.getAdmin1Code().get(), l.getAdmin1Name().get());
    }
    if (l.getAdmin2Code().isPresent() && l.getAdmin2Name().isPresent()) {
      adm2.putIfAbsent(l.getAdmin2Code().get(), l.getAdmin2Name().get());
    }
  }

  /** A code's name: its own, else the plan's vocabulary's, else the built-in vocabulary's; empty when none. */
  private Optional<String> name(Code code) {
    if (code.getName().isPresent()) {
      return code.getName().filter(n -> !n.isBlank());
    }
    for (Vocabulary v : vocabularies) {
      if (v.getId().equals(code.getVocabulary()) && v.getCodes().containsKey(code.getCode())) {
        return Optional.ofNullable(v.getCodes().get(code.getCode())).filter(n -> !n.isBlank());
      }
    }
    return Vocabularies.builtIn(code.getVocabulary()).map(v -> v.getCodes().get(code.getCode()))
        .filter(n -> !n.isBlank());
  }

  private static Map<String, String> countries() {
    Map<String, String> names = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale region = new Locale.Builder().setRegion(alpha2).build();
      try {
        names.put(region.getISO3Country(), region.getDisplayCountry(Locale.ENGLISH));
      } catch (MissingResourceException e) {
        // a region without an alpha-3 code has no name here
      }
    }
    return Map.copyOf(names);
  }
}
