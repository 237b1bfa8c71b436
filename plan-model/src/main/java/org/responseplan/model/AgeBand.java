package org.responseplan.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.validation.Phrase;
import org.responseplan.model.validation.Rule;

/**
 * An age band in whole years, written as {@code "0-17"}, {@code "18-59"} or {@code "60+"} (open-ended).
 *
 * @param fromYears the first age in the band, at least 0
 * @param toYears the last age in the band (inclusive), or null when the band is open-ended
 */
public record AgeBand(int fromYears, @Nullable Integer toYears) {

  /** Children under 18: {@code 0-17}. */
  public static final AgeBand CHILDREN = new AgeBand(0, 17);
  /** Adults: {@code 18+}. */
  public static final AgeBand ADULTS = new AgeBand(18, null);

  /**
   * Checks the ages.
   *
   * @param fromYears the first age in the band, 0 to 150
   * @param toYears the last age in the band (inclusive), or null when open-ended
   * @throws InvalidPlanException when an age is outside 0 to 150 or the band ends before it starts ({@code
   *     invalid-value})
   */
  public AgeBand {
    if (fromYears < 0 || fromYears > 150) {
      throw new InvalidPlanException(Rule.INVALID_VALUE, "ageBand", fromYears,
          "must start at an age between 0 and 150", Phrase.of("an-age-band-such-as", "0-17", "60+"));
    }
    if (toYears != null && (toYears < fromYears || toYears > 150)) {
      throw new InvalidPlanException(Rule.INVALID_VALUE, "ageBand", fromYears + "-" + toYears,
          "must end at an age between its start and 150", Phrase.of("an-age-band-such-as", "0-17", "60+"));
    }
  }

  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("([0-9]{1,3})(?:-([0-9]{1,3})|(\\+))");

  /**
   * Parses {@code "0-17"} or {@code "60+"} (one to three ASCII digits per age); fails with
   * {@link InvalidPlanException} on anything else, naming the text as written.
   */
  /**
   * Parses the written form.
   *
   * @param text {@code "0-17"} or {@code "60+"}: one to three ASCII digits per age, no spaces
   * @return the band
   * @throws InvalidPlanException on any other text or an age outside 0 to 150 ({@code invalid-value}), naming the text
   *     as written
   */
  public static AgeBand parse(String text) {
    java.util.regex.Matcher m = FORM.matcher(text);
    if (m.matches()) {
      try {
        int from = Integer.parseInt(m.group(1));
        return m.group(3) != null ? new AgeBand(from, null) : new AgeBand(from, Integer.parseInt(m.group(2)));
      } catch (InvalidPlanException e) {
        // fall through to the common error, which reports the text as written
      }
    }
    throw new InvalidPlanException(Rule.INVALID_VALUE, "ageBand", text,
        "must be written as from-to (\"0-17\") or from+ (\"60+\"), ages 0 to 150",
        Phrase.of("an-age-band-such-as", "0-17", "60+"));
  }

  /** {@return the last age in the band, inclusive; empty when the band is open-ended ({@code 60+})} */
  public Optional<Integer> to() {
    return Optional.ofNullable(toYears);
  }

  /** The written form, {@code "0-17"} or {@code "60+"}. */
  @Override
  public String toString() {
    return toYears == null ? fromYears + "+" : fromYears + "-" + toYears;
  }
}
