package org.responseplan.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of one indicator formula, with its working: the formula, the inputs it used (as text, in order), and
 * either a value or the reason it is undefined.
 *
 * @param indicator what was computed, such as {@code funding coverage}
 * @param formula the formula in words, such as {@code funding / requirements}
 * @param inputs each input by name, as text ({@code "funding" -> "120 USD"}; {@code "not reported"} when missing)
 * @param value the exact value (a ratio for coverage, an amount for a gap), or null when undefined
 * @param unit what the value counts: {@code ratio}, a currency code, {@code USD per person}
 * @param undefined why there is no value, or null when there is one
 */
public record Calculation(String indicator, String formula, Map<String, String> inputs, @Nullable BigDecimal value,
    String unit, @Nullable Undefined undefined) {

  /** Division precision for ratios: 34 significant digits (IEEE 754 decimal128), far beyond any published figure. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Calculation {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(formula, "formula");
    inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    if ((value == null) == (undefined == null)) {
      throw new IllegalArgumentException("a calculation has either a value or a reason it is undefined");
    }
  }

  static Calculation of(String indicator, String formula, Map<String, String> inputs, BigDecimal value,
      String unit) {
    return new Calculation(indicator, formula, inputs, value, unit, null);
  }

  static Calculation undefined(String indicator, String formula, Map<String, String> inputs, String unit,
      Undefined why) {
    return new Calculation(indicator, formula, inputs, null, unit, why);
  }

  public boolean isDefined() {
    return value != null;
  }

  /** The exact value; empty when undefined. */
  public Optional<BigDecimal> exact() {
    return Optional.ofNullable(value);
  }

  /** The value as a percentage rounded by {@code rounding} (for ratios); empty when undefined. Never capped at 100. */
  public Optional<BigDecimal> percent(Rounding rounding) {
    return exact().map(v -> rounding.apply(v.multiply(HUNDRED)));
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
    return new Calculation(indicator, formula, in, value, unit, undefined);
  }

  /**
   * Why the value is undefined, naming the inputs: {@code "funding not reported"}, {@code "requirements is zero"},
   * {@code "targeted is given as text: \"At risk communities\""}; empty text when the value is defined.
   */
  public String reason() {
    if (undefined == null) {
      return "";
    }
    if (undefined == Undefined.DENOMINATOR_NOT_REPORTED || undefined == Undefined.NUMERATOR_NOT_REPORTED) {
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
    if (undefined == Undefined.DENOMINATOR_ZERO) {
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
    return undefined.description();
  }

  /** The working in one line: {@code funding coverage = funding / requirements = 120 USD / 100 USD = 1.2}. */
  public String explain() {
    StringBuilder b = new StringBuilder(indicator).append(" = ").append(formula).append(" with ");
    String sep = "";
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      b.append(sep).append(e.getKey()).append(" = ").append(e.getValue());
      sep = ", ";
    }
    if (value != null) {
      return b.append(": ").append(value.stripTrailingZeros().toPlainString()).append(' ').append(unit).toString();
    }
    return b.append(": undefined, ").append(reason()).toString();
  }

  @Override
  public String toString() {
    return explain();
  }
}
