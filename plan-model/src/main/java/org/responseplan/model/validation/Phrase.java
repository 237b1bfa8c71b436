package org.responseplan.model.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Words inside a finding's message that are translated with it, such as what a value should have been ("a date such
 * as 2022-01-31", "una fecha como 2022-01-31"). Pass a phrase as the value or a detail of {@link Finding#of}: the
 * message shows it in the finding's language, and {@link Finding#value()} keeps its English text.
 *
 * <p>Its text is the {@code phrases} resource bundle's entry for {@link #key()}, a {@link java.text.MessageFormat}
 * pattern whose arguments are {@link #args()}; an argument may itself be a phrase.
 *
 * @param key the entry of the {@code phrases} bundle, such as {@code date-such-as}
 * @param args the phrase's arguments: text, or phrases translated in turn
 */
public record Phrase(String key, List<Object> args) {

  /**
   * @param key the entry of the {@code phrases} bundle
   * @param args the phrase's arguments; a phrase stays a phrase, anything else becomes its text ({@code null}:
   *     "null")
   * @throws NullPointerException if {@code key} or {@code args} is null
   */
  public Phrase {
    Objects.requireNonNull(key, "key");
    List<Object> copy = new ArrayList<>();
    for (@Nullable Object a : args) {
      copy.add(a instanceof Phrase ? a : String.valueOf(a));
    }
    args = List.copyOf(copy);
  }

  /**
   * A phrase of the {@code phrases} bundle.
   *
   * @param key the entry, such as {@code an-object} or {@code one-of}
   * @param args its arguments ({0}, {1}, ...): text, numbers or phrases
   * @return the phrase
   */
  public static Phrase of(String key, @Nullable Object... args) {
    return new Phrase(key, Arrays.asList(args));
  }

  /**
   * The phrase in {@code locale} (English for a language without messages, see {@link Finding#supportedLocales()}).
   *
   * @param locale the language
   * @return the text; the key itself when the bundle has no entry for it
   */
  public String in(Locale locale) {
    return Messages.phrase(this, locale);
  }

  /** The English text, as {@link Finding#value()} keeps it. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
