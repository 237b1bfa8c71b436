package org.responseplan.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

  public AgeBand {
    if (fromYears < 0 || fromYears > 150) {
      throw new InvalidPlanException(Rule.INVALID_VALUE, "ageBand", fromYears,
          "must start at an age between 0 and 150", "an age band such as 0-17 or 60+");
    }
    if (toYears != null && (toYears < fromYears || toYears > 150)) {
      throw new InvalidPlanException(Rule.INVALID_VALUE, "ageBand", fromYears + "-" + toYears,
          "must end at an age between its start and 150", "an age band such as 0-17 or 60+");
    }
  }

  /** Parses {@code "0-17"} or {@code "60+"}; fails with {@link InvalidPlanException} on anything else. */
  public static AgeBand parse(String text) {
    try {
      if (text.endsWith("+")) {
        return new AgeBand(Integer.parseInt(text.substring(0, text.length() - 1)), null);
      }
      int dash = text.indexOf('-');
      if (dash > 0) {
        return new AgeBand(Integer.parseInt(text.substring(0, dash)),
            Integer.parseInt(text.substring(dash + 1)));
      }
    } catch (NumberFormatException | InvalidPlanException e) {
      // fall through to the common error, which reports the text as written
    }
    throw new InvalidPlanException(Rule.INVALID_VALUE, "ageBand", text,
        "must be written as from-to (\"0-17\") or from+ (\"60+\")",
        "an age band such as 0-17 or 60+");
  }

  public Optional<Integer> to() {
    return Optional.ofNullable(toYears);
  }

  /** The written form, {@code "0-17"} or {@code "60+"}. */
  @Override
  public String toString() {
    return toYears == null ? fromYears + "+" : fromYears + "-" + toYears;
  }
}
