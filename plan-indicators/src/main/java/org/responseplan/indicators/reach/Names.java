package org.responseplan.indicators.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionaries of a 5W aggregation: sectors, areas (country, admin-1, admin-2) and population groups to dense ids,
 * shared by the column store and the {@link ReachCells} aggregated from it. Ids are given in order of first use and
 * never change; the limits are those of the packed cell keys ({@link CellKeys}). Not thread-safe while growing.
 */
public final class Names {
  /** Distinct sectors, areas and population groups one aggregation can hold. */
  public static final int SECTOR_LIMIT = 1 << 12;
  /** Distinct areas (country, admin-1, admin-2) one aggregation can hold. */
  public static final int AREA_LIMIT = 1 << 24;
  /** Distinct population groups one aggregation can hold. */
  public static final int GROUP_LIMIT = 1 << 12;

  final List<String> sectors = new ArrayList<>();
  final List<String> groups = new ArrayList<>();
  final List<String> countries = new ArrayList<>();
  final List<String> adm1s = new ArrayList<>();
  final List<String> adm2s = new ArrayList<>();
  private final Map<String, Integer> sectorIds = new HashMap<>();
  private final Map<String, Integer> groupIds = new HashMap<>();
  private final Map<String, Map<String, Map<String, Integer>>> areaIds = new HashMap<>();

  /** Empty dictionaries. */
  public Names() {}

  /**
   * The id of a sector, given on first use.
   *
   * @param name the sector as reported
   * @return its id
   * @throws IllegalStateException past {@link #SECTOR_LIMIT} distinct sectors
   */
  public int sector(String name) {
    Integer id = sectorIds.get(name);
    return id != null ? id : add(sectorIds, sectors, name, SECTOR_LIMIT, "sectors");
  }

  /**
   * The id of a population group, given on first use.
   *
   * @param name the group as reported ("" when not reported)
   * @return its id
   * @throws IllegalStateException past {@link #GROUP_LIMIT} distinct groups
   */
  public int group(String name) {
    Integer id = groupIds.get(name);
    return id != null ? id : add(groupIds, groups, name, GROUP_LIMIT, "population groups");
  }

  /**
   * The id of an area, given on first use.
   *
   * @param country the country as reported
   * @param adm1 the admin-1 code, "" when not reported
   * @param adm2 the admin-2 code, "" when not reported
   * @return its id
   * @throws IllegalStateException past {@link #AREA_LIMIT} distinct areas
   */
  public int area(String country, String adm1, String adm2) {
    Map<String, Integer> byAdm2 = areaIds.computeIfAbsent(country, k -> new HashMap<>())
        .computeIfAbsent(adm1, k -> new HashMap<>());
    Integer id = byAdm2.get(adm2);
    if (id != null) {
      return id;
    }
    int next = countries.size();
    if (next == AREA_LIMIT) {
      throw new IllegalStateException("more than " + AREA_LIMIT + " distinct areas in one aggregator");
    }
    countries.add(country);
    adm1s.add(adm1);
    adm2s.add(adm2);
    byAdm2.put(adm2, next);
    return next;
  }

  /**
   * How many areas have an id.
   *
   * @return the count
   */
  public int areas() {
    return countries.size();
  }

  /**
   * How many sectors have an id.
   *
   * @return the count
   */
  public int sectors() {
    return sectors.size();
  }

  /**
   * How many population groups have an id.
   *
   * @return the count
   */
  public int groups() {
    return groups.size();
  }

  private static int add(Map<String, Integer> ids, List<String> names, String name, int limit, String what) {
    int next = names.size();
    if (next == limit) {
      throw new IllegalStateException("more than " + limit + " distinct " + what + " in one aggregator");
    }
    names.add(name);
    ids.put(name, next);
    return next;
  }
}
