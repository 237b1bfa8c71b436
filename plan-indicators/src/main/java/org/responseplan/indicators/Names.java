package org.responseplan.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionaries of a 5W aggregation: sectors, areas (country, admin-1, admin-2) and population groups to dense ids,
 * shared by {@link ActivityColumns} and the {@link ReachCells} aggregated from it. Ids are given in order of first
 * use and never change; limits as in {@link ReachAggregator}'s packed keys.
 */
final class Names {
  static final int SECTOR_LIMIT = 1 << 12;
  static final int AREA_LIMIT = 1 << 24;
  static final int GROUP_LIMIT = 1 << 12;

  final List<String> sectors = new ArrayList<>();
  final List<String> groups = new ArrayList<>();
  final List<String> countries = new ArrayList<>();
  final List<String> adm1s = new ArrayList<>();
  final List<String> adm2s = new ArrayList<>();
  private final Map<String, Integer> sectorIds = new HashMap<>();
  private final Map<String, Integer> groupIds = new HashMap<>();
  private final Map<String, Map<String, Map<String, Integer>>> areaIds = new HashMap<>();

  int sector(String name) {
    Integer id = sectorIds.get(name);
    return id != null ? id : add(sectorIds, sectors, name, SECTOR_LIMIT, "sectors");
  }

  int group(String name) {
    Integer id = groupIds.get(name);
    return id != null ? id : add(groupIds, groups, name, GROUP_LIMIT, "population groups");
  }

  int area(String country, String adm1, String adm2) {
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

  int areas() {
    return countries.size();
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
