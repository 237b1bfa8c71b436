package org.responseplan.model.validation;

/** Builds RFC 6901 JSON Pointers: {@code /objectives/0/sectors/2/requirements}. */
public final class JsonPointer {
  private JsonPointer() {}

  /** {@code base} followed by one reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  public static String append(String base, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return base + "/" + token;
    }
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String append(String base, int index) {
    return base + "/" + index;
  }
}
