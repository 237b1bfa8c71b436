package org.responseplan.imports.hpc;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;

/**
 * How HPC disaggregation categories ({@code categoryLabel} / {@code categoryName}) map onto the dimensions of a
 * breakdown cell. Categories are compared by their letters and digits only, case-insensitively ({@code "IDPs"},
 * {@code "Idps"} and {@code "idps"} are one category; so are {@code "Hostcommunities"} and {@code "Host communities"}).
 */
final class HpcCategories {
  private HpcCategories() {}

  /** What kind of figure a category holds. */
  enum Kind {
    /** The location's total: a cell naming the location only. */
    TOTAL,
    /** A cell by sex, age band and/or population group at the location. */
    CELL,
    /** Adults: {@code 18-59} when the same caseload reports elderly people at the location, else {@code 18+}. */
    ADULTS,
    /**
     * A cross-cutting subset that overlaps the other categories (people with disabilities, a famine-response
     * caseload): not a population group, since the groups of a location add up to its total and these would be
     * counted twice. Kept in the extension {@code x-hpc-subsets}.
     */
    SUBSET,
    /** Not known to this mapping: a population group in the plan-declared vocabulary {@code hpc-category}. */
    UNKNOWN
  }

  /**
   * One category's mapping.
   *
   * @param kind what the category holds
   * @param sex the sex, for sex categories
   * @param ageBand the age band, for age categories (adults are decided per location)
   * @param groupVocabulary the population group's vocabulary, for population-group categories
   * @param groupCode the population group's code (or the {@code hpc-category} code of a subset or unknown category)
   */
  record Mapping(Kind kind, @Nullable Sex sex, @Nullable AgeBand ageBand, @Nullable String groupVocabulary,
      @Nullable String groupCode) {}

  static final String HPC_CATEGORY = "hpc-category";

  private static final AgeBand ELDERLY = new AgeBand(60, null);
  static final AgeBand ADULTS_18_59 = new AgeBand(18, 59);

  private static final Map<String, Mapping> KNOWN = Map.ofEntries(
      Map.entry("total", new Mapping(Kind.TOTAL, null, null, null, null)),
      Map.entry("female", sex(Sex.FEMALE, null)),
      Map.entry("females", sex(Sex.FEMALE, null)),
      Map.entry("male", sex(Sex.MALE, null)),
      Map.entry("males", sex(Sex.MALE, null)),
      // IASC sex and age disaggregation: girls and boys are under 18, women and men 18 and over.
      Map.entry("girls", sex(Sex.FEMALE, AgeBand.CHILDREN)),
      Map.entry("boys", sex(Sex.MALE, AgeBand.CHILDREN)),
      Map.entry("women", sex(Sex.FEMALE, AgeBand.ADULTS)),
      Map.entry("men", sex(Sex.MALE, AgeBand.ADULTS)),
      Map.entry("children", age(AgeBand.CHILDREN)),
      Map.entry("adult", new Mapping(Kind.ADULTS, null, null, null, null)),
      Map.entry("adults", new Mapping(Kind.ADULTS, null, null, null, null)),
      Map.entry("elderly", age(ELDERLY)),
      Map.entry("olderpersons", age(ELDERLY)),
      Map.entry("olderpeople", age(ELDERLY)),
      Map.entry("idps", group("idps")),
      Map.entry("idp", group("idps")),
      Map.entry("internallydisplacedpersons", group("idps")),
      Map.entry("internallydisplacedpeople", group("idps")),
      Map.entry("refugees", group("refugees")),
      Map.entry("refugee", group("refugees")),
      Map.entry("returnees", group("returnees")),
      Map.entry("returnee", group("returnees")),
      Map.entry("hostcommunities", group("host-community")),
      Map.entry("hostcommunity", group("host-community")),
      Map.entry("migrants", group("migrants")),
      Map.entry("asylumseekers", group("asylum-seekers")),
      Map.entry("stateless", group("stateless")),
      Map.entry("statelesspersons", group("stateless")),
      Map.entry("disability", subset("disability")),
      Map.entry("disabilities", subset("disability")),
      Map.entry("pwd", subset("disability")),
      Map.entry("personswithdisabilities", subset("disability")),
      Map.entry("peoplewithdisabilities", subset("disability")),
      Map.entry("famineresponse", subset("famine-response")));

  private static Mapping sex(Sex sex, @Nullable AgeBand age) {
    return new Mapping(Kind.CELL, sex, age, null, null);
  }

  private static Mapping age(AgeBand age) {
    return new Mapping(Kind.CELL, null, age, null, null);
  }

  private static Mapping group(String code) {
    return new Mapping(Kind.CELL, null, null, Vocabularies.POPULATION_GROUP, code);
  }

  private static Mapping subset(String code) {
    return new Mapping(Kind.SUBSET, null, null, HPC_CATEGORY, code);
  }

  /** The mapping of a category label; unknown labels become population groups in {@code hpc-category}. */
  static Mapping of(String label) {
    Mapping known = KNOWN.get(key(label));
    return known != null ? known : new Mapping(Kind.UNKNOWN, null, null, HPC_CATEGORY, slug(label));
  }

  /** Letters and digits only, lower case: the form categories are compared in. */
  static String key(String label) {
    StringBuilder b = new StringBuilder(label.length());
    label.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** A code for a category of no known kind: lower case, runs of other characters as one hyphen. */
  static String slug(String label) {
    String s = label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "category" : s;
  }
}
