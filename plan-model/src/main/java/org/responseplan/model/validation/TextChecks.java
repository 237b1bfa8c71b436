package org.responseplan.model.validation;

/** Rule {@code required-field}: required text must not be blank. */
final class TextChecks {
  private TextChecks() {}

  /** {@code owner} followed by {@code field} ({@code "/id"}) is where the text stands. */
  static void required(Context c, Pointer owner, String field, String text) {
    if (text.isBlank()) {
      c.report(Rule.REQUIRED_FIELD, owner.with(field), text);
    }
  }
}
