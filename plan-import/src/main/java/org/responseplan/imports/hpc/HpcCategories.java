package org.responseplan.imports.hpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;

/**
 * The grammar of HPC disaggregation categories ({@code categoryLabel}, {@code categoryName}): a label is one or more
 * parts separated by a hyphen with a space on at least one side ({@code "Children - Female - Pakistan (District of
 * Return)"}, {@code "IDP - Total"}), in any order. Each part is a total word, a sex and/or age word, a population
 * group, a cross-cutting subset (disability) or a household count:
 *
 * <ul>
 *   <li>parts are compared by their letters and digits, case-insensitively ({@code "IDPs"} = {@code "Idps"});
 *   <li>a hyphen inside parentheses or brackets, or between two numbers ({@code "0 - 17"}), does not separate;
 *   <li>a hyphen without spaces separates only when every piece it leaves is a known word and at most one is a
 *       population group ({@code "Children-Female"}); otherwise the part is one name ({@code "Female-Headed
 *       Households"}, {@code "Non-Displaced"});
 *   <li>an age word or a sex word may carry its age range: {@code "Children (0-17)"}, {@code "Women 18-59"},
 *       {@code "60+"}, {@code "Under 5"}; the range given wins over the word's usual band.
 * </ul>
 *
 * <p>A label parses cleanly when it has at most one sex, one age band, one subset or household part, and no empty
 * part. Several group parts make one group, named by them in their order.
 */
final class HpcCategories {
  private HpcCategories() {}

  static final String HPC_CATEGORY = "hpc-category";
  static final AgeBand ADULTS_18_59 = new AgeBand(18, 59);
  private static final AgeBand ELDERLY = new AgeBand(60, null);

  /** What a whole label holds. */
  enum Kind {
    /** Only total words: the location's total, a cell naming the location only. */
    TOTAL,
    /** A cell by sex, age band and/or population group at the location. */
    CELL,
    /**
     * A cross-cutting subset that overlaps the other categories (people with disabilities, a famine-response
     * caseload): not a population group, since the groups of a location add up to its total and these would be
     * counted twice. A subset cell ({@code subset} = the {@code hpc-category} code), with its sex, age band and group.
     */
    SUBSET,
    /** A count of households, not people: kept in the extension {@code x-hpc-households}. */
    HOUSEHOLDS,
    /** Does not parse cleanly (two sexes, two age bands, an empty part, ...): not imported, with the reason. */
    INVALID
  }

  /** What one part of a label says. */
  enum PartKind { TOTAL, SEX_AGE, GROUP, SUBSET, HOUSEHOLDS }

  /**
   * One part of a label.
   *
   * @param text the part as written (spaces normalised)
   * @param kind what it says
   * @param sex its sex, for sex words
   * @param ageBand its age band, for age words with a fixed band
   * @param adults true for adult words whose band depends on the data ({@code 18-59} or {@code 18+})
   * @param code a group's code ({@code population-group:idps}, {@code hpc-category:non-displaced}), or the
   *     {@code hpc-category} code of a subset or household part
   */
  record Part(String text, PartKind kind, @Nullable Sex sex, @Nullable AgeBand ageBand, boolean adults,
      @Nullable Code code) {
    Part named(String newText) {
      return new Part(newText, kind, sex, ageBand, adults, code);
    }

    boolean known() {
      return switch (kind) {
        case TOTAL, SEX_AGE -> true;
        case GROUP -> code != null && !code.getVocabulary().equals(HPC_CATEGORY);
        case SUBSET -> KNOWN_WORDS.containsKey(key(text));
        case HOUSEHOLDS -> false;
      };
    }
  }

  /**
   * A parsed label.
   *
   * @param kind what the label holds
   * @param parts the parts read, in label order (a part without spaces around its hyphens may give several)
   * @param sex the sex, when a part names one
   * @param ageBand the age band, when a part fixes one (adult words do not: see {@code adults})
   * @param adults true when an adult word without range was read: {@code 18-59} or {@code 18+}, decided by the data
   * @param group the population group, when parts name one
   * @param groupName the group's name: its part as written (several group parts joined by " - ")
   * @param aside the {@code hpc-category} code of a subset or household part
   * @param asideName that part as written
   * @param problems why the label does not parse cleanly (empty when it does)
   * @param notes how the label was read where it is not plain (for the report)
   */
  record Category(Kind kind, List<Part> parts, @Nullable Sex sex, @Nullable AgeBand ageBand, boolean adults,
      @Nullable Code group, @Nullable String groupName, @Nullable Code aside, @Nullable String asideName,
      List<String> problems, List<String> notes) {}

