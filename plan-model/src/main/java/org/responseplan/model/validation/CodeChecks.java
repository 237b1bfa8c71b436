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
  static void country(Context c, Pointer path, Location l) {
    if (!isCountry(l.getCountry())) {
      c.report(Rule.INVALID_COUNTRY, path.with("/country"), l.getCountry());
    }
  }

  /** {@link #country(Context, Pointer, Location)} on the location at {@code owner + suffix + index}. */
  static void country(Context c, Pointer owner, String suffix, int index, Location l) {
    if (!isCountry(l.getCountry())) {
      country(c, owner.plus(suffix, index), l);
    }
  }

  static void withinPresence(Context c, Pointer path, Location l) {
    if (!c.presence.isEmpty() && isCountry(l.getCountry()) && !c.presence.contains(l.getCountry())) {
      c.report(Rule.LOCATION_OUTSIDE_PRESENCE, path.with("/country"), l.getCountry());
    }
  }

  /**
   * {@code unknown-vocabulary} and {@code unknown-code}; blank parts are {@code required-field}. The code stands at
   * {@code owner + suffix}, followed by {@code index} unless it is negative.
   */
  static void code(Context c, Pointer owner, String suffix, int index, Code code) {
    Vocabulary v = c.vocabularies.get(code.getVocabulary());
    boolean blankVocabulary = code.getVocabulary().isBlank();
    boolean blankCode = code.getCode().isBlank();
    if (!blankVocabulary && !blankCode && v != null && v.contains(code.getCode())) {
      return; // the common case: nothing to report, no pointer built
    }
    Pointer path = index < 0 ? owner.plus(suffix) : owner.plus(suffix, index);
    TextChecks.required(c, path, "/vocabulary", code.getVocabulary());
    TextChecks.required(c, path, "/code", code.getCode());
    if (v == null) {
      if (!blankVocabulary) {
        c.report(Rule.UNKNOWN_VOCABULARY, path.with("/vocabulary"), code.getVocabulary());
      }
    } else if (!v.contains(code.getCode()) && !blankCode) {
      c.report(Rule.UNKNOWN_CODE, path.with("/code"), code.getCode(), code.getVocabulary());
    }
  }

  /** {@code duplicate-id}: identifiers of one kind are unique within the plan; the id stands at {@code owner/id}. */
  static void uniqueId(Context c, String kind, Pointer owner, String id) {
    Pointer first = c.ids.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, owner);
    if (first != null) {
      c.report(Rule.DUPLICATE_ID, owner.with("/id"), id, first.with("/id"));
    }
  }
}
