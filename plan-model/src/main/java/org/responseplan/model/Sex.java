package org.responseplan.model;

import java.util.Optional;

/** Sex as reported in humanitarian disaggregations (R4V reports women, men and other). */
public enum Sex {
  /** Women and girls. */
  FEMALE,
  /** Men and boys. */
  MALE,
  /** Other or not stated; reported as its own cell, never dropped. */
  OTHER;

  /** {@return the JSON form: {@code female}, {@code male}, {@code other}} */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /**
   * The constant of a JSON form.
   *
   * @param name the JSON form, such as {@code female} (case-sensitive)
   * @return the constant; empty when {@code name} is not one of the JSON forms
   */
  public static Optional<Sex> fromJsonName(String name) {
    return JsonNames.find(Sex.class, name);
  }
}