  private static final Map<String, Part> KNOWN_WORDS = new HashMap<>();

  static {
    for (String w : List.of("total", "totals")) {
      KNOWN_WORDS.put(w, new Part(w, PartKind.TOTAL, null, null, false, null));
    }
    sexAge(Sex.FEMALE, null, false, "female", "females");
    sexAge(Sex.MALE, null, false, "male", "males");
    // IASC sex and age disaggregation: girls and boys are under 18; women and men are adults.
    sexAge(Sex.FEMALE, AgeBand.CHILDREN, false, "girl", "girls");
    sexAge(Sex.MALE, AgeBand.CHILDREN, false, "boy", "boys");
    sexAge(Sex.FEMALE, null, true, "woman", "women");
    sexAge(Sex.MALE, null, true, "man", "men");
    sexAge(null, AgeBand.CHILDREN, false, "child", "children");
    sexAge(null, null, true, "adult", "adults");
    sexAge(null, ELDERLY, false, "elderly", "elders", "olderpersons", "olderperson", "olderpeople",
        "elderlypersons", "elderlypeople", "olderadults");
    group("idps", "idps", "idp", "internallydisplacedpersons", "internallydisplacedpeople");
    group("refugees", "refugees", "refugee");
    group("returnees", "returnees", "returnee");
    group("host-community", "hostcommunities", "hostcommunity");
    group("migrants", "migrants", "migrant");
    group("asylum-seekers", "asylumseekers", "asylumseeker");
    group("stateless", "stateless", "statelesspersons", "statelesspeople");
    subset(Vocabularies.PEOPLE_SUBSET, "disability", "disability", "disabilities", "pwd", "pwds",
        "personswithdisabilities", "peoplewithdisabilities", "personswithdisability", "peoplewithdisability", "withdisabilities");
    subset(HPC_CATEGORY, "famine-response", "famineresponse");
  }

  private static void sexAge(@Nullable Sex sex, @Nullable AgeBand age, boolean adults, String... keys) {
    for (String k : keys) {
      KNOWN_WORDS.put(k, new Part(k, PartKind.SEX_AGE, sex, age, adults, null));
    }
  }

  private static void group(String code, String... keys) {
    for (String k : keys) {
      KNOWN_WORDS.put(k, new Part(k, PartKind.GROUP, null, null, false,
          Code.of(Vocabularies.POPULATION_GROUP, code)));
    }
  }

  private static void subset(String vocabulary, String code, String... keys) {
    for (String k : keys) {
      KNOWN_WORDS.put(k, new Part(k, PartKind.SUBSET, null, null, false, Code.of(vocabulary, code)));
    }
  }

  private static final Pattern HOUSEHOLDS = Pattern.compile("(?iu)\\bhouse-?holds?\\b");
  private static final Pattern DISABILITY = Pattern.compile("(?iu)\\bdisabilit(?:y|ies)\\b|\\bdisabled\\b");
  private static final String YEARS = "(?:\\s*(?:years?|yrs?|y)(?:\\s*old)?)?";
  private static final Pattern AGE_RANGE = Pattern.compile("(?iu)(\\d{1,3})\\s*[-\u2010-\u2014\u2212]\\s*(\\d{1,3})" + YEARS);
  private static final Pattern AGE_FROM = Pattern.compile(
      "(?iu)(\\d{1,3})\\s*\\+" + YEARS + "|(\\d{1,3})" + YEARS + "\\s*(?:and|or|&)\\s*(?:over|above|older|more)");
  private static final Pattern AGE_UNDER = Pattern.compile("(?iu)(?:under|below|less\\s+than|<)\\s*(\\d{1,3})" + YEARS);
  /** A word and an age range in parentheses or brackets: {@code Children (0-17)}. */
  private static final Pattern WITH_PARENTHESES = Pattern.compile("(?u)(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]");
  /** A word followed by an age range: {@code Girls 5-17 years}, {@code Children under 5}. */
  private static final Pattern WITH_RANGE = Pattern.compile("(?iu)(\\D*?)\\s*((?:under|below|less\\s+than|<)?\\s*\\d.*)");

