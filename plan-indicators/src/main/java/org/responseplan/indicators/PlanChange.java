package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a plan, found by {@link PlanDiff}: a value added, removed or changed, where
 * it stands in each document, and for a figure how much it changed.
 *
 * <p>Values are what the plan JSON format holds at the pointer: model values ({@code Money}, {@code Code},
 * {@code Location}, {@code Period}, a whole {@code Objective}, {@code Sector}, {@code Activity}, {@code PeopleCell},
 * {@code Indicator}, {@code Measurement}, {@code Vocabulary} or {@code Funding} when it was added or removed as a
 * whole), {@code String}, {@code Long} (people), {@code BigDecimal} (indicator values), {@code LocalDate}, {@code
 * RawJson} (extensions) or a {@code List} of these; enumerated values are given by their JSON names ({@code
 * in-kind}, {@code female}, {@code 0-17}).
 *
 * @param kind added, removed or changed
 * @param what the changed thing in words, with names rather than pointers, such as {@code Objective 2 "Address the
 *     drivers" requirements}
 * @param oldPath the RFC 6901 JSON Pointer of the value in the old document ({@code /objectives/1/requirements});
 *     empty for an added value
 * @param newPath its pointer in the new document; empty for a removed value. The two differ when elements were
 *     reordered, added or removed before it
 * @param oldValue the value in the old document; empty for an added value
 * @param newValue the value in the new document; empty for a removed value
 * @param unit for a figure, its unit ({@code USD}, {@code people}, or an indicator's unit); empty for other values
 * @param change for a changed figure, new minus old in {@code unit}; empty otherwise, and when the two amounts are in
 *     different currencies (nothing is converted)
 * @param relativeChange for a changed figure, (new - old) / old as a ratio calculation, undefined (with its reason)
 *     when the old figure is zero or the currencies differ; empty for other values
 */
public record PlanChange(Kind kind, String what, Optional<String> oldPath, Optional<String> newPath,
    Optional<Object> oldValue, Optional<Object> newValue, String unit, Optional<BigDecimal> change,
    Optional<Calculation> relativeChange) {

  /** Whether a value was added, removed or changed. */
  public enum Kind {
    /** Present in the new document only. */
    ADDED,
    /** Present in the old document only. */
    REMOVED,
    /** Present in both, with different values. */
    CHANGED;

    /** {@return the name used in JSON: {@code added}, {@code removed}, {@code changed}} */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks that each kind has the pointers and values it needs.
   *
   * @param kind added, removed or changed
   * @param what the changed thing in words
   * @param oldPath the pointer in the old document; empty for an added value
   * @param newPath the pointer in the new document; empty for a removed value
   * @param oldValue the old value; empty for an added value
   * @param newValue the new value; empty for a removed value
   * @param unit a figure's unit; {@code ""} for other values
   * @param change new minus old, for a changed figure of one unit
   * @param relativeChange (new - old) / old, for a changed figure
   * @throws IllegalArgumentException when an added change has an old pointer or value or lacks a new one, a removed
   *     change the reverse, or a changed one lacks either side
   */
  public PlanChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(what, "what");
    boolean hasOld = oldPath.isPresent() && oldValue.isPresent();
    boolean hasNew = newPath.isPresent() && newValue.isPresent();
    boolean ok = switch (kind) {
      case ADDED -> hasNew && oldPath.isEmpty() && oldValue.isEmpty();
      case REMOVED -> hasOld && newPath.isEmpty() && newValue.isEmpty();
      case CHANGED -> hasOld && hasNew;
    };
    if (!ok) {
      throw new IllegalArgumentException("a change of kind " + kind.jsonName() + " of " + what
          + " needs " + switch (kind) {
            case ADDED -> "a new pointer and value only";
            case REMOVED -> "an old pointer and value only";
            case CHANGED -> "both pointers and both values";
          });
    }
  }

  /**
   * The relative change in percent, rounded.
   *
   * @param rounding how to round, such as {@link Rounding#FTS} (two decimals)
   * @return the percentage, negative for a decrease; empty when this is not a figure's change or the percentage is
   *     undefined (an old figure of zero, different currencies)
   */
  public Optional<BigDecimal> changePercent(Rounding rounding) {
    return relativeChange.flatMap(c -> c.percent(rounding));
  }
}
