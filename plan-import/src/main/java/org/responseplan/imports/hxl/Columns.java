package org.responseplan.imports.hxl;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Money;

/**
 * Which column of a table a mapping reads for each target, and why every other column is not read. A target has
 * alternatives in order of preference; the first alternative with a matching column wins, and its first matching
 * column is read.
 */
final class Columns {
  final HxlTable table;
  private final Map<Integer, String> used = new HashMap<>();
  private final Map<Integer, String> reasons = new HashMap<>();

  Columns(HxlTable table) {
    this.table = table;
  }

  String label(HxlTable.Column c) {
    return table.label(c);
  }

  /** The column for {@code target}: the first column of the first alternative that matches one; null for none. */
  HxlTable.@Nullable Column pick(String target, List<HxlTag> alternatives) {
    HxlTable.Column chosen = null;
    for (HxlTag q : alternatives) {
      for (HxlTable.Column c : table.columns(q)) {
        if (used.containsKey(c.index())) {
          continue;
        }
        if (chosen == null) {
          chosen = c;
          use(c, target);
        } else if (chosen.tag() != null && chosen.tag().equals(c.tag())) {
          reasons.put(c.index(), "repeats the tag of " + label(chosen) + ", whose values give " + target);
        } else {
          reasons.put(c.index(), label(chosen) + " gives " + target + " (it comes first in the mapping)");
        }
      }
    }
    return chosen;
  }

  void use(HxlTable.Column c, String target) {
    used.put(c.index(), target);
    reasons.remove(c.index());
  }

  boolean isUsed(HxlTable.Column c) {
    return used.containsKey(c.index());
  }

  /** Records why a column is not read, unless it is read or already has a reason. */
  void skip(HxlTable.Column c, String reason) {
    if (!used.containsKey(c.index())) {
      reasons.putIfAbsent(c.index(), reason);
    }
  }

  /** Why column {@code c}, not read, is skipped. */
  String reason(HxlTable.Column c, Function<HxlTable.Column, String> defaultReason) {
    return reasons.getOrDefault(c.index(), defaultReason.apply(c));
  }

  /** Reports every column not read as skipped, once per non-empty cell (or once for an empty column). */
  void reportUnused(Problems p, Function<HxlTable.Column, String> defaultReason) {
    for (HxlTable.Column c : table.columns()) {
      if (used.containsKey(c.index())) {
        continue;
      }
      String reason = reasons.getOrDefault(c.index(), defaultReason.apply(c));
      boolean any = false;
      for (HxlTable.Row r : table.rows()) {
        String v = r.get(c);
        if (!v.isBlank()) {
          any = true;
          p.report.skipped(label(c), reason, Problems.example(r.line(), v));
        }
      }
      if (!any) {
        p.report.skipped(label(c), reason, "the column is empty");
      }
    }
  }

  /** The currency of a {@code #value+cash+usd} style tag, or null. */
  static @Nullable String currencyAttribute(@Nullable HxlTag tag) {
    if (tag == null || !tag.hashtag().equals("value")) {
      return null;
    }
    Set<String> attributes = tag.withoutInformational().attributes();
    if (attributes.size() != 2 || !attributes.contains("cash")) {
      return null;
    }
    for (String a : attributes) {
      String ccy = a.toUpperCase(Locale.ROOT);
      if (!a.equals("cash") && Money.isIsoCurrency(ccy)) {
        return ccy;
      }
    }
    return null;
  }

  static List<HxlTag> tags(String... texts) {
    return java.util.Arrays.stream(texts).map(HxlTag::parse).toList();
  }
}
