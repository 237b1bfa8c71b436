package org.responseplan.model.validation;

import java.util.Locale;

/** How much a finding matters: an error makes a plan invalid; a warning and an info do not. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The JSON form: {@code error}, {@code warning}, {@code info}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
