package org.responseplan.io.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * The member names of one object as they come, with where each was and whether its value was not null: a few
 * arrays searched in order (objects have few members), a hash map once there are many.
 */
final class SeenNames {
  private String[] names = new String[8];
  private TokenStreamLocation[] at = new TokenStreamLocation[8];
  private boolean[] given = new boolean[8];
  private int n;
  private @Nullable Map<String, Integer> index;

  /** False when {@code name} was seen before (nothing is recorded then). */
  boolean add(String name, TokenStreamLocation where, boolean notNull) {
    if (find(name) >= 0) {
      return false;
    }
    if (n == names.length) {
      names = Arrays.copyOf(names, n * 2);
      at = Arrays.copyOf(at, n * 2);
      given = Arrays.copyOf(given, n * 2);
    }
    names[n] = name;
    at[n] = where;
    given[n] = notNull;
    if (index != null) {
      index.put(name, n);
    } else if (n == 32) {
      index = new HashMap<>();
      for (int i = 0; i <= n; i++) {
        index.put(names[i], i);
      }
    }
    n++;
    return true;
  }

  private int find(String name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < n; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  boolean given(String name) {
    int i = find(name);
    return i >= 0 && given[i];
  }

  TokenStreamLocation at(String name, TokenStreamLocation otherwise) {
    int i = find(name);
    return i >= 0 ? at[i] : otherwise;
  }
}
