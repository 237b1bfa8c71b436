package org.responseplan.imports.fts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.responseplan.imports.SourceValues;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Money;
import org.responseplan.model.RawJson;
import org.responseplan.model.validation.Rule;

/**
 * Reading typed values out of FTS JSON answers: each method reports what it did (mapped, skipped with a reason) and
 * turns malformed values into findings, never exceptions. {@code source} names the field for the report
 * ({@code plans[].funding.totalFunding}); {@code path} is the JSON Pointer of the value in the document.
 */
final class JsonFields {
  final Sink sink;

  JsonFields(Sink sink) {
    this.sink = sink;
  }

  /** The value as compact JSON, for an extension. */
  RawJson raw(JsonTree.Node node) {
    return JsonTree.raw(node);
  }

  /**
   * An amount in US dollars from a number or a numeric string: MAPPED to {@code target} when usable; a null is
   * SKIPPED (not reported); anything else is a finding and SKIPPED.
   */
  Optional<Money> amount(JsonTree.Node node, String path, String source, String target) {
    Optional<BigDecimal> v = number(node, path, source, "an amount in US dollars");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get().signum() < 0) {
      sink.finding(Rule.NEGATIVE_AMOUNT, path, v.get().toPlainString(), node.line(), node.column());
      sink.report.skipped(source, "negative amount", path);
      return Optional.empty();
    }
    sink.report.mapped(source, target);
    return Optional.of(Values.usd(v.get()));
  }

  /**
   * A count of people from a JSON number or a string holding one, by the rules of {@link SourceValues#count}: a
   * null or blank string is SKIPPED as "not reported"; a negative, fractional or unreadable value is a finding and
   * SKIPPED. The report line of a count read is the caller's.
   */
  OptionalLong count(JsonTree.Node node, String path, String source) {
    SourceValues.Result<Long> r;
    if (node instanceof JsonTree.Num n) {
      r = SourceValues.count(n.value());
    } else if (node instanceof JsonTree.Str s) {
      r = SourceValues.count(s.value());
    } else if (node instanceof JsonTree.Null) {
      sink.report.skipped(source, "null: not reported (kept empty, never 0)", path);
      return OptionalLong.empty();
    } else {
      sink.wrongType(path, node, "a whole number of people");
      sink.report.skipped(source, "not a number", path);
      return OptionalLong.empty();
    }
    SourceValues.Problem problem = r.problem();
    if (problem == null) {
      if (r.value() == null) {
        sink.report.skipped(source, "blank: not reported (kept empty, never 0)", path);
        return OptionalLong.empty();
      }
      return OptionalLong.of(r.value());
    }
    switch (problem.kind()) {
      case NEGATIVE -> {
        sink.finding(Rule.NEGATIVE_COUNT, path, Objects.requireNonNull(problem.number()).toPlainString(),
            node.line(), node.column());
        sink.report.skipped(source, "negative count of people", path);
      }
      case INVALID -> {
        sink.about(Rule.INVALID_VALUE, path, node, problem.expected());
        sink.report.skipped(source, "not a number", path);
      }
      default -> {
        sink.about(Rule.INVALID_VALUE, path, node, problem.expected());
        sink.report.skipped(source, "not a whole number of people", path);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * A number from a JSON number or a string holding one ({@code "1200000"}: FTS sends some figures as text), by the
   * rules of {@link SourceValues#decimal}. A null or blank string is SKIPPED as "not reported"; other kinds of value
   * are findings.
   */
  private Optional<BigDecimal> number(JsonTree.Node node, String path, String source, String expected) {
    SourceValues.Result<BigDecimal> r;
    if (node instanceof JsonTree.Num n) {
      r = SourceValues.decimal(n.value());
    } else if (node instanceof JsonTree.Str s) {
      r = SourceValues.decimal(s.value());
    } else if (node instanceof JsonTree.Null) {
      sink.report.skipped(source, "null: not reported (kept empty, never 0)", path);
      return Optional.empty();
    } else {
      sink.wrongType(path, node, expected);
      sink.report.skipped(source, "not a number", path);
      return Optional.empty();
    }
    if (r.isBlank()) {
      sink.report.skipped(source, "blank: not reported (kept empty, never 0)", path);
    } else if (r.isProblem()) {
      sink.about(Rule.INVALID_VALUE, path, node, expected);
      sink.report.skipped(source, "not a number", path);
    }
    return r.optional();
  }

  /** An identifier from a number ({@code 929}) or a non-blank string; empty otherwise (no finding). */
  static Optional<String> idText(JsonTree.Node node) {
    if (node instanceof JsonTree.Num n && n.integral()) {
      return Optional.of(n.value().toPlainString());
    }
    if (node instanceof JsonTree.Str s && !s.value().isBlank()) {
      return Optional.of(s.value().trim());
    }
    return Optional.empty();
  }

  /** A non-blank string; empty otherwise (no finding). */
  static Optional<String> text(JsonTree.Node node) {
    if (node instanceof JsonTree.Str s && !s.value().isBlank()) {
      return Optional.of(s.value().trim());
    }
    return Optional.empty();
  }

  /** Extensions in the order added; a name met twice keeps its first value. */
  static final class Ext {
    final Map<String, RawJson> map = new LinkedHashMap<>();

    boolean put(String name, RawJson value) {
      return map.putIfAbsent(name, value) == null;
    }

    boolean isEmpty() {
      return map.isEmpty();
    }
  }

  /**
   * Keeps a value as extension {@code name} in {@code ext} (KEPT, target {@code owner + "/" + name}); a null is
   * SKIPPED instead ("null in the source"), so that no extension holds a bare null.
   */
  void keep(Ext ext, String owner, String name, JsonTree.Node node, String source, String path) {
    if (node instanceof JsonTree.Null) {
      sink.report.skipped(source, "null in the source: no value to keep", path);
      return;
    }
    if (ext.put(name, raw(node))) {
      sink.report.kept(source, owner + "/" + name, path);
    } else {
      sink.report.skipped(source, "its extension name " + name + " is already taken by another field", path);
    }
  }
}
