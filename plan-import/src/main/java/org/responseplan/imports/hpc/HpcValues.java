package org.responseplan.imports.hpc;

import static org.responseplan.imports.hpc.HpcSource.EXT_SKIPPED;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Null;
import org.responseplan.imports.internal.JsonTree.Num;
import org.responseplan.imports.internal.JsonTree.Str;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** The values of an HPC answer, read by the rules every importer shares ({@link SourceValues}). */
final class HpcValues {
  private final HpcSource src;

  HpcValues(HpcSource src) {
    this.src = src;
  }

  /**
   * A count of people from a source value: a JSON number or a string holding one ({@code "123"}, {@code "1,234"}),
   * read exactly by {@link SourceValues#count}. Null and blank are "not reported" (empty, never 0); a fraction is
   * not rounded but skipped with a warning; anything else is skipped with a finding.
   */
  OptionalLong count(Node v, String pointer, String source, String target) {
    SourceValues.Result<Long> r;
    String how = null;
    if (v instanceof Null) {
      src.report.skipped(source, "null: not reported, left empty (never 0)", pointer);
      return OptionalLong.empty();
    } else if (v instanceof Num n) {
      r = SourceValues.count(n.value());
    } else if (v instanceof Str s) {
      r = SourceValues.count(s.value());
      if (r.isBlank()) {
        src.report.skipped(source, "an empty string: not reported, left empty (never 0)", pointer);
        return OptionalLong.empty();
      }
      how = s.value().indexOf(',') >= 0
          ? "a number with thousands separators written as a string, read exactly"
          : "a number written as a string, read exactly";
    } else {
      src.finding(Finding.of(Rule.WRONG_TYPE, pointer, v.excerpt(), src.locale, "a number of people")
          .at(v.line(), v.column()));
      src.report.skipped(source, "not a number (kept in " + EXT_SKIPPED + ")", pointer);
      return OptionalLong.empty();
    }
    SourceValues.Problem problem = r.problem();
    if (problem != null) {
      problem(v, problem, pointer, source);
      return OptionalLong.empty();
    }
    if (how == null) {
      src.report.mapped(source, target);
    } else {
      src.report.defaulted(source, target, how, v.excerpt());
    }
    return OptionalLong.of(Objects.requireNonNull(r.value()));
  }

  private void problem(Node v, SourceValues.Problem problem, String pointer, String source) {
    String number = problem.number() == null ? null : problem.number().toPlainString();
    switch (problem.kind()) {
      case NEGATIVE -> {
        src.finding(Finding.of(Rule.NEGATIVE_COUNT, pointer, number, src.locale).at(v.line(), v.column()));
        src.report.skipped(source, "negative: not a count of people (kept in " + EXT_SKIPPED + ")", pointer);
      }
      case FRACTIONAL -> {
        src.finding(Finding.of(Rule.INVALID_VALUE, pointer, number, src.locale, problem.expected())
            .withSeverity(Severity.WARNING).at(v.line(), v.column()));
        src.report.skipped(source, "not a whole number of people: not rounded, kept verbatim in " + EXT_SKIPPED,
            pointer);
      }
      case TOO_LARGE -> {
        src.finding(Finding.of(Rule.INVALID_VALUE, pointer, number, src.locale, problem.expected())
            .at(v.line(), v.column()));
        src.report.skipped(source, "too large for a count (kept in " + EXT_SKIPPED + ")", pointer);
      }
      case INVALID -> {
        src.finding(Finding.of(Rule.INVALID_VALUE, pointer, ((Str) v).value(), src.locale, problem.expected())
            .at(v.line(), v.column()));
        src.report.skipped(source, "not a number (kept in " + EXT_SKIPPED + ")", pointer);
      }
    }
  }

  /** Null and blank strings: "not reported". */
  static boolean isBlank(Node v) {
    return v instanceof Null || v instanceof Str s && s.value().isBlank();
  }

  /**
   * A date by {@link SourceValues#date}: {@code dd/mm/yyyy} (as HPC writes {@code lastPublishedDate}) or an ISO date,
   * possibly with a time; null when absent or not a date.
   */
  static @Nullable LocalDate date(@Nullable String text) {
    return text == null ? null : SourceValues.date(text).value();
  }
}
