package org.responseplan.model.validation;

import java.util.Locale;

/** How much a finding matters: an error makes a plan invalid; a warning and an info do not. */
public enum Severity {
  /** The plan is invalid: a figure cannot hold or the document cannot be read as it is. */
  ERROR,
  /** Worth a look, but the plan stays valid: figures that rarely hold, data that was dropped. */
  WARNING,
  /** For the record only: what a reader did, such as keeping an unknown member. */
  INFO;

  /** {@return the JSON form: {@code error}, {@code warning}, {@code info}} */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
