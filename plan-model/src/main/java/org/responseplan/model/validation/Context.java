package org.responseplan.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Location;
import org.responseplan.model.Plan;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.Vocabulary;

/** What the checks of one validation run share: the plan, what has been seen so far, and the findings. */
final class Context {
  final Plan plan;
  final Locale locale;
  final List<Finding> findings = new ArrayList<>();
  /** The first amount met in the plan, with its path; every other amount must use its currency. */
  @Nullable FirstAmount firstAmount;
  /** Identifier to the owner of the identifier where it was first used, one map per kind of identified thing. */
  final Map<String, Map<String, Pointer>> ids = new HashMap<>();
  /** Built-in vocabularies merged with the plan's own declarations. */
  final Map<String, Vocabulary> vocabularies = new HashMap<>();
  /** Countries of the operational presence; empty when the plan states none (then nothing is outside). */
  final Set<String> presence = new HashSet<>();

  Context(Plan plan, Locale locale) {
    this.plan = plan;
    this.locale = locale;
    for (Vocabulary v : Vocabularies.all()) {
      vocabularies.put(v.getId(), v);
    }
    for (Vocabulary declared : plan.getVocabularies()) {
      Vocabulary builtIn = vocabularies.get(declared.getId());
      if (builtIn != null && !Vocabularies.builtIn(declared.getId()).isEmpty()) {
        // A declaration with a built-in identifier adds codes to it.
        vocabularies.put(declared.getId(), Vocabulary.builder().from(builtIn).putAllCodes(declared.getCodes()).build());
      } else {
        vocabularies.put(declared.getId(), declared);
      }
    }
    for (Location l : plan.getOperationalPresence()) {
      presence.add(l.getCountry());
    }
  }

  void report(Rule rule, String path, @Nullable Object value, Object... details) {
    findings.add(Finding.of(rule, path, value, locale, details));
  }

  /** A finding at {@code path}, spelled out now that it is needed. */
  void report(Rule rule, Pointer path, @Nullable Object value, Object... details) {
    report(rule, path.toString(), value, details);
  }

  /** The currency of the first amount of a plan and where it stands (the amount's pointer, as text). */
  record FirstAmount(String currency, String path) {}
}
