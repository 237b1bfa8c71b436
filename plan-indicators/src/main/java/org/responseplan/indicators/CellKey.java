package org.responseplan.indicators;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.Sex;

/**
 * A cell of a breakdown: an area (country, admin-1, admin-2), population group, sex ({@code female}, ...) and age
 * band ({@code 0-17}, ...), and the subset of a subset cell; empty strings where not known (or not a subset).
 */
record CellKey(String country, String adm1, String adm2, String group, String sex, String age, String subset)
    implements Comparable<CellKey> {
  static final CellKey UNKNOWN = new CellKey("", "", "", "", "", "", "");

  private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::country)
      .thenComparing(CellKey::adm1).thenComparing(CellKey::adm2).thenComparing(CellKey::group)
      .thenComparing(CellKey::sex).thenComparing(CellKey::age, CellKey::compareAges)
      .thenComparing(CellKey::subset);

  static CellKey of(PeopleCell c) {
    Location l = c.getLocation().orElse(null);
    return new CellKey(l == null ? "" : l.getCountry(),
        l == null ? "" : l.getAdmin1Code().orElse(""),
        l == null ? "" : l.getAdmin2Code().orElse(""),
        c.getPopulationGroup().map(g -> g.getCode()).orElse(""),
        c.getSex().map(Sex::jsonName).orElse(""),
        c.getAgeBand().map(AgeBand::toString).orElse(""),
        c.getSubset().map(x -> x.getCode()).orElse(""));
  }

  /** The cell dimensions ({@link PeopleCell#getDimensions()} names) that {@code dims} asks for. */
  static Set<String> wanted(Set<Dimension> dims) {
    Set<String> wanted = new HashSet<>();
    if (dims.contains(Dimension.COUNTRY) || dims.contains(Dimension.ADM1) || dims.contains(Dimension.ADM2)) {
      wanted.add("location");
    }
    if (dims.contains(Dimension.POPULATION_GROUP)) {
      wanted.add("populationGroup");
    }
    if (dims.contains(Dimension.SEX)) {
      wanted.add("sex");
    }
    if (dims.contains(Dimension.AGE)) {
      wanted.add("ageBand");
    }
    if (dims.contains(Dimension.SUBSET)) {
      wanted.add("subset");
    }
    return wanted;
  }

  /**
   * Whether this key and {@code other} may hold the same people: the same group and sex and age, and areas one
   * within the other (or the same).
   */
  boolean overlaps(CellKey other) {
    return group.equals(other.group) && sex.equals(other.sex) && age.equals(other.age) && subset.equals(other.subset)
        && country.equals(other.country) && nested(adm1, other.adm1) && nested(adm2, other.adm2);
  }

  private static boolean nested(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** This key with sex and/or age blanked out. */
  CellKey withoutSexOrAge(boolean noSex, boolean noAge) {
    return noSex || noAge
        ? new CellKey(country, adm1, adm2, group, noSex ? "" : sex, noAge ? "" : age, subset) : this;
  }

  /** This key with the dimensions not asked for blanked out, so that distinct cells add up. */
  CellKey project(Set<Dimension> dims) {
    return new CellKey(dims.contains(Dimension.COUNTRY) ? country : "",
        dims.contains(Dimension.ADM1) ? adm1 : "",
        dims.contains(Dimension.ADM2) ? adm2 : "",
        dims.contains(Dimension.POPULATION_GROUP) ? group : "",
        dims.contains(Dimension.SEX) ? sex : "",
        dims.contains(Dimension.AGE) ? age : "",
        dims.contains(Dimension.SUBSET) ? subset : "");
  }

  /** Age bands by their first year, then their last (open-ended last); none first. */
  private static int compareAges(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(!a.isEmpty(), !b.isEmpty());
    }
    AgeBand x = AgeBand.parse(a);
    AgeBand y = AgeBand.parse(b);
    int from = Integer.compare(x.fromYears(), y.fromYears());
    if (from != 0) {
      return from;
    }
    return Integer.compare(x.to().orElse(Integer.MAX_VALUE), y.to().orElse(Integer.MAX_VALUE));
  }

  @Override
  public int compareTo(CellKey o) {
    return ORDER.compare(this, o);
  }
}

