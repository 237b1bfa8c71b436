package org.responseplan.model.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import org.responseplan.model.Code;
import org.responseplan.model.Location;
import org.responseplan.model.Vocabulary;

/** Rules on codes: {@code invalid-country}, {@code location-outside-presence}, {@code unknown-vocabulary},
 *  {@code unknown-code}, {@code duplicate-id}. */
final class CodeChecks {
  /** ISO 3166-1 alpha-3 codes known to the Java runtime, plus XKX (Kosovo) as UN agencies and OCHA use it. */
  private static final Set<String> COUNTRIES;

  static {
    var all = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    all.add("XKX");
    COUNTRIES = Set.copyOf(all);
  }

  private CodeChecks() {}

  static boolean isCountry(String iso3) {
    return COUNTRIES.contains(iso3);
  }

  /** {@code invalid-country} on the location's country; {@code location-outside-presence} when the plan states an
   *  operational presence and the country is not in it. {@code path} points at the location object. */
  static void country(Context c, String path, Location l) {
    if (!isCountry(l.getCountry())) {
      c.report(Rule.INVALID_COUNTRY, path + "/country", l.getCountry());
    }
  }

  static void withinPresence(Context c, String path, Location l) {
    if (!c.presence.isEmpty() && isCountry(l.getCountry()) && !c.presence.contains(l.getCountry())) {
      c.report(Rule.LOCATION_OUTSIDE_PRESENCE, path + "/country", l.getCountry());
    }
  }

  /** {@code unknown-vocabulary} and {@code unknown-code}; blank parts are {@code required-field}. */
  static void code(Context c, String path, Code code) {
    TextChecks.required(c, path + "/vocabulary", code.getVocabulary());
    TextChecks.required(c, path + "/code", code.getCode());
    Vocabulary v = c.vocabularies.get(code.getVocabulary());
    if (v == null) {
      if (!code.getVocabulary().isBlank()) {
        c.report(Rule.UNKNOWN_VOCABULARY, path + "/vocabulary", code.getVocabulary());
      }
    } else if (!v.contains(code.getCode()) && !code.getCode().isBlank()) {
      c.report(Rule.UNKNOWN_CODE, path + "/code", code.getCode(), code.getVocabulary());
    }
  }

  /** {@code duplicate-id}: identifiers of one kind are unique within the plan. */
  static void uniqueId(Context c, String kind, String path, String id) {
    String first = c.ids.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, path);
    if (first != null) {
      c.report(Rule.DUPLICATE_ID, path, id, first);
    }
  }
}
