package org.responseplan.io.json;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the elements of a partly read plan stood in the document. When reading leaves a list element out (an
 * objective without its required id, a breakdown cell that names no dimension), the elements after it move up in
 * the model: {@code /objectives/2} of the model is {@code /objectives/3} of the document. This map turns a pointer
 * into the model (a validator finding's) back into a pointer into the document.
 *
 * <p>Only lists that lost an element are recorded; every other index is the same in both. One instance belongs to one
 * document; it is filled while reading and only read afterwards.
 */
final class KeptIndices {
  /** Document pointer of a list that lost an element, to the document index of each element kept, in order. */
  private final Map<String, int[]> lists = new HashMap<>();

  /** Records that the list at {@code documentPath} kept the elements {@code kept} (document indices, ascending). */
  void record(String documentPath, int[] kept) {
    lists.put(documentPath, kept);
  }

  boolean isEmpty() {
    return lists.isEmpty();
  }

  /**
   * The document pointer of {@code base + relative}, where {@code base} is a document pointer and {@code relative}
   * ({@code "breakdown/1/inNeed"} or {@code "/objectives/0/id"}) indexes the model's lists.
   *
   * @param base a pointer into the document, {@code ""} for the root
   * @param relative a pointer fragment into the model below {@code base}, with or without its leading slash
   * @return the same place as a pointer into the document
   */
  String documentPath(String base, String relative) {
    if (relative.isEmpty()) {
      return base;
    }
    StringBuilder path = new StringBuilder(base);
    int from = relative.charAt(0) == '/' ? 1 : 0;
    while (from <= relative.length()) {
      int slash = relative.indexOf('/', from);
      int to = slash < 0 ? relative.length() : slash;
      String token = relative.substring(from, to);
      int[] kept = lists.get(path.toString());
      int index = kept == null ? -1 : index(token);
      path.append('/');
      if (kept != null && index >= 0 && index < kept.length) {
        path.append(kept[index]);
      } else {
        path.append(token);
      }
      from = to + 1;
    }
    return path.toString();
  }

  /** A JSON Pointer inside a message, such as the first place of a duplicate identifier. */
  private static final Pattern POINTER = Pattern.compile("(?<![\\w/])(?:/[A-Za-z][\\w~.-]*)(?:/[\\w~.-]+)*");

  /**
   * The text with each pointer into the model in it (a message naming another place) turned into a pointer into the
   * document.
   *
   * @param text a message
   * @return the message with document pointers; {@code text} itself when nothing changes
   */
  String documentPointersIn(String text) {
    if (lists.isEmpty() || text.indexOf('/') < 0) {
      return text;
    }
    Matcher m = POINTER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(documentPath("", m.group())));
    }
    return m.appendTail(b).toString();
  }

  /** The token as an array index, or -1 when it is not one. */
  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
