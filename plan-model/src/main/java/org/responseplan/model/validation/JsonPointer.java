package org.responseplan.model.validation;

/** Builds RFC 6901 JSON Pointers: {@code /objectives/0/sectors/2/requirements}. */
public final class JsonPointer {
  private JsonPointer() {}

  /**
   * Appends one reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
   *
   * @param base a JSON Pointer, {@code ""} for the whole document
   * @param token a member name, any characters
   * @return {@code base + "/" + } the escaped token
   */
  public static String append(String base, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return base + "/" + token;
    }
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index.
   *
   * @param base a JSON Pointer, {@code ""} for the whole document
   * @param index the 0-based index
   * @return {@code base + "/" + index}
   */
  public static String append(String base, int index) {
    return base + "/" + index;
  }
}
