package org.responseplan.imports.hxl;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.SourceValues;
import org.responseplan.model.AgeBand;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Modality;
import org.responseplan.model.Sex;

/**
 * Reading the values of HXL cells: numbers and months by the rules of {@link SourceValues} (shared by every
 * importer), sex, age bands, modalities.
 */
final class Values {
  private Values() {}

  /** A value, or why the text is not one. */
  record Parsed<T>(@Nullable T value, @Nullable String problem) {
    static <T> Parsed<T> ok(@Nullable T value) {
      return new Parsed<>(value, null);
    }

    static <T> Parsed<T> bad(String problem) {
      return new Parsed<>(null, problem);
    }

    boolean isBad() {
      return problem != null;
    }

    /** The problem's text, empty when there is none. */
    String why() {
      return problem == null ? "" : problem;
    }
  }

  static final String COUNT_EXPECTED = SourceValues.COUNT_EXPECTED;
  static final String NUMBER_EXPECTED = SourceValues.NUMBER_EXPECTED;
  static final String MONTH_EXPECTED = SourceValues.MONTH_EXPECTED;

  /** A decimal number by the rules of {@link SourceValues#decimal(String)}; null for a blank cell. */
  static Parsed<BigDecimal> decimal(String text) {
    SourceValues.Result<BigDecimal> r = SourceValues.decimal(text);
    return r.problem() != null ? Parsed.bad(r.problem().expected()) : Parsed.ok(r.value());
  }

  /**
   * A count of people by the rules of {@link SourceValues#count(String)}; null for a blank cell. A negative whole
   * number is read (the caller reports it as {@code negative-count}); a fraction, as any other text, is bad.
   */
  static Parsed<Long> count(String text) {
    SourceValues.Result<Long> r = SourceValues.count(text);
    SourceValues.Problem p = r.problem();
    if (p == null) {
      return Parsed.ok(r.value());
    }
    if (p.kind() == SourceValues.Kind.NEGATIVE && p.number() != null) {
      try {
        return Parsed.ok(p.number().longValueExact());
      } catch (ArithmeticException e) {
        return Parsed.bad(COUNT_EXPECTED);
      }
    }
    return Parsed.bad(p.expected());
  }

  /** A month by the rules of {@link SourceValues#month(String)}; null for a blank cell. */
  static Parsed<YearMonth> month(String text) {
    SourceValues.Result<YearMonth> r = SourceValues.month(text);
    return r.problem() != null ? Parsed.bad(r.problem().expected()) : Parsed.ok(r.value());
  }

  /** Lower case, accents removed, runs of spaces, '_' and '-' as one '-'; what vocabularies are matched on. */
  static String normalise(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
  }

  /** A sex, and the age band some words imply ("women" is female and 18 and over). */
  record SexAge(@Nullable Sex sex, @Nullable AgeBand age) {}

  private static final SexAge TOTAL = new SexAge(null, null);

