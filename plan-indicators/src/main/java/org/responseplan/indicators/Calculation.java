package org.responseplan.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of one indicator formula, with its working: the formula, the inputs it used (as text, in order), what
 * kind of figure it is ({@link Kind}), and either an exact value or the reason it has none.
 *
 * <p>Made by {@link Calculators} only. The value is read with {@link #exact()}; a percentage with
 * {@link #percent(Rounding)}, which a {@linkplain Kind#RATIO ratio} alone has (an amount such as a funding gap of
 * 60 USD is no percentage: asking for one fails).
 */
public final class Calculation {

  /** Division precision for ratios: 34 significant digits (IEEE 754 decimal128), far beyond any published figure. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What kind of figure a calculation gives, and so what may be done with it. */
  public enum Kind {
    /** A ratio of two figures (coverage, progress, a share): 0.41 is 41 %; the only kind with a percentage. */
    RATIO,
    /** An amount of money in the calculation's {@linkplain #unit() currency} (funding gap, over-funding). */
    AMOUNT,
    /** An amount of money per person (cost per person targeted), unit such as {@code USD per person}. */
    AMOUNT_PER_PERSON
  }

  private final String indicator;
  private final String formula;
  private final Map<String, String> inputs;
  private final Kind kind;
  private final String unit;
  private final @Nullable BigDecimal value;
  private final @Nullable Undefined reasonCode;

  private Calculation(String indicator, String formula, Map<String, String> inputs, Kind kind, String unit,
      @Nullable BigDecimal value, @Nullable Undefined reasonCode) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.formula = Objects.requireNonNull(formula, "formula");
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.unit = Objects.requireNonNull(unit, "unit");
    if ((value == null) == (reasonCode == null)) {
      throw new IllegalArgumentException("a calculation has either a value or a reason it is undefined");
    }
    this.value = value;
    this.reasonCode = reasonCode;
  }

  /** A ratio with its value. */
  static Calculation ratio(String indicator, String formula, Map<String, String> inputs, BigDecimal value) {
    return new Calculation(indicator, formula, inputs, Kind.RATIO, "ratio", value, null);
  }

  /** A ratio without a value. */
  static Calculation undefinedRatio(String indicator, String formula, Map<String, String> inputs, Undefined why) {
    return new Calculation(indicator, formula, inputs, Kind.RATIO, "ratio", null, why);
  }

  /** An amount or an amount per person, with its value. */
  static Calculation of(String indicator, String formula, Map<String, String> inputs, Kind kind, String unit,
      BigDecimal value) {
    return new Calculation(indicator, formula, inputs, kind, unit, value, null);
  }

  /** An amount or an amount per person, without a value. */
  static Calculation undefined(String indicator, String formula, Map<String, String> inputs, Kind kind, String unit,
      Undefined why) {
    return new Calculation(indicator, formula, inputs, kind, unit, null, why);
  }

  /**
   * What was computed.
   *
   * @return the indicator's name, such as {@code funding coverage}
   */
  public String indicator() {
    return indicator;
  }

  /**
   * The formula in words.
   *
   * @return such as {@code funding / requirements}
   */
  public String formula() {
    return formula;
  }

  /**
   * Each input by name, as text, in the formula's order.
   *
   * @return an unmodifiable map such as {@code "funding" -> "120 USD"}; an input that was not reported reads
   *     {@code not reported}, never 0
   */
  public Map<String, String> inputs() {
    return inputs;
  }

  /**
   * What kind of figure this is.
   *
   * @return {@link Kind#RATIO} for coverage, progress and shares; {@link Kind#AMOUNT} for a gap;
   *     {@link Kind#AMOUNT_PER_PERSON} for a cost per person
   */
  public Kind kind() {
    return kind;
  }

  /**
   * What the value counts.
   *
   * @return {@code ratio}, a currency code ({@code USD}; empty text when no amount was reported), or
   *     {@code USD per person}
   */
  public String unit() {
    return unit;
  }

  /**
   * Whether there is a value.
   *
   * @return true when {@link #exact()} is present
   */
  public boolean isDefined() {
    return value != null;
  }

  /**
   * The exact value, unrounded: a ratio (0.41 for 41 %), an amount, or an amount per person, as {@link #kind()} says.
   *
   * @return the value; empty when undefined ({@link #reason()} says why), never 0 in its place
   */
  public Optional<BigDecimal> exact() {
    return Optional.ofNullable(value);
  }

  /**
   * The value of a ratio as a percentage, rounded by {@code rounding}. Never capped at 100.
   *
   * @param rounding how to round, such as {@link Rounding#FTS}; {@link Rounding#EXACT} for no rounding
   * @return the percentage; empty when undefined
   * @throws IllegalStateException when this calculation is not a {@linkplain Kind#RATIO ratio}: an amount (a funding
   *     gap of 60 USD) has no percentage, and 6000 % would be wrong
   */
  public Optional<BigDecimal> percent(Rounding rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (kind != Kind.RATIO) {
      throw new IllegalStateException(indicator + " is " + (kind == Kind.AMOUNT ? "an amount" : "an amount per person")
          + (unit.isEmpty() ? "" : " (" + unit + ")") + ", not a ratio: it has no percentage; read it with exact()");
    }
    return exact().map(v -> rounding.apply(v.multiply(HUNDRED)));
  }

  /**
   * Why there is no value, as a stable code.
   *
   * @return the code; empty when the value is defined
   */
  public Optional<Undefined> reasonCode() {
    return Optional.ofNullable(reasonCode);
  }

  /** How an input given as text instead of a number starts: {@code given as text: "At risk communities"}. */
  static final String GIVEN_AS_TEXT = "given as text: ";

  /**
   * The same calculation with one of its inputs given as text instead of a number: a people figure the plan states
   * in words ({@link org.responseplan.model.PeopleFigures#getLabels()}). An input that is not reported then reads
   * {@code given as text: "At risk communities"}, and so does the {@link #reason()}; an input that has a number keeps
   * it (a label beside a number changes nothing in a calculation).
   *
   * @param input the name of an input, such as {@code targeted}
   * @param label the text the plan gives for it
   * @return this calculation when the input has a number, else a copy with the input given as text
   * @throws IllegalArgumentException when the calculation has no input of that name
   */
  public Calculation withLabel(String input, String label) {
    String current = inputs.get(input);
    if (current == null) {
      throw new IllegalArgumentException("no input " + input + "; the inputs are " + inputs.keySet());
    }
    if (!current.equals(Calculators.NOT_REPORTED)) {
      return this;
    }
    Map<String, String> in = new LinkedHashMap<>(inputs);
    in.put(input, GIVEN_AS_TEXT + "\"" + label + "\"");
    return new Calculation(indicator, formula, in, kind, unit, value, reasonCode);
  }

  /**
   * Why there is no value, in words that name the inputs.
   *
   * @return such as {@code "funding not reported"}, {@code "requirements is zero"},
   *     {@code "targeted is given as text: \"At risk communities\""}; empty text when the value is defined
   */
  public String reason() {
    if (reasonCode == null) {
      return "";
    }
    if (reasonCode == Undefined.DENOMINATOR_NOT_REPORTED || reasonCode == Undefined.NUMERATOR_NOT_REPORTED) {
      List<String> missing = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      inputs.forEach((k, v) -> {
        if (v.startsWith(Calculators.NOT_REPORTED)) {
          missing.add(k);
        } else if (v.startsWith(GIVEN_AS_TEXT)) {
          reasons.add(k + " is " + v);
        }
      });
      if (!missing.isEmpty()) {
        reasons.add(0, String.join(" and ", missing) + " not reported");
      }
      return String.join("; ", reasons);
    }
    if (reasonCode == Undefined.DENOMINATOR_ZERO) {
      List<String> zero = new ArrayList<>();
      inputs.forEach((k, v) -> {
        if (v.equals("0") || v.matches("0(\\.0+)? .*")) {
          zero.add(k);
        }
      });
      if (!zero.isEmpty()) {
        return String.join(" and ", zero) + (zero.size() == 1 ? " is zero" : " are zero");
      }
    }
    if (reasonCode == Undefined.PART_EXCEEDS_WHOLE) {
      return "part " + inputs.get("part") + " is more than whole " + inputs.get("whole")
          + ": a part is among its whole (were the two swapped?)";
    }
    return reasonCode.description();
  }

  /**
   * The working in one line.
   *
   * @return such as {@code funding coverage = funding / requirements with funding = 120 USD, requirements = 100 USD:
   *     1.2 ratio}, or {@code ...: undefined, requirements not reported}
   */
  public String explain() {
    StringBuilder b = new StringBuilder(indicator).append(" = ").append(formula).append(" with ");
    String sep = "";
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      b.append(sep).append(e.getKey()).append(" = ").append(e.getValue());
      sep = ", ";
    }
    if (value != null) {
      b.append(": ").append(value.stripTrailingZeros().toPlainString());
      return (unit.isEmpty() ? b : b.append(' ').append(unit)).toString();
    }
    return b.append(": undefined, ").append(reason()).toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Calculation c && indicator.equals(c.indicator) && formula.equals(c.formula)
        && inputs.equals(c.inputs) && kind == c.kind && unit.equals(c.unit) && Objects.equals(value, c.value)
        && reasonCode == c.reasonCode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, formula, inputs, kind, unit, value, reasonCode);
  }

  /** The same as {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