  /**
   * Parses one category label. Never fails: a label that does not parse cleanly gives kind {@link Kind#INVALID}
   * with the problems.
   *
   * @param label the label as published
   * @return the label's parts and what they mean together
   */
  static Category parse(String label) {
    String text = normalise(label);
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    if (text.isEmpty()) {
      problems.add("an empty label");
    }
    for (String raw : split(text)) {
      String t = raw.strip();
      if (key(t).isEmpty()) {
        if (!text.isEmpty()) {
          problems.add("an empty part");
        }
        continue;
      }
      List<Part> read = classify(t);
      if (read.size() > 1) {
        notes.add("\"" + t + "\" is read as the parts " + String.join(", ", read.stream().map(Part::text).toList()));
      }
      parts.addAll(read);
    }
    return combine(parts, problems, notes);
  }

  private static Category combine(List<Part> parts, List<String> problems, List<String> notes) {
    Sex sex = null;
    String sexText = null;
    AgeBand age = null;
    boolean adults = false;
    String ageText = null;
    List<Part> groups = new ArrayList<>();
    Part aside = null;
    for (Part p : parts) {
      switch (p.kind()) {
        case SEX_AGE -> {
          if (p.sex() != null) {
            if (sex != null && sex != p.sex()) {
              problems.add("two sexes: \"" + sexText + "\" and \"" + p.text() + "\"");
            }
            sex = p.sex();
            sexText = p.text();
          }
          if (p.ageBand() != null || p.adults()) {
            if (ageText == null) {
              age = p.ageBand();
              adults = p.adults();
              ageText = p.text();
            } else if (!sameAge(age, adults, p)) {
              problems.add("two age bands: \"" + ageText + "\" and \"" + p.text() + "\"");
            } else if (adults && p.ageBand() != null) {
              age = p.ageBand(); // an adult word beside its range: the range fixes the band
              adults = false;
            }
          }
        }
        case GROUP -> groups.add(p);
        case SUBSET, HOUSEHOLDS -> {
          if (aside != null && !(aside.kind() == p.kind() && Objects.equals(aside.code(), p.code()))) {
            problems.add("two parts that are not people by sex, age or group: \"" + aside.text() + "\" and \""
                + p.text() + "\"");
          }
          aside = p;
        }
        case TOTAL -> { }
      }
    }
    Code group = null;
    String groupName = null;
    if (groups.size() == 1) {
      group = groups.get(0).code();
      groupName = groups.get(0).text();
    } else if (groups.size() > 1) {
      groupName = String.join(" - ", groups.stream().map(Part::text).toList());
      group = Code.of(HPC_CATEGORY, slug(groupName));
      notes.add("the parts " + String.join(", ", groups.stream().map(p -> "\"" + p.text() + "\"").toList())
          + " are one population group");
    }
    Kind kind;
    if (!problems.isEmpty()) {
      kind = Kind.INVALID;
    } else if (aside != null) {
      kind = aside.kind() == PartKind.HOUSEHOLDS ? Kind.HOUSEHOLDS : Kind.SUBSET;
    } else if (sex == null && age == null && !adults && group == null) {
      kind = Kind.TOTAL;
    } else {
      kind = Kind.CELL;
    }
    return new Category(kind, List.copyOf(parts), sex, age, adults, group, groupName,
        aside == null ? null : Objects.requireNonNull(aside.code()), aside == null ? null : aside.text(),
        List.copyOf(problems), List.copyOf(notes));
  }

  /**
   * Whether a further age part agrees with the band read so far: the same band, or an adult word beside a range
   * that starts at 18 ({@code "Women - 18-59"}), which the range then fixes.
   */
  private static boolean sameAge(@Nullable AgeBand age, boolean adults, Part p) {
    if (adults && p.adults() || age != null && age.equals(p.ageBand())) {
      return true;
    }
    return adults && p.ageBand() != null && p.ageBand().fromYears() == 18
        || p.adults() && age != null && age.fromYears() == 18;
  }

  /**
   * What one part says; several parts when it is known words joined by hyphens without spaces.
   *
   * @param text a part, stripped, with letters or digits
   * @return one part, or the pieces of a part split at its hyphens
   */
  static List<Part> classify(String text) {
    Part whole = single(text);
    if (whole.known()) {
      return List.of(whole);
    }
    List<String> pieces = splitBareHyphens(text);
    if (pieces.size() > 1) {
      List<Part> read = new ArrayList<>();
      int groups = 0;
      for (String piece : pieces) {
        Part p = key(piece).isEmpty() ? null : single(piece);
        if (p == null || !p.known()) {
          return List.of(whole);
        }
        groups += p.kind() == PartKind.GROUP ? 1 : 0;
        read.add(p);
      }
      if (groups <= 1) {
        return read;
      }
    }
    return List.of(whole);
  }