  private static final Map<String, SexAge> SEX_WORDS = Map.ofEntries(
      Map.entry("f", new SexAge(Sex.FEMALE, null)), Map.entry("female", new SexAge(Sex.FEMALE, null)),
      Map.entry("femenino", new SexAge(Sex.FEMALE, null)), Map.entry("femenina", new SexAge(Sex.FEMALE, null)),
      Map.entry("m", new SexAge(Sex.MALE, null)), Map.entry("male", new SexAge(Sex.MALE, null)),
      Map.entry("masculino", new SexAge(Sex.MALE, null)), Map.entry("masculina", new SexAge(Sex.MALE, null)),
      Map.entry("i", new SexAge(Sex.OTHER, null)), Map.entry("o", new SexAge(Sex.OTHER, null)),
      Map.entry("x", new SexAge(Sex.OTHER, null)), Map.entry("other", new SexAge(Sex.OTHER, null)),
      Map.entry("intersex", new SexAge(Sex.OTHER, null)), Map.entry("otro", new SexAge(Sex.OTHER, null)),
      Map.entry("otra", new SexAge(Sex.OTHER, null)), Map.entry("otros", new SexAge(Sex.OTHER, null)),
      Map.entry("otras", new SexAge(Sex.OTHER, null)),
      Map.entry("women", new SexAge(Sex.FEMALE, AgeBand.ADULTS)),
      Map.entry("woman", new SexAge(Sex.FEMALE, AgeBand.ADULTS)),
      Map.entry("mujer", new SexAge(Sex.FEMALE, AgeBand.ADULTS)),
      Map.entry("mujeres", new SexAge(Sex.FEMALE, AgeBand.ADULTS)),
      Map.entry("men", new SexAge(Sex.MALE, AgeBand.ADULTS)), Map.entry("man", new SexAge(Sex.MALE, AgeBand.ADULTS)),
      Map.entry("hombre", new SexAge(Sex.MALE, AgeBand.ADULTS)),
      Map.entry("hombres", new SexAge(Sex.MALE, AgeBand.ADULTS)),
      Map.entry("girls", new SexAge(Sex.FEMALE, AgeBand.CHILDREN)),
      Map.entry("girl", new SexAge(Sex.FEMALE, AgeBand.CHILDREN)),
      Map.entry("ninas", new SexAge(Sex.FEMALE, AgeBand.CHILDREN)),
      Map.entry("nina", new SexAge(Sex.FEMALE, AgeBand.CHILDREN)),
      Map.entry("boys", new SexAge(Sex.MALE, AgeBand.CHILDREN)),
      Map.entry("boy", new SexAge(Sex.MALE, AgeBand.CHILDREN)),
      Map.entry("ninos", new SexAge(Sex.MALE, AgeBand.CHILDREN)),
      Map.entry("nino", new SexAge(Sex.MALE, AgeBand.CHILDREN)),
      Map.entry("total", TOTAL), Map.entry("all", TOTAL), Map.entry("todos", TOTAL), Map.entry("todas", TOTAL));

  static final String SEX_EXPECTED = "a sex: f, m, i (female, male, other), or women, men, girls, boys "
      + "(mujeres, hombres, niñas, niños), or blank or total for all";

  /** The sex (and implied age band) a cell of a sex column names; both null for a blank or "total" cell. */
  static Parsed<SexAge> sex(String text) {
    return word(text, SEX_WORDS, TOTAL, SEX_EXPECTED);
  }

  /**
   * The value a cell names by one of the words of a column; {@code ifBlank} for a blank cell, else the problem
   * {@code expected} for a word not in {@code words}.
   */
  private static <T> Parsed<T> word(String text, Map<String, T> words, @Nullable T ifBlank, String expected) {
    String t = normalise(text);
    if (t.isEmpty()) {
      return Parsed.ok(ifBlank);
    }
    T value = words.get(t);
    return value == null ? Parsed.bad(expected) : Parsed.ok(value);
  }

  private static final Map<String, AgeBand> AGE_WORDS = Map.ofEntries(
      Map.entry("children", AgeBand.CHILDREN), Map.entry("child", AgeBand.CHILDREN),
      Map.entry("minors", AgeBand.CHILDREN), Map.entry("under-18", AgeBand.CHILDREN),
      Map.entry("<18", AgeBand.CHILDREN), Map.entry("u18", AgeBand.CHILDREN),
      Map.entry("menores", AgeBand.CHILDREN), Map.entry("menores-de-18", AgeBand.CHILDREN),
      Map.entry("adults", AgeBand.ADULTS), Map.entry("adult", AgeBand.ADULTS),
      Map.entry("18-and-over", AgeBand.ADULTS), Map.entry(">=18", AgeBand.ADULTS),
      Map.entry("adultos", AgeBand.ADULTS), Map.entry("mayores-de-18", AgeBand.ADULTS),
      Map.entry("18-y-mas", AgeBand.ADULTS), Map.entry("elderly", new AgeBand(60, null)));

  static final String AGE_EXPECTED = "an age band: children (0-17), adults (18+), elderly (60+), or from-to such as "
      + "0-4 or from+ such as 60+, or blank or total for all ages";

