package org.responseplan.imports.hxl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An HXL hashtag with its attributes, such as {@code #targeted+f+children}: the hashtag {@code targeted} and the
 * attributes {@code f} and {@code children}.
 *
 * <p>Syntax ({@link #parse}): a {@code #}, a name, then any number of {@code +attribute}s. Names and attributes are
 * an ASCII letter followed by ASCII letters, digits and underscores; they are case-insensitive and kept in lower
 * case. Whitespace is tolerated before and after the tag and around each {@code +} ({@code " #Targeted +F+children"}
 * is {@code #targeted+f+children}). The order of attributes does not matter and a repeated attribute counts once;
 * {@link #toString()} writes them in the order first given.
 *
 * <p><b>Matching is exact about attributes</b> ({@link #matches}): a query matches a column when the hashtags are
 * equal and both carry the same attributes, {@linkplain #isInformational informational} attributes aside. So
 * {@code #targeted+f} matches a {@code #targeted+f} column and never {@code #targeted+m}, {@code #targeted} or
 * {@code #targeted+f+children}; {@code #inneed+idps} never takes {@code #inneed+idps+f}. Informational attributes
 * are language tags ({@code +es}, {@code +en}, {@code +i_fr}, ...): a column's language tags are ignored unless the
 * query names one, and a language tag the query names must be on the column. {@code +code} and {@code +name} are
 * <em>not</em> informational: {@code #adm1} and {@code #adm1+code} hold different values and never match each
 * other.
 */
public final class HxlTag {
  /** Bare ISO 639-1 codes used as language attributes in HXL 1.0 style tags ({@code #sector+es}). */
  private static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "pt", "ar", "ru", "zh");
  /** HXL 1.1 language attributes: {@code +i_en}, {@code +i_es}, ... */
  private static final Pattern I_LANGUAGE = Pattern.compile("i_[a-z]{2,3}");

  private final String hashtag;
  private final Set<String> attributes;

  private HxlTag(String hashtag, Set<String> attributes) {
    this.hashtag = hashtag;
    this.attributes = Collections.unmodifiableSet(attributes);
  }

  /**
   * Parses a tag such as {@code "#Targeted +F+children"}.
   *
   * @param text the tag as written in a hashtag row or a query; whitespace around it and around each {@code +} is
   *     tolerated
   * @return the tag, hashtag and attributes in lower case
   * @throws IllegalArgumentException when the text is not a valid tag; the message names the text and what is wrong
   */
  public static HxlTag parse(String text) {
    Object r = scan(text);
    if (r instanceof HxlTag t) {
      return t;
    }
    throw new IllegalArgumentException("malformed HXL hashtag \"" + text + "\": " + r);
  }

  /**
   * Parses a tag without throwing, for cells of a hashtag row that may hold anything.
   *
   * @param text the text to parse, as for {@link #parse}
   * @return the tag, or empty when {@code text} is not a valid tag
   */
  public static Optional<HxlTag> tryParse(String text) {
    Object r = scan(text);
    return r instanceof HxlTag t ? Optional.of(t) : Optional.empty();
  }

  /** Why {@code text} is not a valid tag, or null when it is one. */
  static @Nullable String problem(String text) {
    Object r = scan(text);
    return r instanceof HxlTag ? null : (String) r;
  }

  /**
   * A tag from a hashtag name (without {@code #}) and attributes (without {@code +}); both are checked and
   * lower-cased like {@link #parse}.
   *
   * @param hashtag the hashtag name without {@code #}, such as {@code targeted}
   * @param attributes the attribute names without {@code +}, such as {@code f} and {@code children}; none for a bare
   *     hashtag
   * @return the tag
   * @throws IllegalArgumentException when the name or an attribute is not an ASCII letter followed by ASCII letters,
   *     digits and underscores
   */
  public static HxlTag of(String hashtag, String... attributes) {
    StringBuilder b = new StringBuilder("#").append(hashtag);
    for (String a : attributes) {
      b.append('+').append(a);
    }
    return parse(b.toString());
  }

  /** The scanned tag, or the reason the text is not one. */
  private static Object scan(String text) {
    int n = text.length();
    int i = skipSpace(text, 0);
    if (i == n) {
      return "the text is empty; a hashtag looks like #targeted+f";
    }
    if (text.charAt(i) != '#') {
      return "a hashtag starts with '#' (found '" + text.charAt(i) + "' at position " + (i + 1) + ")";
    }
    i++;
    int start = i;
    i = token(text, i);
    if (i == start) {
      return i == n ? "a name must follow '#'"
          : "a name must follow '#' and start with an ASCII letter (found '" + text.charAt(i) + "' at position "
              + (i + 1) + ")";
    }
    String name = text.substring(start, i).toLowerCase(Locale.ROOT);
    Set<String> attributes = new LinkedHashSet<>();
    while (true) {
      i = skipSpace(text, i);
      if (i == n) {
        break;
      }
      char c = text.charAt(i);
      if (c != '+') {
        return "unexpected '" + c + "' at position " + (i + 1)
            + " (names and attributes are ASCII letters, digits and '_'; attributes start with '+')";
      }
      i = skipSpace(text, i + 1);
      start = i;
      i = token(text, i);
      if (i == start) {
        return i == n ? "an attribute name must follow '+'"
            : "an attribute must start with an ASCII letter (found '" + text.charAt(i) + "' at position "
                + (i + 1) + ")";
      }
      attributes.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return new HxlTag(name, attributes);
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of a token (letter, then letters, digits, '_') starting at {@code i}; {@code i} when there is none. */
  private static int token(String s, int i) {
    if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
      return i;
    }
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** True when {@code text} is a valid attribute or hashtag name (an ASCII letter, then letters, digits, '_'). */
  static boolean isToken(String text) {
    return !text.isEmpty() && token(text, 0) == text.length();
  }

  /**
   * The hashtag name.
   *
   * @return the name in lower case, without {@code #}: {@code targeted}
   */
  public String hashtag() {
    return hashtag;
  }

  /**
   * The attributes.
   *
   * @return the attributes in lower case, without {@code +}, in the order first given; empty for a bare hashtag;
   *     unmodifiable
   */
  public Set<String> attributes() {
    return attributes;
  }

  /**
   * Whether this tag carries an attribute, informational or not.
   *
   * @param attribute the attribute name without {@code +}, in any case
   * @return true when the tag has the attribute
   */
  public boolean hasAttribute(String attribute) {
    return attributes.contains(attribute.toLowerCase(Locale.ROOT));
  }

  /**
   * This tag with further attributes; an attribute it already has counts once.
   *
   * @param more the attribute names to add, without {@code +}
   * @return a new tag; this one is unchanged
   * @throws IllegalArgumentException when an added attribute is not a valid attribute name
   */
  public HxlTag with(String... more) {
    List<String> all = new ArrayList<>(attributes);
    all.addAll(List.of(more));
    return of(hashtag, all.toArray(new String[0]));
  }

  /**
   * This tag without its informational (language) attributes.
   *
   * @return a tag with the same hashtag and the other attributes, in the same order
   */
  public HxlTag withoutInformational() {
    Set<String> kept = new LinkedHashSet<>();
    for (String a : attributes) {
      if (!isInformational(a)) {
        kept.add(a);
      }
    }
    return new HxlTag(hashtag, kept);
  }

  /**
   * True for attributes that only say something about the text of a value, not what it counts or names, and which
   * {@link #matches} ignores on a column unless the query names them: language tags, either HXL 1.1 style
   * ({@code i_en}, {@code i_es}, any {@code i_} and two or three letters) or the bare ISO 639-1 codes {@code en},
   * {@code es}, {@code fr}, {@code pt}, {@code ar}, {@code ru} and {@code zh}.
   *
   * @param attribute an attribute name without {@code +}, in any case
   * @return true when it is a language attribute
   */
  public static boolean isInformational(String attribute) {
    String a = attribute.toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(a) || I_LANGUAGE.matcher(a).matches();
  }

  /**
   * True when this tag, used as a query, matches a column tagged {@code column}: the same hashtag, the same
   * non-informational attributes (no more, no fewer), and every informational attribute of the query present on the
   * column. See the class description.
   *
   * @param column the tag of a column in a table
   * @return true when this query selects that column
   */
  public boolean matches(HxlTag column) {
    if (!hashtag.equals(column.hashtag)) {
      return false;
    }
    for (String a : attributes) {
      if (!column.attributes.contains(a)) {
        return false;
      }
    }
    for (String a : column.attributes) {
      if (!attributes.contains(a) && !isInformational(a)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Equal hashtags and equal attribute sets (in any order).
   *
   * @param o the object to compare with; null gives false
   * @return true when {@code o} is an equal tag
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HxlTag t && hashtag.equals(t.hashtag) && attributes.equals(t.attributes);
  }

  /**
   * A hash consistent with {@link #equals}.
   *
   * @return the hash of the hashtag and the attribute set
   */
  @Override
  public int hashCode() {
    return Objects.hash(hashtag, attributes);
  }

  /**
   * The normalised form, which {@link #parse} reads back to an equal tag.
   *
   * @return the tag as {@code #targeted+f+children}: lower case, no whitespace, attributes in the order first given
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("#").append(hashtag);
    for (String a : attributes) {
      b.append('+').append(a);
    }
    return b.toString();
  }
}
