package org.responseplan.model;

import java.util.Optional;

/** Sex as reported in humanitarian disaggregations (R4V reports women, men and other). */
public enum Sex {
  FEMALE,
  MALE,
  /** Other or not stated; reported as its own cell, never dropped. */
  OTHER;

  /** The JSON form: {@code female}, {@code male}, {@code other}. */
  public String jsonName() {
    return JsonNames.of(this);
  }

  public static Optional<Sex> fromJsonName(String name) {
    return JsonNames.find(Sex.class, name);
  }
}
