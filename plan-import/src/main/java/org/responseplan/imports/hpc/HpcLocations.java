package org.responseplan.imports.hpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Arr;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Null;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.model.Location;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The locations of an HPC answer ({@code data.locations}) as the model's: admin levels 0 to 2, each placed in its
 * ISO 3166-1 alpha-3 country (from its admin-0 ancestor, else the answer's only country, else its p-code).
 */
final class HpcLocations {
  private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());

  /** Where an HPC location is in the model, or why it cannot be placed. */
  record Place(@Nullable Location location, String problem) {}

  private final HpcSource src;
  /** HPC locations by id, in the answer's order. */
  final Map<String, Obj> locations = new LinkedHashMap<>();
  private final Map<String, String> locationPointers = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  /** The countries of the answer's admin-0 locations. */
  final Set<String> countries = new LinkedHashSet<>();
  /** Admin-0 locations (by identity) and their ISO3 code, or null when they have none. */
  @SuppressWarnings("IdentityHashMapUsage") // keyed by the location object itself, never compared by content
  private final Map<Obj, @Nullable String> countryCodes = new IdentityHashMap<>();

  HpcLocations(HpcSource src) {
    this.src = src;
  }

  /** Reads {@code data.locations}, and notes the plan's countries. */
  void read(Obj data) {
    Arr list = data.arr("locations");
    Node node = data.member("locations");
    if (list == null) {
      if (node != null && !(node instanceof Null)) {
        src.finding(Finding.of(Rule.WRONG_TYPE, src.base + "/locations", node.excerpt(), src.locale, "an array")
            .at(node.line(), node.column()));
        src.report.skipped("locations", "not an array: no figure can be placed", null);
      }
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      Node n = list.items().get(i);
      String pointer = src.base + "/locations/" + i;
      String id = n instanceof Obj o ? o.text("id") : null;
      if (id == null) {
        src.finding(Finding.of(Rule.REQUIRED_FIELD, pointer + "/id", null, src.locale).withSeverity(Severity.WARNING)
            .at(n.line(), n.column()));
        src.report.skipped("locations[]", "no id: no figure can refer to it", pointer);
        continue;
      }
      Obj o = (Obj) n;
      locations.putIfAbsent(id, o);
      locationPointers.putIfAbsent(id, pointer);
      for (String coordinate : List.of("latitude", "longitude")) {
        if (o.member(coordinate) != null) {
          src.report.skipped("locations[]." + coordinate,
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
  int levelOf(@Nullable String id) {
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

  /** Where a location id is in the model, or why it cannot be placed (a finding the first time). */
  Place place(@Nullable String id) {
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
    String pointer = locationPointers.getOrDefault(id, "/data/locations");
    int level = level(l);
    String pcode = l.text("pcode");
    String name = l.text("name");
    if (level < 0 || level > 2) {
      String problem = level < 0 ? "location " + id + " has no admin level"
          : "location " + id + " is at admin level " + level + ", deeper than admin-2, the deepest the model has";
      src.finding(Finding.of(Rule.INVALID_VALUE, pointer + "/adminLevel", l.text("adminLevel"), src.locale,
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
        src.report.mapped("locations[parentLocationId].pcode", "breakdown/*/location/admin1Code");
        if (parent.text("name") != null) {
          b.admin1Name(parent.text("name"));
          src.report.mapped("locations[parentLocationId].name", "breakdown/*/location/admin1Name");
        }
      }
      if (pcode != null) {
        b.admin2Code(pcode);
        src.report.mapped("locations[adminLevel=2].pcode", "breakdown/*/location/admin2Code");
      }
      if (name != null) {
        b.admin2Name(name);
        src.report.mapped("locations[adminLevel=2].name", "breakdown/*/location/admin2Name");
      }
    } else if (level == 1) {
      if (pcode != null) {
        b.admin1Code(pcode);
        src.report.mapped("locations[adminLevel=1].pcode", "breakdown/*/location/admin1Code");
      }
      if (name != null) {
        b.admin1Name(name);
        src.report.mapped("locations[adminLevel=1].name", "breakdown/*/location/admin1Name");
      }
    } else if (name != null) {
      src.report.skipped("locations[adminLevel=0].name", "the model names a country by its ISO 3166-1 alpha-3 code",
          name);
    }
    Node idNode = l.member("id");
    if (idNode != null) {
      b.putExtensions("x-hpc-location-id", JsonTree.raw(idNode));
    }
    src.report.kept("locations[].id", "breakdown/*/location/x-hpc-location-id", null);
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
      if (level(o) == 0 && !isSame(o, l)) {
        String c = countryCode(o, locationPointers.get(o.text("id")));
        if (c != null && !planCountries.contains(c)) {
          planCountries.add(c);
        }
      }
    }
    if (planCountries.size() == 1) {
      src.report.defaulted("locations[].parentLocationId", "breakdown/*/location/country",
          "the location has no admin-0 ancestor; the answer's only country is used", id);
      return planCountries.get(0);
    }
    String pcode = l.text("pcode");
    if (pcode != null && pcode.length() > 2) {
      String iso3 = iso2To3(pcode.substring(0, 2));
      if (iso3 != null) {
        src.report.defaulted("locations[].pcode", "breakdown/*/location/country",
            "the location has no admin-0 ancestor; p-codes start with the ISO 3166-1 alpha-2 code", pcode);
        return iso3;
      }
    }
    src.finding(Finding.of(Rule.INVALID_COUNTRY, pointer, l.text("name"), src.locale).withSeverity(Severity.WARNING)
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

  private @Nullable String readCountryCode(Obj l0, @Nullable String pointer) {
    String iso3 = l0.text("iso3");
    if (iso3 != null && SourceValues.isCountry(iso3.toUpperCase(Locale.ROOT))) {
      src.report.mapped("locations[adminLevel=0].iso3", "breakdown/*/location/country");
      return iso3.toUpperCase(Locale.ROOT);
    }
    String pcode = l0.text("pcode");
    if (pcode != null) {
      String upper = pcode.toUpperCase(Locale.ROOT);
      if (upper.length() == 3 && SourceValues.isCountry(upper)) {
        src.report.mapped("locations[adminLevel=0].pcode", "breakdown/*/location/country");
        return upper;
      }
      String converted = upper.length() == 2 ? iso2To3(upper) : null;
      if (converted != null) {
        src.report.defaulted("locations[adminLevel=0].pcode", "breakdown/*/location/country",
            "an ISO 3166-1 alpha-2 p-code, converted to alpha-3", pcode + " -> " + converted);
        return converted;
      }
    }
    src.finding(Finding.of(Rule.INVALID_COUNTRY, pointer == null ? src.base + "/locations" : pointer,
        l0.text("name"), src.locale).withSeverity(Severity.WARNING).at(l0.line(), l0.column()));
    return null;
  }

  private static @Nullable String iso2To3(String iso2) {
    if (!ISO2.contains(iso2)) {
      return null;
    }
    String iso3 = new Locale.Builder().setRegion(iso2).build().getISO3Country();
    return SourceValues.isCountry(iso3) ? iso3 : null;
  }

  /** Whether two locations are the same object of the answer (not merely equal content). */
  @SuppressWarnings("ReferenceEquality")
  private static boolean isSame(Obj a, Obj b) {
    return a == b;
  }
}
