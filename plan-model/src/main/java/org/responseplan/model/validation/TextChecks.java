package org.responseplan.model.validation;

/** Rule {@code required-field}: required text must not be blank. */
final class TextChecks {
  private TextChecks() {}

  static void required(Context c, String path, String text) {
    if (text.isBlank()) {
      c.report(Rule.REQUIRED_FIELD, path, text);
    }
  }
}
