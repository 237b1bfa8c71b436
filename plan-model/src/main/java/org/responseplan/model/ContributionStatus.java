package org.responseplan.model;

import java.util.Optional;

/** The stage of a contribution, as FTS records it: a pledge, a commitment, or paid. */
public enum ContributionStatus {
  /** Promised, not yet committed by a signed agreement. */
  PLEDGED,
  /** Committed by a signed agreement, not yet paid. */
  COMMITTED,
  /** Paid out. */
  PAID;

  /** {@return the JSON form: {@code pledged}, {@code committed}, {@code paid}} */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /**
   * The constant of a JSON form.
   *
   * @param name the JSON form, such as {@code paid} (case-sensitive)
   * @return the constant; empty when {@code name} is not one of the JSON forms
   */
  public static Optional<ContributionStatus> fromJsonName(String name) {
    return JsonNames.find(ContributionStatus.class, name);
  }
}