  /** The age band a cell of an age column names; null for a blank or "total" cell. */
  static Parsed<AgeBand> age(String text) {
    String t = normalise(text);
    if (t.isEmpty() || t.equals("total") || t.equals("all") || t.equals("todos") || t.equals("todas")) {
      return Parsed.ok(null);
    }
    AgeBand a = AGE_WORDS.get(t);
    if (a != null) {
      return Parsed.ok(a);
    }
    try {
      return Parsed.ok(AgeBand.parse(t));
    } catch (InvalidPlanException e) {
      return Parsed.bad(AGE_EXPECTED);
    }
  }

  private static final Pattern AGE_ATTRIBUTE = Pattern.compile("age([0-9]{1,3})(?:_([0-9]{1,3})|plus)");

  /**
   * The age band an attribute names: {@code children} (0-17), {@code adults} (18+), {@code elderly} (60+),
   * {@code ageN_M} (N-M), {@code ageNplus} (N+); null for any other attribute.
   */
  static @Nullable AgeBand ageAttribute(String attribute) {
    switch (attribute) {
      case "children":
        return AgeBand.CHILDREN;
      case "adults":
        return AgeBand.ADULTS;
      case "elderly":
        return new AgeBand(60, null);
      default:
        break;
    }
    Matcher m = AGE_ATTRIBUTE.matcher(attribute);
    if (!m.matches()) {
      return null;
    }
    try {
      int from = Integer.parseInt(m.group(1));
      return m.group(2) == null ? new AgeBand(from, null) : new AgeBand(from, Integer.parseInt(m.group(2)));
    } catch (InvalidPlanException e) {
      return null;
    }
  }

  /** The sex an attribute names: {@code f}, {@code m}, {@code i} (other); null for any other attribute. */
  static @Nullable Sex sexAttribute(String attribute) {
    return switch (attribute) {
      case "f" -> Sex.FEMALE;
      case "m" -> Sex.MALE;
      case "i" -> Sex.OTHER;
      default -> null;
    };
  }

  private static final Map<String, Modality> MODALITY_WORDS = Map.ofEntries(
      Map.entry("in-kind", Modality.IN_KIND), Map.entry("inkind", Modality.IN_KIND),
      Map.entry("en-especie", Modality.IN_KIND), Map.entry("especie", Modality.IN_KIND),
      Map.entry("cash-or-voucher", Modality.CASH_OR_VOUCHER), Map.entry("cash", Modality.CASH_OR_VOUCHER),
      Map.entry("voucher", Modality.CASH_OR_VOUCHER), Map.entry("vouchers", Modality.CASH_OR_VOUCHER),
      Map.entry("cash-based", Modality.CASH_OR_VOUCHER), Map.entry("cbi", Modality.CASH_OR_VOUCHER),
      Map.entry("cva", Modality.CASH_OR_VOUCHER), Map.entry("efectivo", Modality.CASH_OR_VOUCHER),
      Map.entry("cupones", Modality.CASH_OR_VOUCHER), Map.entry("cupon", Modality.CASH_OR_VOUCHER),
      Map.entry("service", Modality.SERVICE), Map.entry("services", Modality.SERVICE),
      Map.entry("servicio", Modality.SERVICE), Map.entry("servicios", Modality.SERVICE),
      Map.entry("capacity-building", Modality.CAPACITY_BUILDING),
      Map.entry("fortalecimiento-de-capacidades", Modality.CAPACITY_BUILDING),
      Map.entry("infrastructure", Modality.INFRASTRUCTURE), Map.entry("infraestructura", Modality.INFRASTRUCTURE),
      Map.entry("other", Modality.OTHER), Map.entry("otro", Modality.OTHER), Map.entry("otra", Modality.OTHER));

  static final String MODALITY_EXPECTED = "a modality: in-kind, cash-or-voucher (cash, voucher, CBI, CVA), service, "
      + "capacity-building, infrastructure or other";

  /** The modality a cell names; null for a blank cell. */
  static Parsed<Modality> modality(String text) {
    return word(text, MODALITY_WORDS, null, MODALITY_EXPECTED);
  }
}