  private static Part single(String text) {
    Part word = KNOWN_WORDS.get(key(text));
    if (word != null) {
      return word.named(text);
    }
    Part ranged = withAgeRange(text);
    if (ranged != null) {
      return ranged;
    }
    if (HOUSEHOLDS.matcher(text).find()) {
      return new Part(text, PartKind.HOUSEHOLDS, null, null, false, Code.of(HPC_CATEGORY, slug(text)));
    }
    if (DISABILITY.matcher(text).find()) {
      return new Part(text, PartKind.SUBSET, null, null, false, Code.of(HPC_CATEGORY, slug(text)));
    }
    return new Part(text, PartKind.GROUP, null, null, false, Code.of(HPC_CATEGORY, slug(text)));
  }

  /** An age range alone ({@code 60+}), or a sex or age word with its range ({@code Children (0-17)}). */
  private static @Nullable Part withAgeRange(String text) {
    AgeBand alone = age(text);
    if (alone != null) {
      return new Part(text, PartKind.SEX_AGE, null, alone, false, null);
    }
    for (Pattern form : List.of(WITH_PARENTHESES, WITH_RANGE)) {
      Matcher m = form.matcher(text);
      if (!m.matches()) {
        continue;
      }
      AgeBand band = age(m.group(2).strip());
      Part head = KNOWN_WORDS.get(key(m.group(1)));
      if (band != null && head != null && head.kind() == PartKind.SEX_AGE) {
        return new Part(text, PartKind.SEX_AGE, head.sex(), band, false, null);
      }
    }
    return null;
  }

  /**
   * An age band written as a range: {@code 0-17}, {@code 18 - 59 years}, {@code 60+}, {@code 60 and over},
   * {@code under 5} (0-4). Null when the text is not one, or the range is not a valid band.
   */
  static @Nullable AgeBand age(String text) {
    try {
      Matcher m = AGE_RANGE.matcher(text);
      if (m.matches()) {
        return new AgeBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      m = AGE_FROM.matcher(text);
      if (m.matches()) {
        return new AgeBand(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), null);
      }
      m = AGE_UNDER.matcher(text);
      if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
        return new AgeBand(0, Integer.parseInt(m.group(1)) - 1);
      }
    } catch (RuntimeException e) {
      return null; // a range the model cannot hold (17-5, 200+) is no age band
    }
    return null;
  }

  /** Spaces of any kind as one space, stripped. */
  static String normalise(String label) {
    return label.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212';
  }

  /**
   * The parts of a label: split at hyphens (also the Unicode hyphens, en and em dashes and the minus sign) with a
   * space on at least one side, or at either end, outside parentheses and brackets and not between two numbers. When
   * the parentheses do not balance, they are ignored.
   */
  static List<String> split(String text) {
    List<String> parts = splitAt(text, true);
    if (parts != null) {
      return parts;
    }
    List<String> flat = splitAt(text, false); // without nesting no bracket can be unbalanced: never null
    return flat == null ? List.of(text.strip()) : flat;
  }

  private static @Nullable List<String> splitAt(String text, boolean nesting) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (nesting && (c == '(' || c == '[')) {
        depth++;
      } else if (nesting && (c == ')' || c == ']')) {
        depth--;
        if (depth < 0) {
          return null;
        }
      } else if (depth == 0 && isHyphen(c) && separates(text, i)) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (depth != 0) {
      return null;
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static boolean separates(String text, int i) {
    boolean atEnd = i == 0 || i == text.length() - 1;
    boolean spaced = atEnd || Character.isWhitespace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i + 1));
    if (!spaced || atEnd) {
      return spaced;
    }
    int before = i - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = i + 1;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    // "0 - 17" is an age range, not two parts.
    return !(before >= 0 && after < text.length() && Character.isDigit(text.charAt(before))
        && Character.isDigit(text.charAt(after)));
  }

  /** A part's pieces at hyphens outside parentheses (there are no spaced hyphens left in a part). */
  private static List<String> splitBareHyphens(String text) {
    List<String> pieces = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && isHyphen(c) && !(i > 0 && i + 1 < text.length()
          && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
        pieces.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    pieces.add(text.substring(start).strip());
    return pieces;
  }

  /** Letters and digits only, lower case: the form parts are compared in. */
  static String key(String label) {
    StringBuilder b = new StringBuilder(label.length());
    label.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** A code for a name of no known kind: lower case, runs of other characters as one hyphen. */
  static String slug(String label) {
    String s = label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "category" : s;
  }
}
